#include "age_reader.h"

#include <array>
#include <functional>
#include <optional>
#include <string_view>

#include "age_armor.h"
#include "age_error.h"
#include "age_file_key.h"
#include "age_header.h"
#include "age_scrypt.h"
#include "age_stream.h"
#include "buffered_source.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
constexpr std::string_view kBinaryStart = "age-encryption.org/";

// A binary file starts with its version line; anything else is taken for armor, so that
// text before the armor is an armor failure as the test kit expects. Input too short to
// tell (empty included) is binary, and fails as a header.
bool isArmored(BufferedSource& in) {
    const auto start = in.peek(kBinaryStart.size());
    return !kBinaryStart.starts_with(
        std::string_view(reinterpret_cast<const char*>(start.data()), start.size()));
}
}  // namespace

struct AgeReader::Impl {
    Impl(ByteSource& in, const AgeProfile& narrower) : raw(in), profile(narrower) {
        if (isArmored(raw)) {
            if (!narrower.allowArmor) {
                throw profileRefused();
            }
            armor.emplace(raw);
            armored.emplace(*armor);
        }
    }

    BufferedSource& source() { return armored ? *armored : raw; }

    // The order of the spec and of age: the whole header is read and every stanza of a
    // known type checked before any identity is tried; the MAC is checked with the file key
    // found; the nonce comes last.
    void open(
        const std::function<std::optional<SecretBuffer>(const std::vector<Stanza>&)>& unwrap) {
        const AgeHeader header = AgeHeader::read(source());
        const auto& stanzas = header.stanzas();
        if (profile.oneX25519Stanza && (stanzas.size() != 1 || !isX25519Stanza(stanzas[0]))) {
            throw profileRefused();
        }
        for (const auto& stanza : stanzas) {
            if (isX25519Stanza(stanza)) {
                checkX25519Stanza(stanza);
            } else if (isScryptStanza(stanza)) {
                checkScryptStanza(stanza);
                if (stanzas.size() != 1) {
                    throw headerInvalid();
                }
            }
        }
        const auto fileKey = unwrap(stanzas);
        if (!fileKey) {
            throw noMatch();
        }
        if (fileKey->size() != kFileKeyBytes) {
            throw headerInvalid();
        }
        header.verifyMac(*fileKey);
        std::array<std::uint8_t, kPayloadNonceBytes> nonce{};
        if (readFully(source(), nonce) != nonce.size()) {
            throw headerInvalid();
        }
        stream.emplace(source(), payloadKey(*fileKey, nonce));
    }

    BufferedSource raw;
    AgeProfile profile;
    std::optional<ArmorReader> armor;
    std::optional<BufferedSource> armored;
    std::optional<StreamDecryptor> stream;
};

AgeReader::AgeReader(ByteSource& in, const std::vector<const X25519Identity*>& identities,
                     const AgeProfile& profile)
    : impl_(std::make_unique<Impl>(in, profile)) {
    requireSodium();
    impl_->open([&](const std::vector<Stanza>& stanzas) -> std::optional<SecretBuffer> {
        for (const auto* identity : identities) {
            if (identity == nullptr) {
                continue;
            }
            if (auto fileKey = identity->unwrap(stanzas)) {
                return fileKey;
            }
        }
        return std::nullopt;
    });
}

AgeReader::AgeReader(ByteSource& in, std::string_view passphrase, int maxWorkFactorLog2)
    : impl_(std::make_unique<Impl>(in, AgeProfile{})) {
    requireSodium();
    const ScryptIdentity identity(SecretBuffer::copyOf(passphrase), maxWorkFactorLog2);
    impl_->open([&](const std::vector<Stanza>& stanzas) { return identity.unwrap(stanzas); });
}

AgeReader::AgeReader(AgeReader&&) noexcept = default;
AgeReader& AgeReader::operator=(AgeReader&&) noexcept = default;
AgeReader::~AgeReader() = default;

std::size_t AgeReader::read(std::span<std::uint8_t> buffer) {
    return impl_->stream->read(buffer);
}

}  // namespace baosong::crypto::age
