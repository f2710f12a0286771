#pragma once
// The outcomes an age file can fail with, one code each, matching the failure kinds of the
// age test kit (https://age-encryption.org/testkit): a parse error never surfaces as a MAC
// error, and a stanza nobody can open is "no match", not a broken file.

#include "crypto_error.h"

namespace baosong::crypto::age {

// No identity (or passphrase) opens any stanza of the header.
inline CryptoError noMatch() {
    return CryptoError("age_no_match",
                       "没有能解开此文件的私钥或口令，请确认使用了正确的私钥或口令");
}

// The header parsed and a stanza opened, but its MAC is wrong: the header was altered.
inline CryptoError hmacFailure() {
    return CryptoError("age_hmac_failure", "加密文件的文件头校验失败，文件已被改动或损坏");
}

// Anything malformed before the payload: version, stanza syntax, non-canonical base64,
// a stanza of a known type with wrong arguments or body, work factor refused, nonce.
inline CryptoError headerInvalid() {
    return CryptoError("age_header_invalid",
                       "加密文件的文件头格式不正确，文件可能已损坏或不是 age 加密文件");
}

// A chunk fails its tag, is missing, is out of place, or data follows the final chunk.
inline CryptoError payloadInvalid() {
    return CryptoError("age_payload_invalid",
                       "加密文件的内容校验失败，文件已被截断、改动或损坏，请重新获取文件");
}

// The ASCII armor (PEM) is not the strict form age writes.
inline CryptoError armorInvalid() {
    return CryptoError("age_armor_invalid",
                       "ASCII 文本格式的加密文件格式不正确，文件可能在复制时被改动");
}

// A well-formed file that a narrower profile (AgeProfile) does not allow.
inline CryptoError profileRefused() {
    return CryptoError("age_profile_refused",
                       "加密文件的形式不符合要求（须为二进制 age 文件，且只有一个 X25519 "
                       "接收方），已拒绝");
}

}  // namespace baosong::crypto::age
