#pragma once
// The scanner's view of a text (scanner.md §0) and the map back to the original: every
// character of the view knows which code points of the original it came from, so a match
// in the view is shown to the reviewer as the exact original span.

#include <cstddef>
#include <string>
#include <vector>

namespace baosong::policy {

struct OriginalSpan {
    std::size_t start = 0;  // code points in the original text, end exclusive
    std::size_t end = 0;
    bool operator==(const OriginalSpan&) const = default;
};

// One character of the view on its way through the normalisation steps.
struct ViewChar {
    char32_t c;
    OriginalSpan span;
};

struct NormalizedText {
    std::u32string text;               // the normalised, de-spaced view
    std::vector<OriginalSpan> origin;  // one per character of text

    // The original span behind text[from, to): from the first character's start to the
    // last one's end. Empty spans map to an empty span at the position.
    OriginalSpan originalSpan(std::size_t from, std::size_t to) const;
    std::string utf8() const;  // the view as UTF-8, for tests and messages
};

}  // namespace baosong::policy
