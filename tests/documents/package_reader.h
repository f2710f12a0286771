#pragma once
// Reading a DOCX or XLSX back as the tests check it: every zip entry by name (libzip, with
// its consistency check), and whether a part is well-formed XML (expat).

#include <map>
#include <string>

namespace baosong::test {

// Adds a gtest failure and returns nothing when path is not a consistent zip.
std::map<std::string, std::string> unzipAll(const std::string& path);

// Empty when well-formed; otherwise expat's reason and line.
std::string xmlProblem(const std::string& xml);

}  // namespace baosong::test
