#pragma once
// The security reviewer's keys as the reviewer passphrase opens them: the minisign key that
// names the reviewer in every decision (it is the key the vault knows the reviewer by,
// hence the base class: every action that checks "is this the vault's reviewer" takes it
// as it is), and, when the unit seals in profile "gm", the SM2 key that signs the sign-off
// (bundle-gm.md "Keys and fingerprints").

#include <optional>

#include "crypto/minisign_secret_key.h"
#include "crypto/sm2_key.h"
#include "key_fingerprint.h"

namespace baosong::app {

class ReviewerKey : public crypto::MinisignSecretKey {
  public:
    ReviewerKey(crypto::MinisignSecretKey minisign, std::optional<crypto::Sm2SecretKey> sm2)
        : crypto::MinisignSecretKey(std::move(minisign)), sm2_(std::move(sm2)) {}

    // The SM2 key, opened only for a unit that seals in gm.
    const std::optional<crypto::Sm2SecretKey>& sm2() const noexcept { return sm2_; }
    // What a person compares: the fingerprint of the key that signs the sign-off.
    KeyFingerprint signingFingerprint() const {
        return sm2_ ? fingerprintOf(sm2_->publicKey()) : fingerprintOf(publicKey());
    }

  private:
    std::optional<crypto::Sm2SecretKey> sm2_;
};

}  // namespace baosong::app
