#include "age_armor.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "age_error.h"
#include "base64.h"

namespace baosong::crypto::age {

namespace {
constexpr std::string_view kBeginLine = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr std::string_view kEndLine = "-----END AGE ENCRYPTED FILE-----";
constexpr std::size_t kColumns = 64;
constexpr std::size_t kMaxLineBytes = kColumns + 1;  // before a CR of CRLF is dropped

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

bool isSpace(std::uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

void dropCarriageReturn(std::string& line) {
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
}
}  // namespace

ArmorWriter::ArmorWriter(ByteSink& out) : out_(out) {
    out_.write(bytesOf(kBeginLine));
    out_.write(bytesOf("\n"));
}

void ArmorWriter::write(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        const std::size_t n = std::min(bytes.size(), pending_.size() - filled_);
        std::memcpy(pending_.data() + filled_, bytes.data(), n);
        filled_ += n;
        bytes = bytes.subspan(n);
        if (filled_ == pending_.size()) {
            emitLine();
        }
    }
}

void ArmorWriter::finish() {
    if (filled_ > 0) {
        emitLine();
    }
    out_.write(bytesOf(kEndLine));
    out_.write(bytesOf("\n"));
}

void ArmorWriter::emitLine() {
    const std::string line = base64Encode(std::span(pending_.data(), filled_)) + "\n";
    out_.write(bytesOf(line));
    filled_ = 0;
}

std::size_t ArmorReader::read(std::span<std::uint8_t> buffer) {
    while (position_ == size_) {
        switch (state_) {
            case State::beforeBegin:
                begin();
                break;
            case State::inBody:
            case State::afterFinalLine:
                nextLine();
                break;
            case State::ended:
                return 0;
        }
    }
    const std::size_t n = std::min(buffer.size(), size_ - position_);
    std::memcpy(buffer.data(), decoded_.data() + position_, n);
    position_ += n;
    return n;
}

void ArmorReader::begin() {
    std::uint8_t skipped = 0;
    while (const auto next = in_.peek()) {
        if (!isSpace(*next)) {
            break;
        }
        in_.read(std::span(&skipped, 1));
    }
    if (in_.readLine(line_, kBeginLine.size() + 1) != BufferedSource::LineEnd::newline) {
        throw armorInvalid();
    }
    dropCarriageReturn(line_);
    if (line_ != kBeginLine) {
        throw armorInvalid();
    }
    state_ = State::inBody;
}

void ArmorReader::nextLine() {
    const auto lineEnd = in_.readLine(line_, std::max(kMaxLineBytes, kEndLine.size() + 1));
    if (lineEnd == BufferedSource::LineEnd::tooLong) {
        throw armorInvalid();
    }
    dropCarriageReturn(line_);
    if (line_ == kEndLine) {
        end();
        return;
    }
    // A data line needs its line end; after a short (final) line only the end line may come.
    if (lineEnd != BufferedSource::LineEnd::newline || state_ == State::afterFinalLine ||
        line_.empty() || line_.size() > kColumns) {
        throw armorInvalid();
    }
    std::vector<std::uint8_t> bytes;
    try {
        bytes = base64Decode(line_);
    } catch (const CryptoError&) {
        throw armorInvalid();
    }
    std::copy(bytes.begin(), bytes.end(), decoded_.begin());
    position_ = 0;
    size_ = bytes.size();
    if (size_ < decoded_.size()) {
        state_ = State::afterFinalLine;
    }
}

void ArmorReader::end() {
    // Only white space may follow the end line.
    std::array<std::uint8_t, 512> rest{};
    while (const std::size_t n = in_.read(rest)) {
        if (!std::all_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(n), isSpace)) {
            throw armorInvalid();
        }
    }
    state_ = State::ended;
}

}  // namespace baosong::crypto::age
