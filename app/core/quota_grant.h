#pragma once
// Quota grants (bundle.md "Quota grants"): a small JSON the office signs with its grant
// key; a unit's policy uses one only after its signature verifies against the office key
// the unit imported. Made by `office grant`, checked by `check` and `seal` at the unit and
// by `office open` at the office.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/minisign_public_key.h"
#include "crypto/minisign_secret_key.h"
#include "grant_key.h"
#include "policy/check_input.h"
#include "policy/submission.h"

namespace baosong::app {

struct QuotaGrant {
    std::string unit;
    std::string campaign;
    int max = 0;
    std::string reason;
    std::string issued;
};

// {"format":"baosong.grant/1","unit","campaign","max","reason","issued"}, one line.
std::string quotaGrantJson(const QuotaGrant& grant);
// Throws AppError (BadInput) "grant_invalid".
QuotaGrant parseQuotaGrant(std::string_view json);
// The grant file's signature (the .minisig beside it), made with the office's grant key.
std::string signQuotaGrant(const std::string& json, const crypto::MinisignSecretKey& grantKey);

// Reads a grant and its signature through read (nullopt: not there) and judges it.
using FileReader = std::function<std::optional<std::vector<std::uint8_t>>(const std::string&)>;
std::vector<policy::GrantEvidence> grantEvidence(const policy::Submission& submission,
                                                 const FileReader& read,
                                                 const std::optional<GrantKey>& officeGrantKey);

}  // namespace baosong::app
