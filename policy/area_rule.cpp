#include <array>
#include <string_view>

#include "check_rules.h"

namespace baosong::policy {

namespace {
// 附件1 推荐领域 and 附件2 研究领域属于理工农医哪科.
constexpr std::array<std::string_view, 5> kAreas = {
    "面向世界科技前沿", "面向经济主战场", "面向国家重大需求", "面向人民生命健康", "社会服务"};
constexpr std::array<std::string_view, 4> kDisciplines = {"理", "工", "农", "医"};

template <std::size_t N>
bool oneOf(std::string_view value, const std::array<std::string_view, N>& allowed) {
    for (auto a : allowed) {
        if (value == a) {
            return true;
        }
    }
    return false;
}
}  // namespace

void checkAreas(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        if (c.areas.empty()) {
            report(out, "AREA_INVALID", Severity::Error, i, "areas",
                   findingWords("AREA_INVALID.none", {{"who", candidateLabel(s, i)}}));
        }
        for (const auto& area : c.areas) {
            if (!oneOf(area, kAreas)) {
                report(out, "AREA_INVALID", Severity::Error, i, "areas",
                       findingWords("AREA_INVALID.unknown",
                                    {{"who", candidateLabel(s, i)}, {"area", plain(area)}}));
            }
        }
        if (!oneOf(c.discipline, kDisciplines)) {
            report(out, "DISCIPLINE_INVALID", Severity::Error, i, "discipline",
                   findingWords("DISCIPLINE_INVALID", {{"who", candidateLabel(s, i)},
                                                       {"discipline", plain(c.discipline)}}));
        }
    }
}

}  // namespace baosong::policy
