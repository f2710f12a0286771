#include "redaction_fit.h"

#include <algorithm>

namespace baosong::policy {

namespace {
constexpr std::size_t kLeastOverlap = 2;

// The longest n >= kLeastOverlap such that the last n characters of left are the first n
// of right; 0 when there is none.
std::size_t overlap(std::u32string_view left, std::u32string_view right) {
    for (std::size_t n = std::min(left.size(), right.size()); n >= kLeastOverlap; --n) {
        if (left.substr(left.size() - n) == right.substr(0, n)) {
            return n;
        }
    }
    return 0;
}
}  // namespace

std::u32string redactedText(const std::u32string& text, std::size_t start, std::size_t end,
                            const std::u32string& replacement) {
    end = std::min(end, text.size());
    start = std::min(start, end);
    const std::u32string_view before = std::u32string_view(text).substr(0, start);
    const std::u32string_view after = std::u32string_view(text).substr(end);
    std::u32string_view kept = replacement;
    kept.remove_suffix(overlap(kept, after));
    kept.remove_prefix(overlap(before, kept));
    std::u32string out(before);
    out += kept;
    out += after;
    return out;
}

}  // namespace baosong::policy
