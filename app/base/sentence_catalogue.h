#pragma once
// The one catalogue of what baosong says to people, in Chinese and English: every error
// sentence (AppError), every line the CLI prints, every sentence app/core composes for the
// desktop app. Entries are grouped by what they speak of in sentences/*.cpp. Policy findings
// and scanner categories are data and keep their words in their rule files; the desktop
// app's own widget labels are Qt's to translate (app/gui/baosong_en.ts).

#include <span>
#include <string_view>

namespace baosong::app {

struct Sentence {
    std::string_view key;
    std::string_view chinese;  // {name} marks a value to fill in
    std::string_view english;  // the same {name}s as the Chinese
};

// Every entry, in no particular order (the completeness test walks it).
std::span<const Sentence> allSentences();

// nullptr for a key the catalogue lacks.
const Sentence* findSentence(std::string_view key);

}  // namespace baosong::app
