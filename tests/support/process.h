#pragma once
// Runs a real program (our CLI, minisign, age, argon2) and collects what it said.

#include <sys/types.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baosong::test {

struct ProcessResult {
    int exitCode = -1;  // -1 when killed by a signal
    std::string out;
    std::string err;
};

struct ProcessOptions {
    std::map<std::string, std::string> env;  // added to (or overriding) the current environment
    std::vector<std::string> unset;          // removed from it
    std::optional<std::string> stdinText;
    std::string workingDirectory;
};

ProcessResult runProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Starts argv without waiting; returns the pid (output goes to /dev/null).
pid_t spawnProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

bool programAvailable(const std::string& name);

}  // namespace baosong::test

// Skips the test when an interop tool is missing on a developer's machine, but fails it
// under CI=true, where deploy/install-deps must have installed it: a skipped interop test
// must never pass for a proven one.
#define BAOSONG_REQUIRE_PROGRAM(name)                                                        \
    do {                                                                                     \
        if (!::baosong::test::programAvailable(name)) {                                      \
            const char* ci = std::getenv("CI");                                              \
            if (ci != nullptr && std::string(ci) == "true") {                                \
                GTEST_FAIL() << (name) << " is not installed (deploy/install-deps)";         \
            }                                                                                \
            GTEST_SKIP() << (name) << " is not installed (deploy/install-deps installs it)"; \
        }                                                                                    \
    } while (false)

namespace baosong::test {}  // namespace baosong::test
