#pragma once
// Reading a file the user named: a regular file, within a size limit, with a clear
// message when it is not.

#include <cstdint>
#include <string>
#include <vector>

namespace baosong::app {

// Throws AppError (BadInput) "input_missing", "input_not_file", "input_too_large",
// "input_unreadable"; whatKey is the catalogue key naming the file for the message
// (e.g. "file_lexicon").
std::vector<std::uint8_t> readInputFile(const std::string& path, std::uint64_t maxBytes,
                                        const char* whatKey);
// The folder holding filePath ("." for a bare file name): where a submission's relative
// photo paths start.
std::string folderOf(const std::string& filePath);

std::string readInputText(const std::string& path, std::uint64_t maxBytes, const char* whatKey);

}  // namespace baosong::app
