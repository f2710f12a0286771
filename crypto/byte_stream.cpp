#include "byte_stream.h"

#include <algorithm>

namespace baosong::crypto {

std::size_t readFully(ByteSource& source, std::span<std::uint8_t> buffer) {
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        const std::size_t n = source.read(buffer.subspan(filled));
        if (n == 0) {
            break;
        }
        filled += n;
    }
    return filled;
}

std::size_t MemorySource::read(std::span<std::uint8_t> buffer) {
    const std::size_t n = std::min(buffer.size(), bytes_.size() - position_);
    std::copy_n(bytes_.begin() + static_cast<std::ptrdiff_t>(position_), n, buffer.begin());
    position_ += n;
    return n;
}

void MemorySink::write(std::span<const std::uint8_t> bytes) {
    bytes_.insert(bytes_.end(), bytes.begin(), bytes.end());
}

}  // namespace baosong::crypto
