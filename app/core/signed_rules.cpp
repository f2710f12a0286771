#include "signed_rules.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "crypto/base64.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "crypto/sm2_signature.h"
#include "grant_key.h"
#include "input_file.h"
#include "office_profile.h"
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

// A gm signature (DER SM2) kept in the vault's meta, which holds text: "sm2:" and base64.
constexpr std::string_view kSm2Stored = "sm2:";

// The key that vouches for rule sets in this vault: at a unit the office's grant key it
// imported, at the office its own, of the profile in use (bundle-gm.md).
std::optional<GrantKey> officeKeyOf(Vault& vault) {
    if (OfficeStore(vault.db()).isOfficeVault()) {
        return officeGrantKey(vault);
    }
    return grantKeyOf(OfficePublicStore(vault.db()).load());
}

// Whether signature (a .minisig text, or the DER of a .sig) signs text as the rule set of
// its own campaign, with key. SM2 has no trusted comment: the rule set's own campaign,
// which the unit compares with its vault's, says what it is for.
bool verifies(const GrantKey& key, const std::string& text, const std::string& signature,
              const std::string& campaign) {
    try {
        key.verify(bytesOf(text), bytesOf(signature));
        if (key.profile() == BundleProfile::Gm) {
            return true;
        }
        return crypto::MinisignSignature::parse(signature).trustedComment ==
               trustedCommentFor(campaign);
    } catch (const crypto::CryptoError&) {
        return false;
    }
}

std::string storedSignature(const std::string& signature, const GrantKey& key) {
    return key.profile() == BundleProfile::Gm
               ? std::string(kSm2Stored) + crypto::base64Encode(bytesOf(signature))
               : signature;
}

std::string signatureFromStore(const std::string& stored) {
    if (!stored.starts_with(kSm2Stored)) {
        return stored;
    }
    try {
        const auto der = crypto::base64Decode(std::string_view(stored).substr(kSm2Stored.size()));
        return {der.begin(), der.end()};
    } catch (const crypto::CryptoError&) {
        return {};
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
    const GrantKey key = *officeKeyOf(office);
    const std::string sigPath = out + std::string(key.signatureSuffix());
    std::string text;
    const policy::RuleSet rules = readFileRules(rulesFile, text);
    requireNoTarget(out);
    requireNoTarget(sigPath);
    VaultKeys keys(office.db());
    std::string signature;
    if (key.profile() == BundleProfile::Gm) {
        // bundle-gm.md: DER SM2 by the office's SM2 grant key over the rule set's bytes.
        const auto der =
            crypto::sm2Sign(keys.sm2PlainSecretKey(KeyRole::OfficeGrant), bytesOf(text));
        signature.assign(der.begin(), der.end());
    } else {
        signature = keys.plainSecretKey(KeyRole::OfficeGrant)
                        .sign(bytesOf(text), trustedCommentFor(rules.campaign))
                        .fileText();
    }
    TempSibling file(out, TempSibling::Kind::File);
    file.write(text);
    TempSibling sig(sigPath, TempSibling::Kind::File);
    sig.write(signature);
    SqliteTransaction tx(office.db());
    // The office's own re-checks use what it signed.
    VaultMeta(office.db()).put(kRulesKey, text);
    VaultMeta(office.db()).put(kRulesSignatureKey, storedSignature(signature, key));
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
        throw AppError(ErrorKind::BadInput, "office_keys_missing", Text("refusal_no_office_keys"));
    }
    std::string text;
    const policy::RuleSet rules = readFileRules(rulesFile, text);
    const std::vector<std::uint8_t> sig = readInputFile(
        rulesFile + std::string(key->signatureSuffix()), kMaxSignatureBytes, "file_signature");
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
    VaultMeta(vault.db()).put(kRulesSignatureKey, storedSignature(signature, *key));
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
    if (!key || !verifies(*key, *text, signatureFromStore(*signature), rules.campaign)) {
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
        sig = readInputFile(rulesFile + std::string(key->signatureSuffix()), kMaxSignatureBytes,
                            "file_signature");
    } catch (const AppError& e) {
        if (e.code() == "input_missing") {
            return false;
        }
        throw;
    }
    return verifies(*key, text, std::string(sig.begin(), sig.end()), rules.campaign);
}

}  // namespace baosong::app
