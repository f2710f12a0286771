#include "submission_check.h"

#include <filesystem>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "contained_file.h"
#include "input_file.h"
#include "intake/pdf_metadata.h"
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
policy::RuleSet parseRules(std::string_view text, Text source) {
    try {
        return policy::parseRuleSet(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       Text("rules_unusable")
                           .with("source", std::move(source))
                           .with("why", libraryText("policy", e)));
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
    const auto stampedPdf = [&](const std::string& path) -> std::optional<bool> {
        const auto bytes = read(path);
        return bytes ? std::optional(intake::looksLikePdf(*bytes)) : std::nullopt;
    };
    const policy::CheckInput input{
        s,         rules, photo, grantEvidence(s, read, options.grantKey), options.officeRecheck,
        stampedPdf};
    return policy::checkSubmission(input);
}
}  // namespace

policy::RuleSet selectRuleSet(const std::string& campaign,
                              const std::optional<std::string>& rulesFile) {
    if (rulesFile) {
        policy::RuleSet rules =
            parseRules(readInputText(*rulesFile, policy::kMaxDocumentBytes, "file_rules"),
                       Text("rules_from_file").with("path", *rulesFile));
        if (rules.campaign != campaign) {
            throw AppError(ErrorKind::BadInput, "rules_other_campaign",
                           Text("rules_other_campaign")
                               .with("path", *rulesFile)
                               .with("rules_campaign", rules.campaign)
                               .with("campaign", campaign));
        }
        return rules;
    }
    const auto& builtIn = policy::builtInRuleSets();
    const auto it = builtIn.find(campaign);
    if (it == builtIn.end()) {
        throw AppError(ErrorKind::BadInput, "rules_missing",
                       Text("rules_missing").with("campaign", campaign));
    }
    return parseRules(it->second, Text("rules_built_in").with("campaign", campaign));
}

policy::CheckReport checkSubmissionFile(const std::string& jsonPath, const CheckOptions& options) {
    const std::string text = readInputText(jsonPath, policy::kMaxDocumentBytes, "file_submission");
    policy::Submission s;
    try {
        s = policy::parseSubmission(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       Text("submission_unreadable").with("why", libraryText("policy", e)));
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
        throw AppError(ErrorKind::BadInput, "vault_empty", Text("vault_has_no_submission_import"));
    }
    return run(*s, options, [&](const std::string& path) { return store.findFileContents(path); });
}

}  // namespace baosong::app
