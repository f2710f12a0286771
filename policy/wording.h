#pragma once
// What a finding says, in Chinese and English. The words are data, like the rule set: they
// live in policy/wording/findings.json (spec/policy.md "Finding words"), an entry per key with
// the same {names} in both languages; the checker names a key and fills its values.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baosong::policy {

struct Wording {
    std::string zh;
    std::string en;
};

// A value said alike in both languages: a name, a number, a date, what the submission holds.
inline Wording plain(std::string text) {
    return {text, std::move(text)};
}

// Entry `key` of the built-in finding words, each {name} replaced by its value in the same
// language. A key the file lacks comes out as ⟦key⟧ (the wording test names every key the
// checker uses).
Wording findingWords(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, Wording>> values = {});

// Joins values with the list separator of each language ("、" and ", ").
Wording listOf(const std::vector<Wording>& items);

// The built-in finding words by key, for the test that checks both languages and their
// {names}.
const std::vector<std::pair<std::string, Wording>>& allFindingWords();

}  // namespace baosong::policy
