#pragma once
// Hex text as bytes, for tests that write standards' vectors as the standards print them.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::test {

inline std::vector<std::uint8_t> fromHex(std::string_view hex) {
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out.push_back(
            static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
    }
    return out;
}

}  // namespace baosong::test
