#include "signed_rules.h"

#include "office_profile.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "input_file.h"
#include "policy/strict_json.h"
#include "store/audit_log.h"
#include "store/office_public_store.h"
#include "store/office_store.h"
#include "store/vault_keys.h"
#include "store/vault_meta.h"
#include "submission_check.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
constexpr const char* kRulesKey = "rules";
constexpr const char* kRulesSignatureKey = "rules_signature";
// A signature file is a few short lines (minisign's format).
constexpr std::uint64_t kMaxSignatureBytes = 64 * 1024;

// Domain separation: the grant key also signs quota grants ("baosong/1 grant"); a rule set's
// signature says what it is and for which campaign.
std::string trustedCommentFor(const std::string& campaign) {
    return "baosong/1 rules " + campaign;
}

std::span<const std::uint8_t> bytesOf(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The key that vouches for rule sets in this vault: at a unit the office's grant key it
// imported, at the office its own.
std::optional<crypto::MinisignPublicKey> officeKeyOf(Vault& vault) {
    if (OfficeStore(vault.db()).isOfficeVault()) {
        return VaultKeys(vault.db()).publicKey(KeyRole::OfficeGrant);
    }
    if (const auto office = OfficePublicStore(vault.db()).load()) {
        return office->grantKey;
    }
    return std::nullopt;
}

// Whether signature signs text as the rule set of its own campaign, with key.
bool verifies(const crypto::MinisignPublicKey& key, const std::string& text,
              const std::string& signature, const std::string& campaign) {
    try {
        const auto parsed = crypto::MinisignSignature::parse(signature);
        crypto::verifyMinisign(key, bytesOf(text), parsed);
        return parsed.trustedComment == trustedCommentFor(campaign);
    } catch (const crypto::CryptoError&) {
        return false;
    }
}

policy::RuleSet readFileRules(const std::string& path, std::string& text) {
    text = readInputText(path, policy::kMaxDocumentBytes, "file_rules");
    return readRuleSet(text, Text("rules_from_file").with("path", path));
}
}  // namespace

std::string signRuleSet(Vault& office, const std::string& rulesFile, const std::string& out,
                        const std::string& actor) {
    OfficeStore(office.db()).recipient();  // "not_office_vault"
    if (officeProfile(office) == BundleProfile::Gm) {
        // Its units could not check a minisign signature (bundle-gm.md "Where the code
        // stands"): refused rather than signed for nobody.
        throw AppError(ErrorKind::BadInput, "rules_profile_unsupported",
                       Text("rules_profile_unsupported"));
    }
    std::string text;
    const policy::RuleSet rules = readFileRules(rulesFile, text);
    requireNoTarget(out);
    requireNoTarget(out + ".minisig");
    const std::string signature = VaultKeys(office.db())
                                      .plainSecretKey(KeyRole::OfficeGrant)
                                      .sign(bytesOf(text), trustedCommentFor(rules.campaign))
                                      .fileText();
    TempSibling file(out, TempSibling::Kind::File);
    file.write(text);
    TempSibling sig(out + ".minisig", TempSibling::Kind::File);
    sig.write(signature);
    SqliteTransaction tx(office.db());
    // The office's own re-checks use what it signed.
    VaultMeta(office.db()).put(kRulesKey, text);
    VaultMeta(office.db()).put(kRulesSignatureKey, signature);
    AuditLog(office.db())
        .append(actor, "office.rules",
                nlohmann::json{{"campaign", rules.campaign}, {"file", out}}.dump());
    sig.commitNew();
    file.commitNew();
    tx.commit();
    return out;
}

policy::RuleSet importSignedRuleSet(Vault& vault, const std::string& rulesFile,
                                    const std::string& actor) {
    const auto key = officeKeyOf(vault);
    if (!key) {
        const auto office = OfficePublicStore(vault.db()).load();
        if (office && office->profile == "gm") {
            // Rule sets signed with SM2 are not read yet (bundle-gm.md "Where the code stands").
            throw AppError(ErrorKind::BadInput, "rules_profile_unsupported",
                           Text("rules_profile_unsupported"));
        }
        throw AppError(ErrorKind::BadInput, "office_keys_missing", Text("refusal_no_office_keys"));
    }
    std::string text;
    const policy::RuleSet rules = readFileRules(rulesFile, text);
    const std::vector<std::uint8_t> sig =
        readInputFile(rulesFile + ".minisig", kMaxSignatureBytes, "file_signature");
    const std::string signature(sig.begin(), sig.end());
    if (!verifies(*key, text, signature, rules.campaign)) {
        throw AppError(ErrorKind::BadInput, "rules_signature_invalid",
                       Text("rules_signature_invalid").with("path", rulesFile));
    }
    const std::string campaign = loadIdentity(vault.db()).campaign;
    if (rules.campaign != campaign) {
        throw AppError(ErrorKind::BadInput, "rules_other_campaign",
                       Text("rules_other_campaign")
                           .with("path", rulesFile)
                           .with("rules_campaign", rules.campaign)
                           .with("campaign", campaign));
    }
    SqliteTransaction tx(vault.db());
    VaultMeta(vault.db()).put(kRulesKey, text);
    VaultMeta(vault.db()).put(kRulesSignatureKey, signature);
    AuditLog(vault.db())
        .append(actor, "rules.import",
                nlohmann::json{{"campaign", rules.campaign}, {"deadline", rules.deadline}}.dump());
    tx.commit();
    return rules;
}

std::optional<policy::RuleSet> importedRuleSet(Vault& vault) {
    VaultMeta meta(vault.db());
    const auto text = meta.get(kRulesKey);
    const auto signature = meta.get(kRulesSignatureKey);
    if (!text || !signature) {
        return std::nullopt;
    }
    policy::RuleSet rules = readRuleSet(*text, Text("rules_imported"));
    const auto key = officeKeyOf(vault);
    if (!key || !verifies(*key, *text, *signature, rules.campaign)) {
        throw AppError(ErrorKind::Problem, "rules_signature_invalid",
                       Text("rules_imported_signature_invalid"));
    }
    return rules;
}

policy::RuleSet rulesForVault(Vault& vault, const std::string& campaign) {
    if (auto imported = importedRuleSet(vault); imported && imported->campaign == campaign) {
        return *imported;
    }
    return selectRuleSet(campaign, std::nullopt);
}

bool ruleSetSignedForVault(Vault& vault, const std::string& rulesFile) {
    const auto key = officeKeyOf(vault);
    if (!key) {
        return false;
    }
    std::string text;
    const policy::RuleSet rules = readFileRules(rulesFile, text);
    std::vector<std::uint8_t> sig;
    try {
        sig = readInputFile(rulesFile + ".minisig", kMaxSignatureBytes, "file_signature");
    } catch (const AppError& e) {
        if (e.code() == "input_missing") {
            return false;
        }
        throw;
    }
    return verifies(*key, text, std::string(sig.begin(), sig.end()), rules.campaign);
}

}  // namespace baosong::app
