#include "hashing_sink.h"

#include "crypto/sha256.h"

namespace baosong::app::bundle {

void HashingSink::write(std::span<const std::uint8_t> bytes) {
    digest_.update(bytes);
    if (withPrehash_) {
        prehash_.update(bytes);
    }
    count_ += bytes.size();
    if (next_) {
        next_->write(bytes);
    }
}

std::string HashingSink::digestHex() {
    return crypto::toHex(digest_.finish());
}

crypto::Blake2b512Digest HashingSink::prehash() {
    return prehash_.finish();
}

}  // namespace baosong::app::bundle
