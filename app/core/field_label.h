#pragma once
// The fields of a submission as the form names them, for every front end that shows a
// scanner flag or a decision: 主要事迹, 感人故事一, 学习工作经历第 3 行 工作单位, and the
// candidate by name, never the key paths ("deeds", "stories[0]", "history[2].unit") the
// JSON carries (those stay in --json output). One owner, so the CLI, the review page and
// the form's own labels say the same.

#include <cstddef>
#include <optional>
#include <string>

#include "base/text.h"
#include "policy/submission.h"

namespace baosong::app {

// A key path of policy/scan/submission_scan.h; an unknown one is shown as it is.
Text fieldLabel(const std::string& field);

// The index-th story (0-based): 感人故事一 / story 1.
Text storyLabel(std::size_t index);

// The candidate's name, or 第 N 名候选人 while the name is empty.
Text candidateLabel(const policy::Submission& submission, std::size_t index);

}  // namespace baosong::app
