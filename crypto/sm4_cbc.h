#pragma once
// SM4 (GB/T 32907-2016) in CBC mode with PKCS#7 padding, streaming, through OpenSSL 3.0
// (which has no SM4-GCM: authentication is HMAC-SM3, gm_payload.h). One object encrypts
// or decrypts one message; output may lag input by one block, as CBC decryption must hold
// back the last block until it knows it is the last.

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace baosong::crypto {

using Sm4Key = std::array<std::uint8_t, 16>;
using Sm4Iv = std::array<std::uint8_t, 16>;

class Sm4Cbc {
  public:
    enum class Direction { Encrypt, Decrypt };
    // key is 16 bytes. Throws CryptoError("cipher_failed").
    Sm4Cbc(Direction direction, std::span<const std::uint8_t> key, const Sm4Iv& iv);
    ~Sm4Cbc();
    Sm4Cbc(Sm4Cbc&&) noexcept;
    Sm4Cbc& operator=(Sm4Cbc&&) noexcept;

    // Appends the output for input to out (input.size() + 16 bytes at most).
    void update(std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out);
    // Appends the last block(s). Decrypting, a wrong padding or a length that is not a
    // multiple of 16 throws CryptoError("cipher_padding_invalid").
    void finish(std::vector<std::uint8_t>& out);

    static constexpr std::size_t kBlock = 16;

  private:
    struct State;
    std::unique_ptr<State> state_;
    Direction direction_;
};

}  // namespace baosong::crypto
