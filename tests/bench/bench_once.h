#pragma once
// `tests/bench/run --once` (ctest's bench.all) sets BAOSONG_BENCH_ONCE=1: every benchmark
// runs once at a small size, so that one that breaks fails CI. Its figures mean nothing.

#include <cstdlib>
#include <string_view>

namespace baosong::bench {

inline bool once() {
    const char* value = std::getenv("BAOSONG_BENCH_ONCE");
    return value != nullptr && std::string_view(value) == "1";
}

}  // namespace baosong::bench
