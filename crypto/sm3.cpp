#include "sm3.h"

namespace baosong::crypto {

Sm3Digest Sm3::of(std::span<const std::uint8_t> bytes) {
    Sm3 sm3;
    sm3.update(bytes);
    return sm3.finish();
}

}  // namespace baosong::crypto
