#pragma once
// A property a fuzz target checks on every input: when it does not hold, the input is a
// finding, so the run stops as on a crash (libFuzzer saves the input; the corpus replay
// of ctest fails naming it).

#include <cstdio>
#include <cstdlib>

namespace baosong::fuzz {

inline void fuzzRequire(bool holds, const char* property) {
    if (!holds) {
        std::fprintf(stderr, "fuzz property failed: %s\n", property);
        std::abort();
    }
}

}  // namespace baosong::fuzz
