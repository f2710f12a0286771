#pragma once
// One recipient stanza of an age header (C2SP age, "Recipient stanza"): its arguments
// (the first names the recipient type) and its decoded body.

#include <cstdint>
#include <string>
#include <vector>

namespace baosong::crypto::age {

struct Stanza {
    std::vector<std::string> args = {};
    std::vector<std::uint8_t> body = {};
};

}  // namespace baosong::crypto::age
