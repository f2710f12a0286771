#pragma once
// The OpenSSL EVP_PKEY behind an Sm2PublicKey or Sm2SecretKey, made afresh for each
// operation (parsing a 91-byte key costs microseconds, and no OpenSSL object outlives the
// call that needs it). Internal to crypto/.

#include "openssl_handles.h"
#include "sm2_key.h"

namespace baosong::crypto {

openssl::Pkey sm2Pkey(const Sm2PublicKey& key);
openssl::Pkey sm2Pkey(const Sm2SecretKey& key);

// The distinguishing ID of GB/T 35276-2017 §7 (GM/T 0009 default), passed on every SM2
// signature and verification: OpenSSL's own default ID is empty, and a signature made
// with one ID fails under the other without saying why.
inline constexpr char kSm2DistinguishingId[] = "1234567812345678";

}  // namespace baosong::crypto
