// Arbitrary text into the rule-set parser (policy/rule_set.h): every input ends in a
// RuleSet or a ParseError, never a crash or another exception. What it promises is checked
// too: a rule set it accepts makes sense (rule_set.h: "values that make no sense" are
// refused; a file the office ships cannot set a negative quota, a lower bound above its
// upper one, or a date that is no date), since the checker relies on that unchecked.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_require.h"
#include "policy/chinese_text.h"
#include "policy/parse_error.h"
#include "policy/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    using fuzz::fuzzRequire;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    policy::RuleSet r;
    try {
        r = policy::parseRuleSet(text);
    } catch (const policy::ParseError&) {
        return 0;
    }
    fuzzRequire(!r.campaign.empty() && !r.title.empty() && !r.notice.empty(),
                "campaign, title and notice are given");
    fuzzRequire(policy::parseDate(r.deadline) && policy::parseDate(r.ageReferenceDate),
                "the dates are dates");
    fuzzRequire(r.youthMaxAge >= 1 && r.youthMaxAge <= 150, "the youth age is an age");
    fuzzRequire(!r.channels.empty(), "at least one channel");
    for (const auto& [name, quota] : r.channels) {
        fuzzRequire(quota.max >= 1 && quota.max <= 1000, "a channel's quota is 1 to 1000");
    }
    fuzzRequire(r.deedsMin >= 0 && r.deedsMin <= r.deedsMax, "deeds bounds are ordered");
    fuzzRequire(r.storiesMin >= 0 && r.storiesMin <= r.storiesMax, "story bounds are ordered");
    fuzzRequire(r.storiesTotalMax >= 0, "the stories' total is not negative");
    fuzzRequire(r.lifePhotoMinBytes >= 0, "the life photo size is not negative");
    fuzzRequire(r.lifePhotoMinCount >= 0 && r.lifePhotoMinCount <= r.lifePhotoMaxCount,
                "life photo counts are ordered");
    for (const auto& [width, height] : r.idPhotoShapesMm) {
        fuzzRequire(width > 0 && width <= 1000 && height > 0 && height <= 1000,
                    "an ID photo shape is 0 to 1000 mm");
    }
    fuzzRequire(r.idPhotoShapeTolerance >= 0 && r.idPhotoShapeTolerance <= 0.5,
                "the shape tolerance is 0 to 0.5");
    for (const auto& awardee : r.formerAwardees) {
        fuzzRequire(!awardee.name.empty(), "a former awardee has a name");
    }
    return 0;
}
