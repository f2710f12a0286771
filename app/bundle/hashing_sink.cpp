#include "hashing_sink.h"

namespace baosong::app::bundle {

void HashingSink::write(std::span<const std::uint8_t> bytes) {
    sha256_.update(bytes);
    if (withPrehash_) {
        prehash_.update(bytes);
    }
    count_ += bytes.size();
    if (next_) {
        next_->write(bytes);
    }
}

std::string HashingSink::sha256Hex() {
    return crypto::toHex(sha256_.finish());
}

crypto::Blake2b512Digest HashingSink::prehash() {
    return prehash_.finish();
}

}  // namespace baosong::app::bundle
