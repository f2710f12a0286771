#include "submission_check.h"

#include <filesystem>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "carried_photo.h"
#include "contained_file.h"
#include "input_file.h"
#include "intake/pdf_metadata.h"
#include "policy/parse_error.h"
#include "policy/photo_facts.h"
#include "policy/rule_set.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "quota_grant.h"
#include "signed_rules.h"
#include "stamped_basis.h"
#include "store/office_public_store.h"
#include "store/submission_store.h"

namespace baosong::app {

policy::RuleSet readRuleSet(std::string_view text, Text source) {
    try {
        return policy::parseRuleSet(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       Text("rules_unusable")
                           .with("source", std::move(source))
                           .with("why", libraryText("policy", e)));
    }
}

namespace {
policy::CheckReport run(const policy::Submission& s, const policy::RuleSet& rules,
                        const CheckOptions& options, const FileReader& read,
                        const PhotoFactsReader& facts = {},
                        std::function<bool(const std::string&)> stale = {}) {
    const PhotoFactsReader photo =
        facts ? facts : [&](const std::string& path) -> std::optional<policy::PhotoFacts> {
        const auto bytes = read(path);
        return bytes ? std::optional(policy::inspectPhoto(*bytes)) : std::nullopt;
    };
    const auto stampedPdf = [&](const std::string& path) -> std::optional<bool> {
        const auto bytes = read(path);
        return bytes ? std::optional(intake::looksLikePdf(*bytes)) : std::nullopt;
    };
    const policy::CheckInput input{s,
                                   rules,
                                   photo,
                                   grantEvidence(s, read, options.grantKey),
                                   options.officeRecheck,
                                   stampedPdf,
                                   std::move(stale)};
    return policy::checkSubmission(input);
}
}  // namespace

policy::RuleSet selectRuleSet(const std::string& campaign,
                              const std::optional<std::string>& rulesFile) {
    if (rulesFile) {
        policy::RuleSet rules =
            readRuleSet(readInputText(*rulesFile, policy::kMaxDocumentBytes, "file_rules"),
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
    return readRuleSet(it->second, Text("rules_built_in").with("campaign", campaign));
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
    // With no vault there is no office key to check a signature against.
    if (options.rulesFile && !options.allowUnsignedRules) {
        throw AppError(ErrorKind::BadInput, "rules_unsigned",
                       Text("rules_unsigned_file").with("path", *options.rulesFile));
    }
    const policy::RuleSet rules =
        options.ruleSet ? *options.ruleSet : selectRuleSet(s.campaign, options.rulesFile);
    const std::string baseDir = folderOf(jsonPath);
    const FileReader read =
        [&](const std::string& path) -> std::optional<std::vector<std::uint8_t>> {
        if (relativePathProblem(path)) {
            return std::nullopt;
        }
        const ContainedFile file(baseDir, path);
        if (file.state() != ContainedFile::State::Ok) {
            return std::nullopt;
        }
        return file.read();
    };
    return run(s, rules, options, read,
               [&](const std::string& path) -> std::optional<policy::PhotoFacts> {
                   const auto bytes = read(path);
                   return bytes ? std::optional(carriedPhotoFacts(*bytes)) : std::nullopt;
               });
}

namespace {
void useVaultGrantKey(Vault& vault, CheckOptions& options) {
    if (!options.grantKey) {
        options.grantKey = grantKeyOf(OfficePublicStore(vault.db()).load());
    }
}
}  // namespace

policy::CheckReport checkSubmissionWith(Vault& vault, const policy::Submission& submission,
                                        const FileReader& read, const PhotoFactsReader& facts) {
    CheckOptions options;
    useVaultGrantKey(vault, options);
    return run(submission, rulesForVault(vault, submission.campaign), options, read, facts,
               staleScanTest(SubmissionStore(vault.db()).stampedBases(), submission, read));
}

policy::CheckReport checkVaultSubmission(Vault& vault, CheckOptions options) {
    useVaultGrantKey(vault, options);
    SubmissionStore store(vault.db());
    const auto s = store.load();
    if (!s) {
        throw AppError(ErrorKind::BadInput, "vault_empty", Text("vault_has_no_submission_import"));
    }
    policy::RuleSet rules;
    if (options.rulesFile) {
        if (!options.allowUnsignedRules && !ruleSetSignedForVault(vault, *options.rulesFile)) {
            throw AppError(ErrorKind::BadInput, "rules_unsigned",
                           Text("rules_unsigned_vault").with("path", *options.rulesFile));
        }
        rules = selectRuleSet(s->campaign, options.rulesFile);
    } else {
        rules = rulesForVault(vault, s->campaign);
    }
    const FileReader read = [&](const std::string& path) { return store.findFileContents(path); };
    return run(
        *s, rules, options, read,
        [&](const std::string& path) -> std::optional<policy::PhotoFacts> {
            const auto bytes = read(path);
            return bytes ? std::optional(storedPhotoFacts(vault.db(), *bytes)) : std::nullopt;
        },
        staleScanTest(store.stampedBases(), *s, read));
}

}  // namespace baosong::app
