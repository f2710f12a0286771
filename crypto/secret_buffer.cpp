#include "secret_buffer.h"

#include <sodium.h>

#include <cstring>
#include <new>

#include "sodium_runtime.h"

namespace baosong::crypto {

SecretBuffer::SecretBuffer(std::size_t size) : size_(size) {
    requireSodium();
    // sodium_malloc(0) is allowed but a distinct allocation keeps data() non-null.
    data_ = static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size));
    if (data_ == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(data_, size == 0 ? 1 : size);
}

SecretBuffer SecretBuffer::copyOf(std::span<const std::uint8_t> bytes) {
    SecretBuffer buffer(bytes.size());
    if (!bytes.empty()) {
        std::memcpy(buffer.data_, bytes.data(), bytes.size());
    }
    return buffer;
}

SecretBuffer SecretBuffer::copyOf(std::string_view text) {
    return copyOf(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept : data_(other.data_), size_(other.size_) {
    other.data_ = nullptr;
    other.size_ = 0;
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
    if (this != &other) {
        release();
        data_ = other.data_;
        size_ = other.size_;
        other.data_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

SecretBuffer::~SecretBuffer() {
    release();
}

void SecretBuffer::release() noexcept {
    if (data_ != nullptr) {
        sodium_free(data_);  // wipes before unmapping
    }
    data_ = nullptr;
    size_ = 0;
}

std::string_view SecretBuffer::view() const noexcept {
    return {reinterpret_cast<const char*>(data_), size_};
}

bool SecretBuffer::equals(const SecretBuffer& other) const noexcept {
    if (size_ != other.size_) {
        return false;
    }
    return size_ == 0 || sodium_memcmp(data_, other.data_, size_) == 0;
}

}  // namespace baosong::crypto
