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
    const auto require = [](const std::string& value, const char* option, const char* whatKey) {
        if (value.empty()) {
            throw AppError(
                ErrorKind::BadInput, "identity_missing",
                Text("identity_missing").with("what", Text(whatKey)).with("option", option));
        }
    };
    require(id.campaign, "--campaign", "identity_campaign");
    require(id.channel, "--channel", "identity_channel");
    require(id.unitName, "--unit-name", "identity_unit_name");
    require(id.unitId, "--unit-id", "identity_unit_id");
    bool known = false;
    for (std::string_view c : kChannels) {
        known = known || id.channel == c;
    }
    if (!known) {
        throw AppError(ErrorKind::BadInput, "channel_invalid",
                       Text("channel_invalid").with("channel", id.channel));
    }
    // The identity is fixed for the vault's life (every bundle and enrolment names it), so
    // a mistyped code is caught here, not at the office.
    if (!policy::isValidSocialCreditCode(id.unitId)) {
        throw AppError(ErrorKind::BadInput, "unit_id_invalid",
                       Text("unit_id_invalid").with("unit_id", id.unitId));
    }
    for (const auto& [value, what] : {std::pair{&id.campaign, "identity_campaign"},
                                      std::pair{&id.unitName, "identity_unit_name"}}) {
        if (const auto found = policy::forbiddenCharacter(*value, policy::TextKind::Line)) {
            throw AppError(
                ErrorKind::BadInput, "control_character",
                Text("identity_control_character").with("what", Text(what)).with("found", *found));
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
