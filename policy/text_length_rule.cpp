#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

// 附件1 填表说明 8: 主要事迹 1500 字左右，感人故事 2000 字以内; 感人故事（1—2个）.
void checkTextLengths(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    const RuleSet& r = in.rules;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        const auto deeds = static_cast<int>(countCharacters(c.deeds));
        if (deeds > 0 && (deeds < r.deedsMin || deeds > r.deedsMax)) {
            report(out, "DEEDS_LENGTH", Severity::Warning, i, "deeds",
                   findingWords("DEEDS_LENGTH", {{"who", candidateLabel(s, i)},
                                                 {"count", plain(std::to_string(deeds))},
                                                 {"min", plain(std::to_string(r.deedsMin))},
                                                 {"max", plain(std::to_string(r.deedsMax))}}));
        }
        std::size_t stories = 0;
        int total = 0;
        for (const auto& story : c.stories) {
            const auto n = static_cast<int>(countCharacters(story));
            stories += n > 0 ? 1 : 0;
            total += n;
        }
        if (static_cast<int>(stories) < r.storiesMin || static_cast<int>(stories) > r.storiesMax) {
            report(out, "STORY_COUNT", Severity::Error, i, "stories",
                   findingWords("STORY_COUNT", {{"who", candidateLabel(s, i)},
                                                {"count", plain(std::to_string(stories))},
                                                {"min", plain(std::to_string(r.storiesMin))},
                                                {"max", plain(std::to_string(r.storiesMax))}}));
        }
        if (total > r.storiesTotalMax) {
            report(
                out, "STORY_LENGTH", Severity::Error, i, "stories",
                findingWords("STORY_LENGTH", {{"who", candidateLabel(s, i)},
                                              {"count", plain(std::to_string(total))},
                                              {"max", plain(std::to_string(r.storiesTotalMax))}}));
        }
    }
}

}  // namespace baosong::policy
