#pragma once
// tests/data/malformed: files that must be refused, with the code and key path that
// EXPECTED.tsv gives each.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace baosong::test {

struct MalformedCase {
    std::string file;  // full path
    std::string code;
    std::string keyPath;
};

inline std::vector<MalformedCase> malformedCorpus() {
    const std::string dir = std::string(BAOSONG_TEST_DATA) + "/malformed/";
    std::ifstream manifest(dir + "EXPECTED.tsv");
    std::vector<MalformedCase> cases;
    std::string line;
    while (std::getline(manifest, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        std::istringstream fields(line);
        MalformedCase c;
        std::getline(fields, c.file, '\t');
        std::getline(fields, c.code, '\t');
        std::getline(fields, c.keyPath, '\t');
        c.file = dir + c.file;
        cases.push_back(c);
    }
    return cases;
}

}  // namespace baosong::test
