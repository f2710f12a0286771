#pragma once
// Memory for secrets: passphrases, derived keys, secret keys.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace baosong::crypto {

// A fixed-size block from sodium_malloc: guarded by inaccessible pages, locked into RAM
// (never swapped), and wiped when freed. Move-only, so a secret has exactly one owner.
class SecretBuffer {
  public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);
    static SecretBuffer copyOf(std::span<const std::uint8_t> bytes);
    static SecretBuffer copyOf(std::string_view text);

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    ~SecretBuffer();

    std::uint8_t* data() noexcept { return data_; }
    const std::uint8_t* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    std::span<std::uint8_t> bytes() noexcept { return {data_, size_}; }
    std::span<const std::uint8_t> bytes() const noexcept { return {data_, size_}; }
    // The contents as text (passphrases are UTF-8). The view dies with the buffer.
    std::string_view view() const noexcept;

    // Constant-time comparison of contents (different sizes compare unequal).
    bool equals(const SecretBuffer& other) const noexcept;

  private:
    void release() noexcept;
    std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace baosong::crypto
