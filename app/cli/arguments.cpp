#include "arguments.h"

#include "usage_error.h"

namespace baosong::cli {

Arguments::Arguments(const std::vector<std::string>& words, const OptionSpec& spec) {
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (onlyPositionals || !word.starts_with("--")) {
            positionals_.push_back(word);
            continue;
        }
        if (word == "--") {
            onlyPositionals = true;
            continue;
        }
        std::string name = word;
        std::optional<std::string> inlineValue;
        if (const auto eq = word.find('='); eq != std::string::npos) {
            name = word.substr(0, eq);
            inlineValue = word.substr(eq + 1);
        }
        if (spec.flags.contains(name) && !inlineValue) {
            flags_.insert(name);
        } else if (spec.withValue.contains(name) || spec.repeatable.contains(name)) {
            if (values_.contains(name) && !spec.repeatable.contains(name)) {
                throw usageError(app::Text("usage_option_twice").with("option", name));
            }
            if (inlineValue) {
                values_[name].push_back(*inlineValue);
            } else if (i + 1 < words.size()) {
                values_[name].push_back(words[++i]);
            } else {
                throw usageError(app::Text("usage_option_no_value").with("option", name));
            }
        } else {
            throw usageError(app::Text("usage_option_unknown").with("option", name));
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? std::nullopt : std::optional(it->second.front());
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

const std::string& Arguments::positional(std::size_t index, const char* whatKey) const {
    if (index >= positionals_.size()) {
        throw usageError(app::Text("usage_argument_missing").with("what", app::Text(whatKey)));
    }
    return positionals_[index];
}

void Arguments::requirePositionals(std::size_t count) const {
    if (positionals_.size() > count) {
        throw usageError(app::Text("usage_argument_extra").with("argument", positionals_[count]));
    }
}

}  // namespace baosong::cli
