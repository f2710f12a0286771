#include "vault_identity.h"

#include <array>
#include <string_view>

#include "base/app_error.h"
#include "policy/control_characters.h"
#include "policy/social_credit_code.h"
#include "store/vault_meta.h"

namespace baosong::app {

namespace {
constexpr std::array<std::string_view, 4> kChannels = {"defense_unit", "league_city",
                                                       "regional_society", "regional_institution"};

}  // namespace

void validateIdentity(const VaultIdentity& id) {
    const auto require = [](const std::string& value, const char* option, const char* what) {
        if (value.empty()) {
            throw AppError(ErrorKind::BadInput, "identity_missing",
                           std::string("缺少") + what + "（" + option + "）");
        }
    };
    require(id.campaign, "--campaign", "活动编号");
    require(id.channel, "--channel", "推荐渠道");
    require(id.unitName, "--unit-name", "推荐单位名称");
    require(id.unitId, "--unit-id", "统一社会信用代码");
    bool known = false;
    for (std::string_view c : kChannels) {
        known = known || id.channel == c;
    }
    if (!known) {
        throw AppError(ErrorKind::BadInput, "channel_invalid",
                       "推荐渠道“" + id.channel +
                           "”无效，应为 defense_unit、league_city、regional_society 或 "
                           "regional_institution");
    }
    // The identity is fixed for the vault's life (every bundle and enrolment names it), so
    // a mistyped code is caught here, not at the office.
    if (!policy::isValidSocialCreditCode(id.unitId)) {
        throw AppError(ErrorKind::BadInput, "unit_id_invalid",
                       "统一社会信用代码“" + id.unitId +
                           "”无效（应为 18 位，末位校验码符合 GB 32100-2015）；请照营业执照或"
                           "事业单位法人证书核对");
    }
    for (const auto& [value, what] :
         {std::pair{&id.campaign, "活动编号"}, std::pair{&id.unitName, "推荐单位名称"}}) {
        if (const auto found = policy::forbiddenCharacter(*value, policy::TextKind::Line)) {
            throw AppError(ErrorKind::BadInput, "control_character",
                           std::string(what) + "含有控制字符 " + *found + "；请删去后重试");
        }
    }
}

void storeIdentity(SqliteDatabase& db, const VaultIdentity& id) {
    VaultMeta meta(db);
    meta.put("campaign", id.campaign);
    meta.put("channel", id.channel);
    meta.put("unit_name", id.unitName);
    meta.put("unit_id", id.unitId);
}

VaultIdentity loadIdentity(SqliteDatabase& db) {
    VaultMeta meta(db);
    return {meta.get("campaign").value_or(""), meta.get("channel").value_or(""),
            meta.get("unit_name").value_or(""), meta.get("unit_id").value_or("")};
}

}  // namespace baosong::app
