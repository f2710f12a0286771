#include "minisign_secret_key.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "base64.h"
#include "crypto_error.h"
#include "little_endian.h"
#include "minisign_text.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
constexpr std::size_t kSaltBytes = 32;
constexpr std::size_t kKeynumBytes = 8 + 64 + 32;
constexpr std::size_t kFileBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumBytes;
constexpr std::size_t kKeynumOffset = kFileBytes - kKeynumBytes;
// Refuse key files that would make us spend more than this on scrypt (a forged file must
// not exhaust the machine); minisign's own "sensitive" setting is 1 GiB.
constexpr std::uint64_t kMaxScryptMemory = std::uint64_t{2} << 30;
constexpr std::uint64_t kMaxScryptOps = std::uint64_t{1} << 30;
static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_BYTES == 64);

CryptoError malformed() {
    return CryptoError("secret_key_malformed", "私钥文件格式不正确（应为 minisign 私钥）");
}

// BLAKE2b-256("Ed" || key_id || sk), minisign's check that decryption worked.
std::array<std::uint8_t, 32> checksum(const MinisignKeyId& id, const std::uint8_t* sk) {
    std::array<std::uint8_t, 32> out{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, out.size());
    crypto_generichash_update(&state, reinterpret_cast<const std::uint8_t*>("Ed"), 2);
    crypto_generichash_update(&state, id.data(), id.size());
    crypto_generichash_update(&state, sk, 64);
    crypto_generichash_final(&state, out.data(), out.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

// An Ed25519 secret key is seed || public key; the public half must follow from the seed.
bool consistent(const std::uint8_t* sk) {
    Ed25519PublicKey derived{};
    SecretBuffer expanded(64);
    crypto_sign_seed_keypair(derived.data(), expanded.data(), sk);
    return sodium_memcmp(derived.data(), sk + 32, derived.size()) == 0;
}

SecretBuffer scryptStream(const SecretBuffer& passphrase, std::span<const std::uint8_t> salt,
                          std::uint64_t ops, std::uint64_t mem) {
    SecretBuffer stream(kKeynumBytes);
    if (crypto_pwhash_scryptsalsa208sha256(
            stream.data(), stream.size(), reinterpret_cast<const char*>(passphrase.data()),
            passphrase.size(), salt.data(), ops, static_cast<std::size_t>(mem)) != 0) {
        throw CryptoError("kdf_out_of_memory", "内存不足，无法解开私钥文件（scrypt）");
    }
    return stream;
}
}  // namespace

MinisignSecretKey MinisignSecretKey::generate() {
    requireSodium();
    MinisignKeyId id{};
    randombytes_buf(id.data(), id.size());
    SecretBuffer secret(64);
    Ed25519PublicKey pk{};
    crypto_sign_keypair(pk.data(), secret.data());
    return {id, std::move(secret)};
}

MinisignSecretKey MinisignSecretKey::fromStorage(std::span<const std::uint8_t> stored) {
    requireSodium();
    if (stored.size() != 8 + 64) {
        throw malformed();
    }
    MinisignKeyId id{};
    std::copy_n(stored.begin(), 8, id.begin());
    return {id, SecretBuffer::copyOf(stored.subspan(8))};
}

SecretBuffer MinisignSecretKey::toStorage() const {
    SecretBuffer out(8 + 64);
    std::memcpy(out.data(), keyId_.data(), 8);
    std::memcpy(out.data() + 8, secret_.data(), 64);
    return out;
}

MinisignSecretKey MinisignSecretKey::fromFile(std::string_view text,
                                              const SecretBuffer* passphrase) {
    requireSodium();
    const auto lines = minisignLines(text);
    if (lines.size() != 2 || !lines[0].starts_with(kUntrustedCommentPrefix)) {
        throw malformed();
    }
    std::vector<std::uint8_t> raw;
    try {
        raw = base64Decode(lines[1]);
    } catch (const CryptoError&) {
        throw malformed();
    }
    if (raw.size() != kFileBytes || raw[0] != 'E' || raw[1] != 'd' || raw[4] != 'B' ||
        raw[5] != '2') {
        throw malformed();
    }
    SecretBuffer keynum = SecretBuffer::copyOf(std::span(raw).subspan(kKeynumOffset));
    sodium_memzero(raw.data() + kKeynumOffset, kKeynumBytes);

    const bool encrypted = raw[2] == 'S' && raw[3] == 'c';
    if (encrypted) {
        if (passphrase == nullptr || passphrase->empty()) {
            throw CryptoError("passphrase_required", "该私钥文件受口令保护，需要输入口令");
        }
        const auto ops = loadLittleEndian<std::uint64_t>(std::span(raw).subspan(38, 8));
        const auto mem = loadLittleEndian<std::uint64_t>(std::span(raw).subspan(46, 8));
        if (ops > kMaxScryptOps || mem > kMaxScryptMemory) {
            throw malformed();
        }
        const SecretBuffer stream =
            scryptStream(*passphrase, std::span(raw).subspan(6, kSaltBytes), ops, mem);
        for (std::size_t i = 0; i < kKeynumBytes; ++i) {
            keynum.data()[i] ^= stream.data()[i];
        }
    } else if (raw[2] != 0 || raw[3] != 0) {
        throw malformed();
    }

    MinisignKeyId id{};
    std::copy_n(keynum.data(), 8, id.begin());
    const std::uint8_t* sk = keynum.data() + 8;
    const std::uint8_t* storedSum = keynum.data() + 72;
    // minisign -W (0.11) leaves the checksum of an unencrypted key all zero.
    const bool zeroSum = sodium_is_zero(storedSum, 32) == 1;
    const auto expected = checksum(id, sk);
    const bool sumOk =
        (!encrypted && zeroSum) || sodium_memcmp(expected.data(), storedSum, 32) == 0;
    if (!sumOk || !consistent(sk)) {
        if (encrypted) {
            throw CryptoError("wrong_passphrase", "私钥口令不正确");
        }
        throw malformed();
    }
    return {id, SecretBuffer::copyOf(keynum.bytes().subspan(8, 64))};
}

std::string MinisignSecretKey::encryptedFileText(const SecretBuffer& passphrase,
                                                 const MinisignScryptParams& params) const {
    requireSodium();
    if (passphrase.empty()) {
        throw CryptoError("passphrase_empty", "口令不能为空");
    }
    std::vector<std::uint8_t> raw(kFileBytes, 0);
    raw[0] = 'E';
    raw[1] = 'd';
    raw[2] = 'S';
    raw[3] = 'c';
    raw[4] = 'B';
    raw[5] = '2';
    randombytes_buf(raw.data() + 6, kSaltBytes);
    storeLittleEndian(params.opslimit, std::span(raw).subspan(38, 8));
    storeLittleEndian(params.memlimit, std::span(raw).subspan(46, 8));

    const SecretBuffer stream = scryptStream(passphrase, std::span(raw).subspan(6, kSaltBytes),
                                             params.opslimit, params.memlimit);
    const auto sum = checksum(keyId_, secret_.data());
    std::uint8_t* keynum = raw.data() + kKeynumOffset;
    std::memcpy(keynum, keyId_.data(), 8);
    std::memcpy(keynum + 8, secret_.data(), 64);
    std::memcpy(keynum + 72, sum.data(), sum.size());
    for (std::size_t i = 0; i < kKeynumBytes; ++i) {
        keynum[i] ^= stream.data()[i];
    }
    return std::string(kUntrustedCommentPrefix) + "minisign encrypted secret key\n" +
           base64Encode(raw) + "\n";
}

MinisignPublicKey MinisignSecretKey::publicKey() const {
    Ed25519PublicKey pk{};
    crypto_sign_ed25519_sk_to_pk(pk.data(), secret_.data());
    return {keyId_, pk};
}

MinisignSignature MinisignSecretKey::sign(std::span<const std::uint8_t> message,
                                          std::string_view trustedComment,
                                          std::string_view untrustedComment) const {
    return signPrehashed(MinisignPrehash::of(message), trustedComment, untrustedComment);
}

MinisignSignature MinisignSecretKey::signPrehashed(const Blake2b512Digest& prehash,
                                                   std::string_view trustedComment,
                                                   std::string_view untrustedComment) const {
    if (trustedComment.find_first_of("\r\n") != std::string_view::npos ||
        untrustedComment.find_first_of("\r\n") != std::string_view::npos) {
        throw CryptoError("comment_invalid", "签名注释不能包含换行");
    }
    MinisignSignature sig;
    sig.untrustedComment = untrustedComment;
    sig.trustedComment = trustedComment;
    sig.keyId = keyId_;
    crypto_sign_detached(sig.signature.data(), nullptr, prehash.data(), prehash.size(),
                         secret_.data());
    const auto global = minisignGlobalMessage(sig.signature, sig.trustedComment);
    crypto_sign_detached(sig.globalSignature.data(), nullptr, global.data(), global.size(),
                         secret_.data());
    return sig;
}

}  // namespace baosong::crypto
