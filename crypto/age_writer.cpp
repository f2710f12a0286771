#include "age_writer.h"

#include <sodium.h>

#include <array>
#include <optional>

#include "age_armor.h"
#include "age_file_key.h"
#include "age_header.h"
#include "age_scrypt.h"
#include "age_stream.h"
#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

struct AgeWriter::Impl {
    Impl(ByteSink& out, bool armored, const std::vector<Stanza>& stanzas,
         const SecretBuffer& fileKey) {
        if (armored) {
            armor.emplace(out);
        }
        ByteSink& sink = armor ? static_cast<ByteSink&>(*armor) : out;
        const std::string header = AgeHeader::encode(stanzas, fileKey);
        sink.write(std::span(reinterpret_cast<const std::uint8_t*>(header.data()), header.size()));
        std::array<std::uint8_t, kPayloadNonceBytes> nonce{};
        randombytes_buf(nonce.data(), nonce.size());
        sink.write(nonce);
        stream.emplace(sink, payloadKey(fileKey, nonce));
    }
    std::optional<ArmorWriter> armor;
    std::optional<StreamEncryptor> stream;
    bool finished = false;
};

AgeWriter::AgeWriter(const std::vector<X25519Recipient>& recipients, ByteSink& out, bool armored) {
    requireSodium();
    if (recipients.empty()) {
        throw CryptoError("age_no_recipient", "没有指定收件人，至少需要一个收件人公钥");
    }
    const SecretBuffer fileKey = generateFileKey();
    std::vector<Stanza> stanzas;
    for (const auto& recipient : recipients) {
        stanzas.push_back(recipient.wrap(fileKey));
    }
    impl_ = std::make_unique<Impl>(out, armored, stanzas, fileKey);
}

AgeWriter::AgeWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

AgeWriter AgeWriter::forPassphrase(std::string_view passphrase, int workFactorLog2, ByteSink& out,
                                   bool armored) {
    requireSodium();
    const ScryptRecipient recipient(SecretBuffer::copyOf(passphrase), workFactorLog2);
    const SecretBuffer fileKey = generateFileKey();
    return AgeWriter(
        std::make_unique<Impl>(out, armored, std::vector{recipient.wrap(fileKey)}, fileKey));
}

AgeWriter::AgeWriter(AgeWriter&&) noexcept = default;
AgeWriter& AgeWriter::operator=(AgeWriter&&) noexcept = default;
AgeWriter::~AgeWriter() = default;

void AgeWriter::write(std::span<const std::uint8_t> plaintext) {
    if (!impl_ || impl_->finished) {
        throw CryptoError("age_writer_finished", "加密输出已经结束，不能再写入");
    }
    impl_->stream->write(plaintext);
}

void AgeWriter::finish() {
    if (!impl_ || impl_->finished) {
        throw CryptoError("age_writer_finished", "加密输出已经结束，不能再写入");
    }
    impl_->finished = true;
    impl_->stream->finish();
    if (impl_->armor) {
        impl_->armor->finish();
    }
}

}  // namespace baosong::crypto::age
