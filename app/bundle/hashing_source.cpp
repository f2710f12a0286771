#include "hashing_source.h"

#include <vector>

namespace baosong::app::bundle {

std::size_t HashingSource::read(std::span<std::uint8_t> buffer) {
    const std::size_t n = in_.read(buffer);
    background_.write(buffer.first(n));
    bytes_ += n;
    return n;
}

std::string HashingSource::drainAndFinish() {
    std::vector<std::uint8_t> rest(64 * 1024);
    while (read(rest) > 0) {
    }
    background_.finish();
    return sink_.digestHex();
}

}  // namespace baosong::app::bundle
