#include "policy/rule_set.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "policy/parse_error.h"

namespace baosong::policy {
namespace {

using nlohmann::json;

json builtIn() {
    return json::parse(builtInRuleSets().at("nmg-zuimei-2023"));
}

std::pair<std::string, std::string> failure(const json& doc) {
    try {
        parseRuleSet(doc.dump());
    } catch (const ParseError& e) {
        return {e.code(), e.keyPath()};
    }
    return {"no error", ""};
}

TEST(RuleSet, The2023RulesAreTheNotices) {
    const RuleSet r = parseRuleSet(builtInRuleSets().at("nmg-zuimei-2023"));
    EXPECT_EQ(r.campaign, "nmg-zuimei-2023");
    EXPECT_EQ(r.deadline, "2023-07-16");
    EXPECT_EQ(r.youthMaxAge, 45);
    EXPECT_TRUE(r.youthInclusive);
    EXPECT_EQ(r.channels.at("defense_unit").max, 3);
    EXPECT_TRUE(r.channels.at("defense_unit").youthRequired);
    EXPECT_EQ(r.channels.at("league_city").max, 5);
    EXPECT_TRUE(r.channels.at("league_city").exact);
    EXPECT_EQ(r.channels.at("regional_society").max, 2);
    EXPECT_FALSE(r.channels.at("regional_society").youthRequired);
    EXPECT_EQ(r.channels.at("regional_institution").max, 3);
    EXPECT_EQ(r.storiesTotalMax, 2000);
    EXPECT_EQ(r.lifePhotoMinBytes, 2097152);
    EXPECT_TRUE(r.formerAwardees.empty());
    EXPECT_EQ(r.opinionTopics.size(), 5u);
}

TEST(RuleSet, EveryBuiltInRuleSetParsesUnderItsOwnName) {
    for (const auto& [name, text] : builtInRuleSets()) {
        EXPECT_EQ(parseRuleSet(text).campaign, name);
    }
}

TEST(RuleSet, MalformedRuleSetsNameTheKeyPath) {
    json doc = builtIn();
    doc["channels"]["defense_unit"]["maximum"] = 3;
    EXPECT_EQ(failure(doc), std::make_pair(std::string("unknown_key"),
                                           std::string("channels.defense_unit.maximum")));
    doc = builtIn();
    doc["youth"]["max_age"] = "45";
    EXPECT_EQ(failure(doc),
              std::make_pair(std::string("wrong_type"), std::string("youth.max_age")));
    doc = builtIn();
    doc["channels"]["league_city"]["max"] = 0;
    EXPECT_EQ(failure(doc).second, "channels.league_city.max");
    doc = builtIn();
    doc["photos"]["id_shapes_mm"][1] = {33};
    EXPECT_EQ(failure(doc).second, "photos.id_shapes_mm[1]");
    doc = builtIn();
    doc["former_awardees"] = {{{"employer", "某所"}}};
    EXPECT_EQ(failure(doc).second, "former_awardees[0].name");
    doc = builtIn();
    doc["deadline"] = "2023/07/16";
    EXPECT_EQ(failure(doc).second, "deadline");
    doc = builtIn();
    doc["text"].erase("deeds_min");
    EXPECT_EQ(failure(doc),
              std::make_pair(std::string("missing_key"), std::string("text.deeds_min")));
    doc = builtIn();
    doc["schema"] = "baosong.rules/2";
    EXPECT_EQ(failure(doc).second, "schema");
    doc = builtIn();
    doc["deadline"] = "2023-07-32";  // the right shape, not a day
    EXPECT_EQ(failure(doc).second, "deadline");
    doc = builtIn();
    doc["age_reference_date"] = "2023-13-16";
    EXPECT_EQ(failure(doc).second, "age_reference_date");
    doc = builtIn();
    doc["photos"]["id_shapes_mm"][0] = {1e300, 49};
    EXPECT_EQ(failure(doc).second, "photos.id_shapes_mm[0]");
    doc = builtIn();
    doc["photos"]["life_min_count"] = 6;  // above life_max_count
    EXPECT_EQ(failure(doc).second, "photos.life_min_count");
    doc = builtIn();
    doc["text"]["deeds_min"] = 2000;  // above deeds_max
    EXPECT_EQ(failure(doc).first, "invalid_value");
}

TEST(RuleSet, AgeReferenceDefaultsToTheDeadline) {
    json doc = builtIn();
    doc.erase("age_reference_date");
    doc["deadline"] = "2024-07-16";
    EXPECT_EQ(parseRuleSet(doc.dump()).ageReferenceDate, "2024-07-16");
}

}  // namespace
}  // namespace baosong::policy
