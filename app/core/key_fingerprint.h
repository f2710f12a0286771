#pragma once
// What a person compares when trusting a key (bundle.md "Keys"): the fingerprint is
// computed from the key, SHA-256 of the minisign public key's 42 bytes, shown as 64 hex
// digits in groups of four. The minisign key id travels beside it only as a label: it is
// 8 bytes whoever makes a key chooses freely, so a forged key can carry the real one's id.

#include <string>
#include <string_view>

#include "crypto/minisign_public_key.h"
#include "crypto/sm2_key.h"

namespace baosong::app {

struct KeyFingerprint {
    std::string keyId;        // 16 hex digits, as minisign prints it: a label only ("" for SM2)
    std::string fingerprint;  // 64 lowercase hex digits, no spaces (machine output)
    std::string grouped;      // the same in 16 groups of four, one space apart (people)
    std::string publicKey;    // "RW…", or an SM2 key's PEM
    std::string hash = "SHA-256";  // what the fingerprint is: "SHA-256", or "SM3" for SM2
};

KeyFingerprint fingerprintOf(const crypto::MinisignPublicKey& key);
// Profile "gm" (bundle-gm.md "Keys and fingerprints"): SM3 of the DER public key, no key id.
KeyFingerprint fingerprintOf(const crypto::Sm2PublicKey& key);

// "abcd efgh …": text cut into groups of four characters, for reading aloud and comparing.
std::string groupInFours(std::string_view text);

// The grouped fingerprint as two lines of eight groups, for paper (a line of 79
// characters does not fit a form's cell, and a break chosen by layout could fall anywhere).
std::string fingerprintOnTwoLines(const KeyFingerprint& key);

// A fingerprint as a person typed or copied it from paper: hex digits in any case, spaces
// and line breaks (the page's two lines copied together) allowed.
// True when it names the same 64 digits.
bool sameFingerprint(const KeyFingerprint& key, std::string_view typed);

}  // namespace baosong::app
