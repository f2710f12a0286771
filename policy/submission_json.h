#pragma once
// The interchange JSON of spec/submission.md, read strictly and written back in the order
// the spec lists the keys.

#include <string>
#include <string_view>

#include "submission.h"

namespace baosong::policy {

// Throws ParseError naming the key path of the first problem.
Submission parseSubmission(std::string_view json);

// Pretty-printed UTF-8 (characters are written as themselves, not \u escapes), ending in a
// newline. parseSubmission(toJson(s)) == s for every s.
std::string toJson(const Submission& submission);

}  // namespace baosong::policy
