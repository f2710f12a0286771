#pragma once
// The age file key and how native stanzas wrap it (C2SP age, "File key", and the X25519
// and scrypt stanzas): ChaCha20-Poly1305 under a derived wrap key with a zero nonce.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "secret_buffer.h"

namespace baosong::crypto::age {

inline constexpr std::size_t kFileKeyBytes = 16;
inline constexpr std::size_t kWrappedFileKeyBytes = kFileKeyBytes + 16;  // + Poly1305 tag

// 16 bytes from the CSPRNG, new for every file.
SecretBuffer generateFileKey();

std::vector<std::uint8_t> wrapFileKey(const SecretBuffer& wrapKey, const SecretBuffer& fileKey);

// nullopt when the tag fails (the stanza is not for this key). The caller has checked the
// body is kWrappedFileKeyBytes long before trying, against partitioning oracles.
std::optional<SecretBuffer> unwrapFileKey(const SecretBuffer& wrapKey,
                                          std::span<const std::uint8_t> body);

}  // namespace baosong::crypto::age
