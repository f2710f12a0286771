#pragma once
// scanner.md §0.6: Chinese numerals become digits, in numeric contexts only, so that
// 一千五百公里, 九三七一四部队, 三十度十二分, 二百四十套 and 机密★十年 match the same patterns as
// their Arabic forms, while 统一, 一流 and 十余项 stay as they are.
//
// A context is a run of numerals followed by a unit or measure word (公里, 套, 部队, 度, 分,
// 年, 月 …) or preceded by 射程, 经费 or 交付. Positional numerals (十百千万亿, with 零 and 两)
// are evaluated; runs without them are read digit by digit (九一二 → 912, 二〇二三 → 2023).
// Every digit produced maps to the whole original run.

#include <vector>

#include "normalized_text.h"

namespace baosong::policy {

std::vector<ViewChar> convertChineseNumerals(const std::vector<ViewChar>& text);

}  // namespace baosong::policy
