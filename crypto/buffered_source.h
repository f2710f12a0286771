#pragma once
// A ByteSource with a small read-ahead buffer, for formats that are read line by line
// before a binary part (the age header, the ASCII armor).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "byte_stream.h"

namespace baosong::crypto {

class BufferedSource final : public ByteSource {
  public:
    explicit BufferedSource(ByteSource& in, std::size_t capacity = 4096);
    BufferedSource(const BufferedSource&) = delete;
    BufferedSource& operator=(const BufferedSource&) = delete;

    // The next byte without consuming it; nullopt at end of input.
    std::optional<std::uint8_t> peek();
    // The next count bytes (fewer only at end of input; count at most the capacity)
    // without consuming them. The view lasts until the next call.
    std::span<const std::uint8_t> peek(std::size_t count);

    enum class LineEnd { newline, endOfInput, tooLong };
    // Replaces line with the bytes up to the next '\n' (consumed, not stored). Stops
    // with tooLong once line would exceed maxBytes, and with endOfInput if the input ends
    // first (line then holds what came before the end).
    LineEnd readLine(std::string& line, std::size_t maxBytes);

    std::size_t read(std::span<std::uint8_t> buffer) override;

  private:
    bool fill();  // false at end of input
    ByteSource& in_;
    std::vector<std::uint8_t> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool ended_ = false;
};

}  // namespace baosong::crypto
