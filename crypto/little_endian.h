#pragma once
// Fixed-width little-endian integers, as minisign and our own headers store them.

#include <concepts>
#include <cstdint>
#include <span>

namespace baosong::crypto {

template <std::unsigned_integral T>
T loadLittleEndian(std::span<const std::uint8_t> bytes) {
    T value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        value |= static_cast<T>(static_cast<T>(bytes[i]) << (8 * i));
    }
    return value;
}

template <std::unsigned_integral T>
void storeLittleEndian(T value, std::span<std::uint8_t> out) {
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        out[i] = static_cast<std::uint8_t>(value >> (8 * i));
    }
}

}  // namespace baosong::crypto
