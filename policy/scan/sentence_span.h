#pragma once
// Sentences, as the scanner and the review see them: text between 。！？； (and their ASCII
// forms) or line ends. Context escalation looks within one; a clearance holds for one.

#include <cstddef>
#include <string>
#include <utility>

namespace baosong::policy {

bool isSentenceEnd(char32_t c);

// The sentence holding [start, end): from after the previous sentence end to just before
// the next one (its terminator excluded).
std::pair<std::size_t, std::size_t> sentenceAround(const std::u32string& text, std::size_t start,
                                                   std::size_t end);

}  // namespace baosong::policy
