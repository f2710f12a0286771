#pragma once
// Byte streams for the age reader and writer: they pull ciphertext from a source and push
// output into a sink one piece at a time, so a file of any size passes through a fixed
// amount of memory.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace baosong::crypto {

class ByteSource {
  public:
    virtual ~ByteSource() = default;
    // Fills up to buffer.size() bytes; returns 0 only at end of input. Throws on I/O error.
    virtual std::size_t read(std::span<std::uint8_t> buffer) = 0;
};

class ByteSink {
  public:
    virtual ~ByteSink() = default;
    // Takes all of bytes or throws.
    virtual void write(std::span<const std::uint8_t> bytes) = 0;
};

// Reads until buffer is full or the input ends; returns how many bytes it got. Sources may
// return short reads before the end (an armor decoder returns one line at a time).
std::size_t readFully(ByteSource& source, std::span<std::uint8_t> buffer);

// A source over bytes the caller keeps alive.
class MemorySource final : public ByteSource {
  public:
    explicit MemorySource(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
    std::size_t read(std::span<std::uint8_t> buffer) override;

  private:
    std::span<const std::uint8_t> bytes_;
    std::size_t position_ = 0;
};

// A sink that keeps everything written to it.
class MemorySink final : public ByteSink {
  public:
    void write(std::span<const std::uint8_t> bytes) override;
    const std::vector<std::uint8_t>& bytes() const noexcept { return bytes_; }

  private:
    std::vector<std::uint8_t> bytes_;
};

// A sink that writes everything to two sinks, the first first.
class TeeSink final : public ByteSink {
  public:
    TeeSink(ByteSink& first, ByteSink& second) : first_(first), second_(second) {}
    void write(std::span<const std::uint8_t> bytes) override {
        first_.write(bytes);
        second_.write(bytes);
    }

  private:
    ByteSink& first_;
    ByteSink& second_;
};

}  // namespace baosong::crypto
