#include "normalized_text.h"

#include <algorithm>

#include "policy/utf8_codec.h"

namespace baosong::policy {

OriginalSpan NormalizedText::originalSpan(std::size_t from, std::size_t to) const {
    if (from >= to || from >= origin.size()) {
        const std::size_t at = from < origin.size() ? origin[from].start
                               : origin.empty()     ? 0
                                                    : origin.back().end;
        return {at, at};
    }
    return {origin[from].start, origin[std::min(to, origin.size()) - 1].end};
}

std::string NormalizedText::utf8() const {
    std::string out;
    for (const char32_t c : text) {
        appendUtf8(out, c);
    }
    return out;
}

}  // namespace baosong::policy
