#include "grant_import.h"

#include <algorithm>

#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "export_payload.h"
#include "input_file.h"
#include "store/office_public_store.h"
#include "submission_check.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
// A grant is a line of JSON; its signature a few lines (bundle.md "Quota grants").
constexpr std::uint64_t kMaxGrantBytes = 64 * 1024;

std::string_view asText(const std::vector<std::uint8_t>& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

PlacedGrant placeQuotaGrant(Vault& vault, policy::Submission& draft, const std::string& fileName,
                            std::vector<std::uint8_t> grantBytes,
                            std::vector<std::uint8_t> signatureBytes) {
    const auto office = OfficePublicStore(vault.db()).load();
    if (!office) {
        throw AppError(ErrorKind::BadInput, "office_keys_missing", Text("refusal_no_office_keys"));
    }
    const GrantKey key = *grantKeyOf(office);
    try {
        key.verify(grantBytes, signatureBytes);
    } catch (const crypto::CryptoError&) {
        throw AppError(ErrorKind::BadInput, "grant_signature_invalid",
                       Text("grant_signature_invalid").with("file", fileName));
    }
    PlacedGrant placed;
    placed.grant = parseQuotaGrant(asText(grantBytes));
    const VaultIdentity id = loadIdentity(vault.db());
    if (placed.grant.unit != id.unitId || placed.grant.campaign != id.campaign) {
        throw AppError(ErrorKind::BadInput, "grant_other_unit",
                       Text("grant_other_unit")
                           .with("unit", placed.grant.unit)
                           .with("campaign", placed.grant.campaign));
    }
    placed.path = "授权/" + fileNamePart(fileName.empty() ? "grant.json" : fileName);
    if (std::find(draft.grants.begin(), draft.grants.end(), placed.path) == draft.grants.end()) {
        draft.grants.push_back(placed.path);
    }
    placed.files.push_back({placed.path, std::move(grantBytes)});
    placed.files.push_back(
        {placed.path + std::string(key.signatureSuffix()), std::move(signatureBytes)});
    return placed;
}

std::string_view grantSignatureSuffix(Vault& vault) {
    const auto key = grantKeyOf(OfficePublicStore(vault.db()).load());
    return key ? key->signatureSuffix() : kGrantSignatureSuffixes[0];
}

PlacedGrant importQuotaGrant(Vault& vault, const std::string& grantFile, const std::string& actor) {
    std::vector<std::uint8_t> grant = readInputFile(grantFile, kMaxGrantBytes, "file_grant");
    std::vector<std::uint8_t> signature = readInputFile(
        grantFile + std::string(grantSignatureSuffix(vault)), kMaxGrantBytes, "file_signature");
    policy::Submission submission = loadOrStartSubmission(vault);
    PlacedGrant placed = placeQuotaGrant(vault, submission, baseName(grantFile), std::move(grant),
                                         std::move(signature));
    saveSubmission(vault, submission, placed.files, actor);
    return placed;
}

EffectiveQuota effectiveQuota(Vault& vault, const policy::Submission& submission,
                              const FileReader& read) {
    EffectiveQuota quota;
    const policy::RuleSet rules = selectRuleSet(submission.campaign, std::nullopt);
    const auto channel = rules.channels.find(submission.channel);
    if (channel == rules.channels.end()) {
        return quota;
    }
    quota.max = quota.noticeMax = channel->second.max;
    for (const policy::GrantEvidence& g :
         grantEvidence(submission, read, grantKeyOf(OfficePublicStore(vault.db()).load()))) {
        if (g.signature == policy::GrantEvidence::Signature::Verified &&
            g.unit == submission.unit.id && g.campaign == submission.campaign &&
            g.max > quota.max) {
            quota.max = g.max;
            const auto bytes = read(g.path);
            quota.grantReason = bytes ? parseQuotaGrant(asText(*bytes)).reason : "";
        }
    }
    return quota;
}

}  // namespace baosong::app
