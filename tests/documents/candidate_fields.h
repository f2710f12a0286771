#pragma once
// The fields of a candidate every form of the 推荐表 must show, for the tests that look
// for them in a document's text.

#include <string>
#include <vector>

#include "policy/submission.h"

namespace baosong::test {

// Each single-line field, the opinions and each history entry's unit and work.
std::vector<std::string> candidateFields(const policy::Candidate& candidate);

}  // namespace baosong::test
