#include "vault_identity.h"

#include <array>
#include <string_view>

#include "store/app_error.h"

namespace baosong::app {

namespace {
constexpr std::array<std::string_view, 4> kChannels = {"defense_unit", "league_city",
                                                       "regional_society", "regional_institution"};

std::string meta(SqliteDatabase& db, const char* key) {
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : std::string();
}

void putMeta(SqliteDatabase& db, const char* key, const std::string& value) {
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}
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
}

void storeIdentity(SqliteDatabase& db, const VaultIdentity& id) {
    putMeta(db, "campaign", id.campaign);
    putMeta(db, "channel", id.channel);
    putMeta(db, "unit_name", id.unitName);
    putMeta(db, "unit_id", id.unitId);
}

VaultIdentity loadIdentity(SqliteDatabase& db) {
    return {meta(db, "campaign"), meta(db, "channel"), meta(db, "unit_name"), meta(db, "unit_id")};
}

}  // namespace baosong::app
