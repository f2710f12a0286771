#include "wording.h"

#include <map>
#include <stdexcept>

#include "placeholders.h"
#include "strict_json.h"

namespace baosong::policy {

const std::map<std::string, std::string_view>& builtInWordings();  // generated (EmbedJson)

namespace {
// {"format": "baosong.words/1", "words": {"KEY": {"zh": "…", "en": "…"}, …}}, read strictly:
// a duplicate key would hide a sentence.
std::vector<std::pair<std::string, Wording>> parseWords(std::string_view text) {
    const nlohmann::json doc = parseStrictJson(text);
    StrictObject root(doc, "");
    if (root.string("format") != "baosong.words/1") {
        throw std::logic_error("policy/wording/findings.json: format is not baosong.words/1");
    }
    std::vector<std::pair<std::string, Wording>> entries;
    StrictObject words = root.object("words");
    for (const std::string& key : words.memberNames()) {
        StrictObject entry = words.object(key.c_str());
        Wording w{entry.string("zh"), entry.string("en")};
        entry.finish();
        entries.emplace_back(key, std::move(w));
    }
    root.finish();
    return entries;
}

std::string fill(std::string_view words,
                 std::initializer_list<std::pair<std::string_view, Wording>> values, bool english) {
    return fillPlaceholders(words, [&](std::string_view name) -> std::optional<std::string> {
        for (const auto& [valueName, value] : values) {
            if (valueName == name) {
                return english ? value.en : value.zh;
            }
        }
        return std::nullopt;
    });
}
}  // namespace

const std::vector<std::pair<std::string, Wording>>& allFindingWords() {
    static const std::vector<std::pair<std::string, Wording>> entries =
        parseWords(builtInWordings().at("findings"));
    return entries;
}

Wording findingWords(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, Wording>> values) {
    static const std::map<std::string, Wording, std::less<>> byKey = [] {
        std::map<std::string, Wording, std::less<>> map;
        for (const auto& [k, w] : allFindingWords()) {
            map.emplace(k, w);
        }
        return map;
    }();
    const auto found = byKey.find(key);
    if (found == byKey.end()) {
        const std::string shown = "\u27e6" + std::string(key) + "\u27e7";
        return {shown, shown};
    }
    return {fill(found->second.zh, values, false), fill(found->second.en, values, true)};
}

Wording listOf(const std::vector<Wording>& items) {
    Wording joined;
    for (const Wording& item : items) {
        joined.zh += (joined.zh.empty() ? "" : "、") + item.zh;
        joined.en += (joined.en.empty() ? "" : ", ") + item.en;
    }
    return joined;
}

}  // namespace baosong::policy
