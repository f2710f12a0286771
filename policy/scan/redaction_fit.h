#pragma once
// A redaction written into its sentence. The scanner's advice names a whole phrase (改为
// “某项目”), while a match may stop short of the word that follows it: "“天穹”项目" matched
// at "“天穹”" and replaced by 某项目 would read "某项目项目". The replacement gives up what
// the text beside it already says, so the sentence reads once.

#include <cstddef>
#include <string>

namespace baosong::policy {

// text with [start, end) replaced by replacement, less any part of the replacement the text
// already has right after the match (or right before it): the longest such overlap of at
// least two characters. One character is not enough to tell: 某部 before 部署 is "某部部署"
// (a unit deployed), not a repeat.
std::u32string redactedText(const std::u32string& text, std::size_t start, std::size_t end,
                            const std::u32string& replacement);

}  // namespace baosong::policy
