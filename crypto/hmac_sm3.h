#pragma once
// HMAC-SM3 (RFC 2104 over SM3, GB/T 15852.2 / GM/T 0042), streaming: the payload MAC of
// profile "gm", computed over IV ‖ ciphertext (docs/spec/bundle-gm.md).

#include <cstdint>
#include <memory>
#include <span>

#include "sm3.h"

namespace baosong::crypto {

class HmacSm3 {
  public:
    // Throws CryptoError("mac_failed").
    explicit HmacSm3(std::span<const std::uint8_t> key);
    ~HmacSm3();
    HmacSm3(HmacSm3&&) noexcept;
    HmacSm3& operator=(HmacSm3&&) noexcept;

    HmacSm3& update(std::span<const std::uint8_t> bytes);
    Sm3Digest finish();

  private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace baosong::crypto
