#pragma once
// age's ASCII armor (C2SP age, "ASCII armor"): strict PEM of RFC 7468 §3 with label
// "AGE ENCRYPTED FILE": padded base64 in lines of 64 columns, the last one shorter or
// full, then the end line. We accept LF or CRLF at each line end and white space before
// the begin line and after the end line; anything else is refused, because a lax parser
// would make armored files malleable.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "buffered_source.h"
#include "byte_stream.h"

namespace baosong::crypto::age {

// Encodes what is written into it and passes the lines on to out.
class ArmorWriter final : public ByteSink {
  public:
    // Writes the begin line at once.
    explicit ArmorWriter(ByteSink& out);
    void write(std::span<const std::uint8_t> bytes) override;
    // Writes the last (shorter) line and the end line.
    void finish();

  private:
    void emitLine();
    ByteSink& out_;
    std::array<std::uint8_t, 48> pending_{};  // 48 bytes make one 64-column line
    std::size_t filled_ = 0;
};

// Decodes armored input line by line, holding one decoded line. Throws armorInvalid().
class ArmorReader final : public ByteSource {
  public:
    explicit ArmorReader(BufferedSource& in) : in_(in) {}
    std::size_t read(std::span<std::uint8_t> buffer) override;

  private:
    void begin();
    void nextLine();
    void end();
    BufferedSource& in_;
    enum class State { beforeBegin, inBody, afterFinalLine, ended } state_ = State::beforeBegin;
    std::string line_;
    std::array<std::uint8_t, 48> decoded_{};
    std::size_t position_ = 0;
    std::size_t size_ = 0;
};

}  // namespace baosong::crypto::age
