#include "cli_runner.h"

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
    return runProcess(args, options);
}

}  // namespace baosong::test
