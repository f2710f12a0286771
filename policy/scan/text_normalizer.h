#pragma once
// scanner.md §0: the view of a text that patterns and keywords match against.
//   1. NFKC (ICU): full-width → half-width, ㊙ → 秘, ① → 1, ⾦ → 金, U+3000 → space;
//   2. default-ignorable code points removed (U+200B, U+00AD, variation selectors …);
//   3. look-alikes folded: dashes → "-", stars → "★", tildes → "~";
//   4. traditional → simplified, character by character (OpenCC);
//   5. white space dropped between two CJK characters or two digits ("秘 密", "9 1 3");
//   6. Chinese numerals in numeric contexts become digits (chinese_numerals.h).
// Every character of the result keeps the span of original code points it came from.

#include <string>
#include <string_view>

#include "normalized_text.h"
#include "traditional_to_simplified.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace baosong::policy {

class TextNormalizer {
  public:
    // Throws ParseError when ICU's NFKC data or OpenCC's data cannot be loaded.
    TextNormalizer();

    // Throws ParseError("invalid_utf8") naming the byte offset.
    NormalizedText normalize(std::string_view utf8) const;
    NormalizedText normalize(const std::u32string& text) const;

  private:
    const icu::Normalizer2* nfkc_;
    TraditionalToSimplified t2s_;
};

}  // namespace baosong::policy
