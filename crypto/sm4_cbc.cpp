#include "sm4_cbc.h"

#include <algorithm>
#include <climits>

#include "crypto_error.h"
#include "openssl_handles.h"

namespace baosong::crypto {

namespace {
[[noreturn]] void fail() {
    throw CryptoError("cipher_failed", "SM4 加解密失败（OpenSSL），OpenSSL 安装可能不完整");
}
}  // namespace

struct Sm4Cbc::State {
    openssl::CipherContext context;
};

Sm4Cbc::Sm4Cbc(Direction direction, std::span<const std::uint8_t> key, const Sm4Iv& iv)
    : state_(std::make_unique<State>()), direction_(direction) {
    state_->context.reset(EVP_CIPHER_CTX_new());
    const EVP_CIPHER* cipher = EVP_get_cipherbyname("SM4-CBC");
    if (!state_->context || cipher == nullptr || key.size() != 16 ||
        EVP_CipherInit_ex(state_->context.get(), cipher, nullptr, key.data(), iv.data(),
                          direction == Direction::Encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_set_padding(state_->context.get(), 1) != 1) {
        fail();
    }
}

Sm4Cbc::~Sm4Cbc() = default;
Sm4Cbc::Sm4Cbc(Sm4Cbc&&) noexcept = default;
Sm4Cbc& Sm4Cbc::operator=(Sm4Cbc&&) noexcept = default;

void Sm4Cbc::update(std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out) {
    constexpr std::size_t kMaxPiece = INT_MAX / 2;  // EVP_CipherUpdate takes an int length
    while (!input.empty()) {
        const std::span<const std::uint8_t> piece = input.first(std::min(input.size(), kMaxPiece));
        const std::size_t at = out.size();
        out.resize(at + piece.size() + kBlock);
        int written = 0;
        if (EVP_CipherUpdate(state_->context.get(), out.data() + at, &written, piece.data(),
                             static_cast<int>(piece.size())) != 1) {
            fail();
        }
        out.resize(at + static_cast<std::size_t>(written));
        input = input.subspan(piece.size());
    }
}

void Sm4Cbc::finish(std::vector<std::uint8_t>& out) {
    const std::size_t at = out.size();
    out.resize(at + kBlock);
    int written = 0;
    if (EVP_CipherFinal_ex(state_->context.get(), out.data() + at, &written) != 1) {
        out.resize(at);
        if (direction_ == Direction::Decrypt) {
            throw CryptoError("cipher_padding_invalid", "SM4 密文的长度或填充不对，文件可能被改动");
        }
        fail();
    }
    out.resize(at + static_cast<std::size_t>(written));
}

}  // namespace baosong::crypto
