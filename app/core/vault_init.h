#pragma once

#include <string>

#include "crypto/argon2id.h"
#include "crypto/secret_buffer.h"
#include "store/vault.h"
#include "vault_identity.h"

namespace baosong::app {

struct VaultInitRequest {
    std::string path;
    VaultIdentity identity;
    crypto::Argon2idParams kdf = crypto::Argon2idParams::defaults();
    std::string actor;
    std::string reviewerName = {};  // reviewer_name.h; "" leaves it for the reviewer to set
};

// A new vault holding the unit's identity, a fresh unit signing key and a fresh reviewer
// key sealed under the reviewer passphrase (which must differ from the vault passphrase,
// or the separation of duties would be only on paper). Atomic: no file on failure.
Vault initVault(const VaultInitRequest& request, const crypto::SecretBuffer& vaultPassphrase,
                const crypto::SecretBuffer& reviewerPassphrase);

}  // namespace baosong::app
