#pragma once
// A vault and an example submission for app tests, with fast Argon2id parameters (the
// defaults are tested elsewhere and measured in tests/bench).

#include <string>

#include "bundle/bag_profile.h"
#include "core/vault_init.h"
#include "crypto/secret_buffer.h"
#include "store/vault.h"

namespace baosong::test {

inline const crypto::Argon2idParams kFastKdf{1, std::uint64_t{8} << 20};
inline constexpr const char* kVaultPassphrase = "vault passphrase 1";
inline constexpr const char* kReviewerPassphrase = "reviewer passphrase 2";

crypto::SecretBuffer secret(std::string_view text);
app::VaultIdentity exampleIdentity();
app::Vault makeVault(const std::string& path);
app::Vault openVault(const std::string& path);

// Copies the spec's example to dir/submission.json and writes every photo it names with
// photoBytes random bytes each. Returns the JSON path.
std::string writeExampleSubmission(const std::string& dir, std::size_t photoBytes = 1000);
// The same example with real JPEGs (blue-background ID photos, life photos of at least
// lifeBytes) and small PDF-like attachments: it passes policy, so it can be sealed.
std::string writeSealableSubmission(const std::string& dir, std::uint64_t lifeBytes = 2200000);

// As a reviewer would through `review`: every open flag cleared with a reason, every photo
// and attachment approved, then signed off.
void reviewAndSignOff(app::Vault& vault);

// An office of the profile at dir/office.bsv with its keys written to dir/keys (secret
// included), and a unit at dir/unit.bsv holding the sealable submission and those keys:
// ready to enrol, review and seal.
struct UnitAndOffice {
    app::Vault office;
    app::Vault unit;
};
UnitAndOffice makeUnitWithOfficeKeys(const std::string& dir, app::bundle::BundleProfile profile);

}  // namespace baosong::test
