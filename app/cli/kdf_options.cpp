#include "kdf_options.h"

#include <bit>
#include <charconv>

#include "usage_error.h"

namespace baosong::cli {

namespace {
std::uint64_t number(const Arguments& args, const char* name, std::uint64_t fallback,
                     std::uint64_t low, std::uint64_t high) {
    const auto text = args.value(name);
    if (!text) {
        return fallback;
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high) {
        throw usageError(app::Text("usage_number_range")
                             .with("option", name)
                             .with("low", std::to_string(low))
                             .with("high", std::to_string(high)));
    }
    return value;
}
}  // namespace

crypto::Argon2idParams kdfParamsFrom(const Arguments& args, const crypto::Argon2idParams& base) {
    crypto::Argon2idParams params = base;
    const std::uint64_t mib = number(args, "--kdf-memory-mib", params.memoryBytes >> 20, 64, 4096);
    if (!std::has_single_bit(mib)) {
        throw usageError(app::Text("usage_kdf_memory"));
    }
    params.memoryBytes = mib << 20;
    params.passes = number(args, "--kdf-passes", params.passes, 1, 16);
    return params;
}

}  // namespace baosong::cli
