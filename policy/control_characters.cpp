#include "control_characters.h"

#include <cstdio>

namespace baosong::policy {

namespace {
std::string codePointName(unsigned value) {
    char name[12];
    std::snprintf(name, sizeof name, "U+%04X", value);
    return name;
}
}  // namespace

std::optional<std::string> forbiddenCharacter(std::string_view utf8, TextKind kind) {
    // Byte patterns suffice: every caller holds text already checked as UTF-8, where these
    // bytes start exactly the characters named above and nothing else.
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x20 || byte == 0x7F) {
            if (kind == TextKind::Prose && (byte == '\n' || byte == '\t')) {
                continue;
            }
            return codePointName(byte);
        }
        if (i + 1 < utf8.size() && byte == 0xC2) {
            const auto next = static_cast<unsigned char>(utf8[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {  // C1 controls U+0080–U+009F
                return codePointName(next);
            }
        }
        if (i + 2 < utf8.size() && byte == 0xE2) {
            const auto second = static_cast<unsigned char>(utf8[i + 1]);
            const auto third = static_cast<unsigned char>(utf8[i + 2]);
            const unsigned value = 0x2000u | ((second & 0x3Fu) << 6) | (third & 0x3Fu);
            if ((value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)) {
                return codePointName(value);
            }
        }
    }
    return std::nullopt;
}

}  // namespace baosong::policy
