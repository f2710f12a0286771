#include "submission_check.h"

#include <filesystem>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "contained_file.h"
#include "input_file.h"
#include "policy/parse_error.h"
#include "policy/photo_facts.h"
#include "policy/rule_set.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "quota_grant.h"
#include "store/office_public_store.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
policy::RuleSet parseRules(std::string_view text, const std::string& source) {
    try {
        return policy::parseRuleSet(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       "规则集“" + source + "”无法使用：" + e.what());
    }
}

policy::CheckReport run(const policy::Submission& s, const CheckOptions& options,
                        const FileReader& read, const PhotoFactsReader& facts = {}) {
    const policy::RuleSet rules = selectRuleSet(s.campaign, options.rulesFile);
    const PhotoFactsReader photo =
        facts ? facts : [&](const std::string& path) -> std::optional<policy::PhotoFacts> {
        const auto bytes = read(path);
        return bytes ? std::optional(policy::inspectPhoto(*bytes)) : std::nullopt;
    };
    const policy::CheckInput input{s, rules, photo, grantEvidence(s, read, options.grantKey),
                                   options.officeRecheck};
    return policy::checkSubmission(input);
}
}  // namespace

policy::RuleSet selectRuleSet(const std::string& campaign,
                              const std::optional<std::string>& rulesFile) {
    if (rulesFile) {
        policy::RuleSet rules = parseRules(
            readInputText(*rulesFile, policy::kMaxDocumentBytes, "规则集文件"), *rulesFile);
        if (rules.campaign != campaign) {
            throw AppError(ErrorKind::BadInput, "rules_other_campaign",
                           "规则集“" + *rulesFile + "”属于活动“" + rules.campaign +
                               "”，而报送数据属于活动“" + campaign + "”");
        }
        return rules;
    }
    const auto& builtIn = policy::builtInRuleSets();
    const auto it = builtIn.find(campaign);
    if (it == builtIn.end()) {
        throw AppError(
            ErrorKind::BadInput, "rules_missing",
            "没有活动“" + campaign + "”的内置规则集；请用 --rules 指定国防科工办下发的规则集文件");
    }
    return parseRules(it->second, "内置 " + campaign);
}

policy::CheckReport checkSubmissionFile(const std::string& jsonPath, const CheckOptions& options) {
    const std::string text = readInputText(jsonPath, policy::kMaxDocumentBytes, "报送数据文件");
    policy::Submission s;
    try {
        s = policy::parseSubmission(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(), std::string("报送数据无法读取：") + e.what());
    }
    const std::string baseDir = folderOf(jsonPath);
    return run(s, options,
               [&](const std::string& path) -> std::optional<std::vector<std::uint8_t>> {
                   if (relativePathProblem(path)) {
                       return std::nullopt;
                   }
                   const ContainedFile file(baseDir, path);
                   if (file.state() != ContainedFile::State::Ok) {
                       return std::nullopt;
                   }
                   return file.read();
               });
}

namespace {
void useVaultGrantKey(Vault& vault, CheckOptions& options) {
    if (!options.grantKey) {
        if (const auto office = OfficePublicStore(vault.db()).load()) {
            options.grantKey = office->grantKey;
        }
    }
}
}  // namespace

policy::CheckReport checkSubmissionWith(Vault& vault, const policy::Submission& submission,
                                        const FileReader& read, const PhotoFactsReader& facts) {
    CheckOptions options;
    useVaultGrantKey(vault, options);
    return run(submission, options, read, facts);
}

policy::CheckReport checkVaultSubmission(Vault& vault, CheckOptions options) {
    useVaultGrantKey(vault, options);
    SubmissionStore store(vault.db());
    const auto s = store.load();
    if (!s) {
        throw AppError(ErrorKind::BadInput, "vault_empty",
                       "保险库中还没有报送数据；请先用 baosong vault import 导入");
    }
    return run(*s, options, [&](const std::string& path) { return store.findFileContents(path); });
}

}  // namespace baosong::app
