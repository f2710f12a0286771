#pragma once
// LibreOffice, headless, turning office files into PDF as an office opens and prints them:
// one run for many files, with a private profile (parallel runs and a developer's open
// LibreOffice do not share one) and HOME in the working folder (CI may leave it unset).

#include <filesystem>
#include <string>
#include <vector>

#include "process.h"

namespace baosong::test {

// "soffice", or "libreoffice" where only that name is installed.
std::string officeProgram();

// Converts files into outDir/<stem>.pdf (soffice names each PDF after its input's stem),
// its profile under workDir; killed after timeoutSeconds (a cold start and a few files take
// seconds; a hung one must not hang the suite).
ProcessResult convertToPdf(const std::vector<std::filesystem::path>& files,
                           const std::filesystem::path& outDir,
                           const std::filesystem::path& workDir, int timeoutSeconds = 300);

}  // namespace baosong::test
