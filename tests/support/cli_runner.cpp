#include "cli_runner.h"

#include <gtest/gtest.h>

#include "vault_fixture.h"

namespace baosong::test {

ProcessResult runCli(std::vector<std::string> args, const std::map<std::string, std::string>& env) {
    args.insert(args.begin(), BAOSONG_CLI);
    ProcessOptions options;
    options.env = {{"BAOSONG_PASSPHRASE", kVaultPassphrase},
                   {"BAOSONG_REVIEWER_PASSPHRASE", kReviewerPassphrase},
                   {"LANG", "zh_CN.UTF-8"}};
    for (const auto& [k, v] : env) {
        options.env[k] = v;
    }
    options.unset = {"LC_ALL", "LC_MESSAGES", "BAOSONG_NEW_PASSPHRASE"};
    ProcessResult result = runProcess(args, options);
    // Every sentence printed comes from the catalogue: a key it lacks shows as ⟦key⟧
    // (base/text.h), and no command may print one.
    for (const std::string* stream : {&result.out, &result.err}) {
        if (stream->find("\u27e6") != std::string::npos) {
            ADD_FAILURE() << "a sentence the catalogue lacks: " << *stream;
        }
    }
    return result;
}

std::string errorCodeIn(const ProcessResult& result) {
    const std::size_t open = result.err.rfind('[');
    const std::size_t close = result.err.rfind(']');
    return open == std::string::npos || close == std::string::npos || close < open
               ? ""
               : result.err.substr(open + 1, close - open - 1);
}

}  // namespace baosong::test
