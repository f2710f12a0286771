#include "quota_grant.h"

#include <nlohmann/json.hpp>

#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "store/app_error.h"

namespace baosong::app {

namespace {
constexpr std::string_view kFormat = "baosong.grant/1";

AppError invalid(const std::string& why) {
    return AppError(ErrorKind::BadInput, "grant_invalid", "额度授权文件不合格式：" + why);
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
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception&) {
        throw invalid("不是 JSON");
    }
    if (!doc.is_object() || doc.value("format", "") != kFormat) {
        throw invalid("format 应为 baosong.grant/1");
    }
    QuotaGrant grant;
    try {
        grant.unit = doc.at("unit").get<std::string>();
        grant.campaign = doc.at("campaign").get<std::string>();
        grant.max = doc.at("max").get<int>();
        grant.reason = doc.at("reason").get<std::string>();
        grant.issued = doc.at("issued").get<std::string>();
    } catch (const nlohmann::json::exception&) {
        throw invalid("缺少 unit、campaign、max、reason 或 issued，或类型不对");
    }
    if (grant.max < 1 || grant.unit.empty() || grant.campaign.empty()) {
        throw invalid("max 应为正整数，unit 和 campaign 不能为空");
    }
    return grant;
}

std::string signQuotaGrant(const std::string& json, const crypto::MinisignSecretKey& grantKey) {
    return grantKey
        .sign({reinterpret_cast<const std::uint8_t*>(json.data()), json.size()}, "baosong/1 grant")
        .fileText();
}

std::vector<policy::GrantEvidence> grantEvidence(
    const policy::Submission& submission, const FileReader& read,
    const std::optional<crypto::MinisignPublicKey>& officeGrantKey) {
    using Signature = policy::GrantEvidence::Signature;
    std::vector<policy::GrantEvidence> out;
    for (const std::string& path : submission.grants) {
        policy::GrantEvidence evidence{path, Signature::NotChecked, "", "", 0};
        const auto body = read(path);
        const auto signature = read(path + ".minisig");
        if (!officeGrantKey || !body || !signature) {
            out.push_back(evidence);  // the checker says why it cannot count
            continue;
        }
        try {
            const auto parsed = crypto::MinisignSignature::parse(std::string_view(
                reinterpret_cast<const char*>(signature->data()), signature->size()));
            crypto::verifyMinisign(*officeGrantKey, *body, parsed);
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
