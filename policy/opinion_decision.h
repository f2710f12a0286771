#pragma once
// Whether an opinion states its decision, as 附件1 asks of every opinion box
// ("意见中应明确写出是否同意推荐"): the unit's 所在单位意见 and the 推荐单位意见, which the
// office writes for defense units.

#include <string>

namespace baosong::policy {

enum class OpinionDecision { None, Agree, Refuse };

// Refuse when it says 不同意推荐, Agree when it says 同意推荐 otherwise, else None.
OpinionDecision opinionDecision(const std::string& opinion);

}  // namespace baosong::policy
