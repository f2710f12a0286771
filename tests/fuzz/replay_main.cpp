// Replays a fuzz target's seed corpus without libFuzzer, in the ordinary test build: every
// file of the folder, in name order, goes through LLVMFuzzerTestOneInput once. A crash, a
// failed property (fuzz_require.h) or an exception that escapes the target ends the run
// with a failure naming the file; so does a folder with fewer files than expected, so that
// a corpus that went missing cannot pass as an empty success.
//   <target>_replay <corpus folder> <minimum number of files>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<std::uint8_t> readWhole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " <corpus folder> <minimum number of files>\n";
        return 2;
    }
    const fs::path folder = argv[1];
    const std::size_t minimum = std::stoul(argv[2]);
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        // Dot files (.gitattributes) are not inputs.
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) {
            files.push_back(entry.path());
        }
    }
    if (error) {
        std::cerr << folder << ": " << error.message() << "\n";
        return 1;
    }
    if (files.size() < minimum) {
        std::cerr << folder << ": " << files.size() << " inputs, expected at least " << minimum
                  << "\n";
        return 1;
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        // Named before it runs: a crash leaves this line as the last one.
        std::cout << path.filename().string() << std::endl;
        try {
            const std::vector<std::uint8_t> bytes = readWhole(path);
            // libFuzzer hands over a copy in memory of its own, never a null pointer.
            const auto copy = std::make_unique<std::uint8_t[]>(bytes.size());
            std::copy(bytes.begin(), bytes.end(), copy.get());
            LLVMFuzzerTestOneInput(copy.get(), bytes.size());
        } catch (const std::exception& e) {
            std::cerr << path << ": exception escaped the target: " << e.what() << "\n";
            return 1;
        }
    }
    std::cout << files.size() << " inputs replayed from " << folder << "\n";
    return 0;
}
