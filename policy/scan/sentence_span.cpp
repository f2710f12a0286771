#include "sentence_span.h"

namespace baosong::policy {

bool isSentenceEnd(char32_t c) {
    return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '!' || c == '?' ||
           c == ';' || c == '\n' || c == '\r';
}

std::pair<std::size_t, std::size_t> sentenceAround(const std::u32string& text, std::size_t start,
                                                   std::size_t end) {
    std::size_t from = std::min(start, text.size());
    while (from > 0 && !isSentenceEnd(text[from - 1])) {
        --from;
    }
    std::size_t to = std::min(std::max(end, from), text.size());
    while (to < text.size() && !isSentenceEnd(text[to])) {
        ++to;
    }
    return {from, to};
}

}  // namespace baosong::policy
