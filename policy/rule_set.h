#pragma once
// A campaign's rules as data (policy/rules/<campaign>.json, spec/policy.md "Rule sets are
// data"), so the office can ship next year's rules without a new build.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baosong::policy {

inline constexpr const char* kRuleSetSchema = "baosong.rules/1";

struct ChannelQuota {
    int max = 0;
    bool exact = false;  // league_city must send exactly max
    bool youthRequired = false;
};

struct FormerAwardee {
    std::string name;
    std::string employer;
};

struct RuleSet {
    std::string campaign;
    std::string title;
    std::string notice;
    std::string deadline;          // YYYY-MM-DD
    std::string ageReferenceDate;  // YYYY-MM-DD
    int youthMaxAge = 45;
    bool youthInclusive = true;  // 以下 includes the number (民法典 第1259条)
    std::map<std::string, ChannelQuota> channels;
    int deedsMin = 0;
    int deedsMax = 0;
    int storiesMin = 0;
    int storiesMax = 0;
    int storiesTotalMax = 0;
    long long lifePhotoMinBytes = 0;
    int lifePhotoMinCount = 0;
    int lifePhotoMaxCount = 0;
    std::vector<std::pair<double, double>> idPhotoShapesMm;  // width, height
    double idPhotoShapeTolerance = 0;
    std::vector<std::string> vagueTitles;
    std::vector<std::string> reportProcessWords;
    std::vector<std::pair<std::string, std::vector<std::string>>> opinionTopics;
    std::vector<FormerAwardee> formerAwardees;
    // Words in honors.notes that name a national honour (HONOR_NATIONAL_UNTICKED).
    std::vector<std::string> nationalHonors;
    std::vector<std::string> lexicons;
};

// Strict, like every document: unknown keys, wrong types and missing keys are refused with
// the key path (ParseError), as are values that make no sense (a negative quota).
RuleSet parseRuleSet(std::string_view json);

// The rule sets built into this release (policy/rules/*.json), by campaign id.
const std::map<std::string, std::string_view>& builtInRuleSets();

}  // namespace baosong::policy
