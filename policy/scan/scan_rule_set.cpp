#include "scan_rule_set.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "policy/parse_error.h"
#include "policy/strict_json.h"

namespace baosong::policy {

// Generated at configure time from policy/scan/rules/*.json (policy/scan/CMakeLists.txt).
const std::map<std::string, std::string_view>& builtInScanRuleFiles();

namespace {
constexpr std::array<std::string_view, 2> kSeverities = {"review", "block"};

FlagSeverity severityFrom(const std::string& name, FlagSeverity fallback) {
    if (name.empty()) {
        return fallback;
    }
    return name == "block" ? FlagSeverity::Block : FlagSeverity::Review;
}

ScanRule parseRule(StrictObject object, FlagSeverity categorySeverity) {
    ScanRule rule;
    rule.id = object.string("id");
    if (rule.id.empty()) {
        throw ParseError("missing_key", object.pathOf("id"), "每条规则都要有 id");
    }
    rule.severity = severityFrom(object.oneOf("severity", kSeverities), categorySeverity);
    rule.message = object.string("message");
    rule.messageEn = object.string("message_en");
    if (rule.message.empty() != rule.messageEn.empty()) {
        throw ParseError("invalid_value", object.pathOf("message_en"),
                         "message 与 message_en 须同时给出（中文和英文各一）");
    }
    rule.pattern = object.string("pattern");
    rule.keywords = object.strings("keywords");
    rule.originalCharacters = object.strings("original_characters");
    rule.near = object.strings("near");
    if (object.has("window")) {
        const long long window = object.integer("window");
        if (window < 1 || window > 100) {
            throw ParseError("invalid_value", object.pathOf("window"), "window 应在 1 到 100 之间");
        }
        rule.window = static_cast<std::size_t>(window);
    }
    rule.unlessHas = object.strings("unless_has");
    const int kinds = (rule.pattern.empty() ? 0 : 1) + (rule.keywords.empty() ? 0 : 1) +
                      (rule.originalCharacters.empty() ? 0 : 1);
    if (kinds != 1) {
        throw ParseError("invalid_value", object.path(),
                         "规则须恰有 pattern、keywords、original_characters 之一");
    }
    object.finish();
    return rule;
}
}  // namespace

const char* severityName(FlagSeverity severity) {
    return severity == FlagSeverity::Block ? "block" : "review";
}

const std::vector<std::string>& scanCategories() {
    static const std::vector<std::string> categories = {
        "MARKING",      "CLASSIFIED_TERM", "MILITARY_UNIT", "WEAPON_DESIGNATION",
        "GEO_LOCATION", "PROJECT_CODE",    "TECH_SPEC",     "FREQUENCY",
        "QUANTITY"};
    return categories;
}

const CategoryRules* ScanRuleSet::find(std::string_view category) const {
    const auto it = std::find_if(categories.begin(), categories.end(),
                                 [&](const CategoryRules& c) { return c.category == category; });
    return it == categories.end() ? nullptr : &*it;
}

CategoryRules parseCategoryRules(std::string_view json) {
    const nlohmann::json document = parseStrictJson(json);
    if (!document.is_object()) {
        throw ParseError("wrong_type", "", "扫描规则文件应为 JSON 对象");
    }
    StrictObject root(document, "");
    if (root.string("format") != kScanRulesFormat) {
        throw ParseError("invalid_value", "format",
                         std::string("扫描规则文件的 format 应为 ") + kScanRulesFormat);
    }
    CategoryRules rules;
    rules.category = root.string("category");
    const auto& known = scanCategories();
    if (std::find(known.begin(), known.end(), rules.category) == known.end()) {
        throw ParseError("invalid_value", "category", "未知的敏感类别“" + rules.category + "”");
    }
    rules.title = root.string("title");
    rules.titleEn = root.string("title_en");
    rules.redaction = root.string("redaction");
    rules.message = root.string("message");
    rules.messageEn = root.string("message_en");
    const FlagSeverity severity =
        severityFrom(root.oneOf("severity", kSeverities), FlagSeverity::Block);
    const nlohmann::json& list = root.array("rules");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = "rules[" + std::to_string(i) + "]";
        if (!list[i].is_object()) {
            throw ParseError("wrong_type", path, "规则应为 JSON 对象");
        }
        rules.rules.push_back(parseRule(StrictObject(list[i], path), severity));
        if (rules.rules.back().id.rfind(rules.category + ".", 0) != 0) {
            throw ParseError("invalid_value", path + ".id",
                             "规则 id 应以“" + rules.category + ".”开头");
        }
    }
    StrictObject allow = root.object("allow");
    rules.allowKeywords = allow.strings("keywords");
    rules.allowPatterns = allow.strings("patterns");
    allow.finish();
    StrictObject escalate = root.object("escalate");
    rules.escalation.sentenceHas = escalate.strings("sentence_has");
    escalate.finish();
    for (const std::string& category : rules.escalation.sentenceHas) {
        if (std::find(known.begin(), known.end(), category) == known.end()) {
            throw ParseError("invalid_value", "escalate.sentence_has",
                             "未知的敏感类别“" + category + "”");
        }
    }
    root.finish();
    // The category's words, in both languages (scanner.md): the reviewer reads them.
    for (const auto& [key, value] :
         {std::pair{"title", &rules.title}, std::pair{"title_en", &rules.titleEn},
          std::pair{"message", &rules.message}, std::pair{"message_en", &rules.messageEn}}) {
        if (value->empty()) {
            throw ParseError(
                "missing_key", key,
                "扫描规则文件须有 title、title_en、message 和 message_en（中文和英文各一）");
        }
    }
    return rules;
}

const ScanRuleSet& builtInScanRules() {
    static const ScanRuleSet set = [] {
        ScanRuleSet built;
        std::set<std::string> ids;
        for (const auto& [name, json] : builtInScanRuleFiles()) {
            CategoryRules rules = parseCategoryRules(json);
            if (built.find(rules.category) != nullptr) {
                throw ParseError("duplicate_key", name, "敏感类别重复：" + rules.category);
            }
            for (const ScanRule& rule : rules.rules) {
                if (!ids.insert(rule.id).second) {
                    throw ParseError("duplicate_key", name, "规则 id 重复：" + rule.id);
                }
            }
            built.categories.push_back(std::move(rules));
        }
        // Keep scanner.md's order, whatever order the files were globbed in.
        const auto& order = scanCategories();
        std::sort(built.categories.begin(), built.categories.end(),
                  [&](const CategoryRules& a, const CategoryRules& b) {
                      return std::find(order.begin(), order.end(), a.category) <
                             std::find(order.begin(), order.end(), b.category);
                  });
        return built;
    }();
    return set;
}

}  // namespace baosong::policy
