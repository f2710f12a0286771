#pragma once
// SM2 key pairs (GB/T 32918, curve sm2p256v1 of GB/T 32918.5) for profile "gm"
// (docs/spec/bundle-gm.md "Keys and fingerprints"):
// - a public key travels as DER or PEM SubjectPublicKeyInfo (id-ecPublicKey with the SM2
//   curve OID 1.2.156.10197.1.301, uncompressed point), exactly what `openssl pkey
//   -pubout` writes; nothing else is accepted, so one key has one encoding and one
//   fingerprint;
// - a secret key is kept as PKCS#8 PrivateKeyInfo DER in a SecretBuffer, the vault's
//   storage and (as PEM) what `openssl pkeyutl -inkey` reads.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "secret_buffer.h"
#include "sm3.h"

namespace baosong::crypto {

class Sm2PublicKey {
  public:
    // Throws CryptoError("public_key_invalid") unless bytes are exactly the DER
    // SubjectPublicKeyInfo of a point on the SM2 curve.
    static Sm2PublicKey fromDer(std::span<const std::uint8_t> der);
    // One "-----BEGIN PUBLIC KEY-----" block, surrounded by nothing but white space.
    static Sm2PublicKey fromPem(std::string_view text);

    const std::vector<std::uint8_t>& der() const noexcept { return der_; }
    std::string pem() const;
    // What a person compares: SM3 of the DER SubjectPublicKeyInfo, the value of
    // `openssl pkey -pubin -in key.pub.pem -outform DER | openssl dgst -sm3`.
    Sm3Digest fingerprint() const { return Sm3::of(der_); }
    bool operator==(const Sm2PublicKey&) const = default;

  private:
    friend class Sm2SecretKey;
    explicit Sm2PublicKey(std::vector<std::uint8_t> der) : der_(std::move(der)) {}
    std::vector<std::uint8_t> der_;
};

class Sm2SecretKey {
  public:
    static Sm2SecretKey generate();
    // PKCS#8 PrivateKeyInfo DER of an SM2 key, nothing before or after it. Throws
    // CryptoError("secret_key_malformed").
    static Sm2SecretKey fromStorage(std::span<const std::uint8_t> pkcs8Der);
    // An unencrypted "-----BEGIN PRIVATE KEY-----" block (what `openssl genpkey` writes).
    static Sm2SecretKey fromPem(std::string_view text);

    // PKCS#8 DER, for the vault.
    const SecretBuffer& storage() const noexcept { return pkcs8_; }
    // PKCS#8 PEM, unencrypted, for `openssl pkeyutl -decrypt -inkey` (mode 0600 files).
    SecretBuffer pem() const;
    const Sm2PublicKey& publicKey() const noexcept { return public_; }

  private:
    Sm2SecretKey(SecretBuffer pkcs8, Sm2PublicKey publicKey)
        : pkcs8_(std::move(pkcs8)), public_(std::move(publicKey)) {}
    SecretBuffer pkcs8_;
    Sm2PublicKey public_;
};

}  // namespace baosong::crypto
