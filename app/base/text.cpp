#include "text.h"

#include <string>

#include "policy/placeholders.h"
#include "sentence_catalogue.h"

namespace baosong::app {

Text& Text::with(std::string_view name, std::string value) & {
    values_.push_back({std::string(name), std::move(value), std::nullopt, nullptr, {}});
    return *this;
}

Text&& Text::with(std::string_view name, std::string value) && {
    return std::move(with(name, std::move(value)));
}

Text& Text::with(std::string_view name, Text phrase) & {
    values_.push_back(
        {std::string(name), {}, std::nullopt, std::make_shared<const Text>(std::move(phrase)), {}});
    return *this;
}

Text&& Text::with(std::string_view name, Text phrase) && {
    return std::move(with(name, std::move(phrase)));
}

Text& Text::with(std::string_view name, std::string chinese, std::string english) & {
    values_.push_back({std::string(name), std::move(chinese), std::move(english), nullptr, {}});
    return *this;
}

Text&& Text::with(std::string_view name, std::string chinese, std::string english) && {
    return std::move(with(name, std::move(chinese), std::move(english)));
}

Text& Text::withList(std::string_view name, std::vector<Text> items) & {
    values_.push_back({std::string(name), {}, std::nullopt, nullptr, std::move(items)});
    return *this;
}

Text&& Text::withList(std::string_view name, std::vector<Text> items) && {
    return std::move(withList(name, std::move(items)));
}

namespace {
std::string valueIn(const auto& v, Language language) {
    if (!v.items.empty()) {
        std::string lines;
        for (const Text& item : v.items) {
            lines += "\n  - " + item.in(language);
        }
        return lines;
    }
    if (v.phrase) {
        return v.phrase->in(language);
    }
    return language == Language::English && v.plainEnglish ? *v.plainEnglish : v.plain;
}
}  // namespace

std::string Text::in(Language language) const {
    const Sentence* sentence = findSentence(key_);
    if (sentence == nullptr) {
        // Never silent: a key the catalogue lacks still shows itself and every value, and
        // the catalogue test fails on any key the sources use but the catalogue lacks.
        std::string shown = "\u27e6" + key_ + "\u27e7";  // ⟦key⟧: what the CLI tests look for
        for (const Value& v : values_) {
            shown += " " + v.name + "=" + valueIn(v, language);
        }
        return shown;
    }
    const std::string_view words =
        language == Language::English ? sentence->english : sentence->chinese;
    return policy::fillPlaceholders(words,
                                    [&](std::string_view name) -> std::optional<std::string> {
                                        for (const Value& v : values_) {
                                            if (v.name == name) {
                                                return valueIn(v, language);
                                            }
                                        }
                                        return std::nullopt;
                                    });
}

}  // namespace baosong::app
