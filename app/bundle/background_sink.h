#pragma once
// A sink whose writes are carried out by a second thread, so that sealing uses both
// cores of a unit's PC: this thread reads the vault and encrypts while the other hashes
// the ciphertext (SHA-256, BLAKE2b) and writes it out. Memory stays bounded: at most
// kSlots buffers of kSlotBytes wait at any time.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "crypto/byte_stream.h"

namespace baosong::app::bundle {

class BackgroundSink final : public crypto::ByteSink {
  public:
    static constexpr std::size_t kSlotBytes = std::size_t{256} << 10;
    static constexpr std::size_t kSlots = 4;

    explicit BackgroundSink(crypto::ByteSink& next);
    // Stops the worker; pending bytes are dropped unless finish() ran.
    ~BackgroundSink() override;
    BackgroundSink(const BackgroundSink&) = delete;
    BackgroundSink& operator=(const BackgroundSink&) = delete;

    // Rethrows, on this thread, the first error the worker met.
    void write(std::span<const std::uint8_t> bytes) override;
    // Hands over what is buffered, waits until everything is written, rethrows any error.
    void finish();

  private:
    void run();
    void hand(std::vector<std::uint8_t>&& buffer);
    void rethrow();

    crypto::ByteSink& next_;
    std::vector<std::uint8_t> filling_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<std::uint8_t>> queue_;
    bool closing_ = false;
    bool busy_ = false;
    std::exception_ptr error_;
    std::thread worker_;
};

}  // namespace baosong::app::bundle
