// The seal's second thread: every byte arrives in order, and an error on the worker
// reaches the writer instead of vanishing.

#include <gtest/gtest.h>

#include <numeric>
#include <stdexcept>

#include "bundle/background_sink.h"
#include "crypto/byte_stream.h"

namespace baosong::test {
namespace {

using app::bundle::BackgroundSink;

TEST(BackgroundSink, DeliversEveryByteInOrder) {
    crypto::MemorySink out;
    std::vector<std::uint8_t> data(5 * BackgroundSink::kSlotBytes + 12345);
    std::iota(data.begin(), data.end(), std::uint8_t{0});
    {
        BackgroundSink sink(out);
        for (std::size_t at = 0; at < data.size(); at += 65552) {
            sink.write(std::span(data).subspan(at, std::min<std::size_t>(65552, data.size() - at)));
        }
        sink.finish();
    }
    EXPECT_EQ(out.bytes(), data);
}

class FailingSink final : public crypto::ByteSink {
  public:
    void write(std::span<const std::uint8_t> bytes) override {
        written += bytes.size();
        if (written > 3 * BackgroundSink::kSlotBytes) {
            throw std::runtime_error("disk full");
        }
    }
    std::size_t written = 0;
};

TEST(BackgroundSink, AnErrorOnTheWorkerReachesTheWriter) {
    FailingSink out;
    BackgroundSink sink(out);
    const std::vector<std::uint8_t> piece(BackgroundSink::kSlotBytes, 7);
    EXPECT_THROW(
        {
            for (int i = 0; i < 64; ++i) {
                sink.write(piece);
            }
            sink.finish();
        },
        std::runtime_error);
}

}  // namespace
}  // namespace baosong::test
