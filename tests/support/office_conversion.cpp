#include "office_conversion.h"

#include <cctype>
#include <cstdio>

namespace baosong::test {

namespace {
// A file: URL for soffice's -env:UserInstallation, every byte outside the unreserved set
// percent-encoded.
std::string fileUrl(const std::filesystem::path& path) {
    std::string url = "file://";
    for (const char c : path.string()) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            url += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", u);
            url += escaped;
        }
    }
    return url;
}
}  // namespace

std::string officeProgram() {
    return programAvailable("soffice") || !programAvailable("libreoffice") ? "soffice"
                                                                           : "libreoffice";
}

ProcessResult convertToPdf(const std::vector<std::filesystem::path>& files,
                           const std::filesystem::path& outDir,
                           const std::filesystem::path& workDir, int timeoutSeconds) {
    std::vector<std::string> argv = {"timeout",
                                     "--kill-after=10",
                                     std::to_string(timeoutSeconds),
                                     officeProgram(),
                                     "--headless",
                                     "--norestore",
                                     "-env:UserInstallation=" + fileUrl(workDir / "profile"),
                                     "--convert-to",
                                     "pdf",
                                     "--outdir",
                                     outDir.string()};
    for (const auto& file : files) {
        argv.push_back(file.string());
    }
    ProcessOptions options;
    options.env["HOME"] = workDir.string();
    return runProcess(argv, options);
}

}  // namespace baosong::test
