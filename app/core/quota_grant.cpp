#include "quota_grant.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "policy/parse_error.h"
#include "policy/strict_json.h"

namespace baosong::app {

namespace {
constexpr std::string_view kFormat = "baosong.grant/1";

AppError invalid(Text why) {
    return AppError(ErrorKind::BadInput, "grant_invalid",
                    Text("grant_malformed").with("why", std::move(why)));
}
}  // namespace

std::string quotaGrantJson(const QuotaGrant& grant) {
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["unit"] = grant.unit;
    doc["campaign"] = grant.campaign;
    doc["max"] = grant.max;
    doc["reason"] = grant.reason;
    doc["issued"] = grant.issued;
    return doc.dump() + "\n";
}

QuotaGrant parseQuotaGrant(std::string_view json) {
    QuotaGrant grant;
    try {
        // Strict (strict_json.h): a grant with a key twice could be read as one quota by a
        // person and another by baosong; a key this format does not have is refused.
        const nlohmann::json doc = policy::parseStrictJson(json);
        policy::StrictObject root(doc, "");
        if (root.string("format") != kFormat) {
            throw invalid(Text("grant_format"));
        }
        grant.unit = root.string("unit");
        grant.campaign = root.string("campaign");
        const long long max = root.integer("max");
        grant.reason = root.text("reason");
        grant.issued = root.string("issued");
        root.finish();
        if (max < 1 || max > 1000) {
            throw invalid(Text("grant_max_range"));
        }
        grant.max = static_cast<int>(max);
    } catch (const policy::ParseError& e) {
        throw invalid(libraryText("policy", e));
    }
    if (grant.unit.empty() || grant.campaign.empty() || grant.issued.empty()) {
        throw invalid(Text("grant_fields_empty"));
    }
    return grant;
}

std::string signQuotaGrant(const std::string& json, const crypto::MinisignSecretKey& grantKey) {
    return grantKey
        .sign({reinterpret_cast<const std::uint8_t*>(json.data()), json.size()}, "baosong/1 grant")
        .fileText();
}

std::vector<policy::GrantEvidence> grantEvidence(const policy::Submission& submission,
                                                 const FileReader& read,
                                                 const std::optional<GrantKey>& officeGrantKey) {
    using Signature = policy::GrantEvidence::Signature;
    std::vector<policy::GrantEvidence> out;
    for (const std::string& path : submission.grants) {
        policy::GrantEvidence evidence{path, Signature::NotChecked, "", "", 0};
        const auto body = read(path);
        const auto signature = officeGrantKey
                                   ? read(path + std::string(officeGrantKey->signatureSuffix()))
                                   : std::nullopt;
        if (!officeGrantKey || !body || !signature) {
            out.push_back(evidence);  // the checker says why it cannot count
            continue;
        }
        try {
            officeGrantKey->verify(*body, *signature);
            const QuotaGrant grant = parseQuotaGrant(
                std::string_view(reinterpret_cast<const char*>(body->data()), body->size()));
            evidence = {path, Signature::Verified, grant.unit, grant.campaign, grant.max};
        } catch (const crypto::CryptoError&) {
            evidence.signature = Signature::Invalid;
        } catch (const AppError&) {
            evidence.signature = Signature::Invalid;
        }
        out.push_back(evidence);
    }
    return out;
}

}  // namespace baosong::app
