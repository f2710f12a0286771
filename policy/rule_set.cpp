#include "rule_set.h"

#include "chinese_text.h"
#include "parse_error.h"
#include "strict_json.h"

namespace baosong::policy {

namespace {
int positive(StrictObject& o, const char* key, long long low = 0, long long high = 1'000'000'000) {
    const long long value = o.integer(key);
    if (value < low || value > high) {
        throw ParseError(
            "invalid_value", o.pathOf(key),
            "取值应在 " + std::to_string(low) + " 到 " + std::to_string(high) + " 之间");
    }
    return static_cast<int>(value);
}

std::string required(StrictObject& o, const char* key) {
    std::string value = o.string(key);
    if (value.empty()) {
        throw ParseError("missing_key", o.pathOf(key), "缺少必填的值");
    }
    return value;
}

void requireDate(const StrictObject& o, const char* key, const std::string& value) {
    if (!parseDate(value)) {
        throw ParseError("invalid_value", o.pathOf(key), "日期应为 YYYY-MM-DD");
    }
}
}  // namespace

RuleSet parseRuleSet(std::string_view json) {
    const nlohmann::json doc = parseStrictJson(json);
    StrictObject root(doc, "");
    if (root.string("schema") != kRuleSetSchema) {
        throw ParseError("invalid_value", "schema",
                         std::string("应为 \"") + kRuleSetSchema + "\"，不是 baosong 规则集");
    }
    RuleSet r;
    r.campaign = required(root, "campaign");
    r.title = required(root, "title");
    r.notice = required(root, "notice");
    r.deadline = required(root, "deadline");
    requireDate(root, "deadline", r.deadline);
    r.ageReferenceDate =
        root.has("age_reference_date") ? root.string("age_reference_date") : r.deadline;
    requireDate(root, "age_reference_date", r.ageReferenceDate);
    {
        StrictObject youth = root.object("youth");
        r.youthMaxAge = positive(youth, "max_age", 1, 150);
        r.youthInclusive = youth.boolean("inclusive");
        youth.finish();
    }
    {
        StrictObject channels = root.object("channels");
        for (const std::string& name : channels.memberNames()) {
            StrictObject q = channels.object(name.c_str());
            r.channels[name] = {positive(q, "max", 1, 1000), q.boolean("exact"),
                                q.boolean("youth_required")};
            q.finish();
        }
        if (r.channels.empty()) {
            throw ParseError("missing_key", "channels", "至少需要一个推荐渠道的名额");
        }
        channels.finish();
    }
    {
        StrictObject text = root.object("text");
        r.deedsMin = positive(text, "deeds_min");
        r.deedsMax = positive(text, "deeds_max");
        r.storiesMin = positive(text, "stories_min");
        r.storiesMax = positive(text, "stories_max");
        r.storiesTotalMax = positive(text, "stories_total_max");
        if (r.deedsMin > r.deedsMax || r.storiesMin > r.storiesMax) {
            throw ParseError("invalid_value", "text", "下限大于上限");
        }
        text.finish();
    }
    {
        StrictObject photos = root.object("photos");
        r.lifePhotoMinBytes = photos.integer("life_min_bytes");
        if (r.lifePhotoMinBytes < 0 || r.lifePhotoMinBytes > (1LL << 30)) {
            throw ParseError("invalid_value", photos.pathOf("life_min_bytes"),
                             "应在 0 到 1 GiB 之间");
        }
        r.lifePhotoMinCount = positive(photos, "life_min_count");
        r.lifePhotoMaxCount = positive(photos, "life_max_count");
        if (r.lifePhotoMinCount > r.lifePhotoMaxCount) {
            throw ParseError("invalid_value", photos.pathOf("life_min_count"), "下限大于上限");
        }
        const auto& shapes = photos.array("id_shapes_mm");
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            const std::string path = photos.pathOf("id_shapes_mm") + "[" + std::to_string(i) + "]";
            if (!shapes[i].is_array() || shapes[i].size() != 2 || !shapes[i][0].is_number() ||
                !shapes[i][1].is_number() || !(shapes[i][0].get<double>() > 0) ||
                !(shapes[i][1].get<double>() > 0) || shapes[i][0].get<double>() > 1000 ||
                shapes[i][1].get<double>() > 1000) {
                throw ParseError("wrong_type", path, "应为 [宽, 高]（毫米，0 到 1000 之间）");
            }
            r.idPhotoShapesMm.emplace_back(shapes[i][0].get<double>(), shapes[i][1].get<double>());
        }
        r.idPhotoShapeTolerance = photos.number("id_shape_tolerance");
        if (r.idPhotoShapeTolerance < 0 || r.idPhotoShapeTolerance > 0.5) {
            throw ParseError("invalid_value", photos.pathOf("id_shape_tolerance"),
                             "应在 0 到 0.5 之间");
        }
        photos.finish();
    }
    r.vagueTitles = root.strings("vague_titles");
    r.reportProcessWords = root.strings("report_process_words");
    r.nationalHonors = root.strings("national_honors");
    {
        StrictObject topics = root.object("opinion_topics");
        for (const std::string& topic : topics.memberNames()) {
            r.opinionTopics.emplace_back(topic, topics.strings(topic.c_str()));
        }
        topics.finish();
    }
    const auto& awardees = root.array("former_awardees");
    for (std::size_t i = 0; i < awardees.size(); ++i) {
        StrictObject a(awardees[i], "former_awardees[" + std::to_string(i) + "]");
        r.formerAwardees.push_back({required(a, "name"), a.string("employer")});
        a.finish();
    }
    r.lexicons = root.strings("lexicons");
    root.finish();
    return r;
}

}  // namespace baosong::policy
