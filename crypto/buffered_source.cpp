#include "buffered_source.h"

#include <algorithm>
#include <cstring>

namespace baosong::crypto {

BufferedSource::BufferedSource(ByteSource& in, std::size_t capacity) : in_(in), buffer_(capacity) {}

bool BufferedSource::fill() {
    if (begin_ < end_) {
        return true;
    }
    if (ended_) {
        return false;
    }
    begin_ = 0;
    end_ = in_.read(buffer_);
    ended_ = end_ == 0;
    return !ended_;
}

std::optional<std::uint8_t> BufferedSource::peek() {
    if (!fill()) {
        return std::nullopt;
    }
    return buffer_[begin_];
}

std::span<const std::uint8_t> BufferedSource::peek(std::size_t count) {
    count = std::min(count, buffer_.size());
    if (end_ - begin_ < count) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
        while (end_ < count && !ended_) {
            const std::size_t n = in_.read(std::span(buffer_).subspan(end_));
            ended_ = n == 0;
            end_ += n;
        }
    }
    return {buffer_.data() + begin_, std::min(count, end_ - begin_)};
}

BufferedSource::LineEnd BufferedSource::readLine(std::string& line, std::size_t maxBytes) {
    line.clear();
    while (fill()) {
        const auto* start = buffer_.data() + begin_;
        const std::size_t available = end_ - begin_;
        const auto* newline = static_cast<const std::uint8_t*>(std::memchr(start, '\n', available));
        const std::size_t take =
            newline == nullptr ? available : static_cast<std::size_t>(newline - start);
        if (line.size() + take > maxBytes) {
            return LineEnd::tooLong;
        }
        line.append(reinterpret_cast<const char*>(start), take);
        begin_ += take;
        if (newline != nullptr) {
            ++begin_;
            return LineEnd::newline;
        }
    }
    return LineEnd::endOfInput;
}

std::size_t BufferedSource::read(std::span<std::uint8_t> buffer) {
    if (buffer.empty()) {
        return 0;
    }
    if (begin_ == end_ && !ended_ && buffer.size() >= buffer_.size()) {
        // Large reads skip the copy through our buffer.
        const std::size_t n = in_.read(buffer);
        ended_ = n == 0;
        return n;
    }
    if (!fill()) {
        return 0;
    }
    const std::size_t n = std::min(buffer.size(), end_ - begin_);
    std::memcpy(buffer.data(), buffer_.data() + begin_, n);
    begin_ += n;
    return n;
}

}  // namespace baosong::crypto
