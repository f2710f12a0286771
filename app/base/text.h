#pragma once
// A sentence as core hands it to a front end: the key of its entry in the sentence catalogue
// (sentence_catalogue.h) and the named values that fill it. The words themselves live only in
// the catalogue, in Chinese and English, so the CLI and the desktop app say the same thing
// (STYLE.md: one owner for each sentence).

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::app {

enum class Language { Chinese, English };

class Text {
  public:
    explicit Text(std::string key) : key_(std::move(key)) {}

    // A value shown as it is: a path, a name, a number, a library's own detail.
    Text& with(std::string_view name, std::string value) &;
    Text&& with(std::string_view name, std::string value) &&;
    // A value already said in both languages elsewhere (a policy finding's words).
    Text& with(std::string_view name, std::string chinese, std::string english) &;
    Text&& with(std::string_view name, std::string chinese, std::string english) &&;
    // A sentence or phrase of its own, said in the same language as this one.
    Text& with(std::string_view name, Text phrase) &;
    Text&& with(std::string_view name, Text phrase) &&;
    // Sentences said one per line, each as "\n  - sentence".
    Text& withList(std::string_view name, std::vector<Text> items) &;
    Text&& withList(std::string_view name, std::vector<Text> items) &&;

    // The catalogue's words for the key in `language`, each {name} replaced by its value. A
    // key the catalogue lacks comes out as ⟦key⟧ with its values, never as nothing.
    std::string in(Language language) const;
    std::string chinese() const { return in(Language::Chinese); }
    std::string english() const { return in(Language::English); }

  private:
    struct Value {
        std::string name;
        std::string plain;
        std::optional<std::string> plainEnglish;  // set for a value said in both languages
        std::shared_ptr<const Text> phrase;       // set for a phrase, which is rendered in turn
        std::vector<Text> items;                  // set for a list
    };
    std::string key_;
    std::vector<Value> values_;
};

// A crypto/ or policy/ error (anything with code() and what()) said through the catalogue's
// entry for its code, "crypto.<code>" or "policy.<code>", with the library's own words as the
// detail: those libraries know nothing of app/, so their sentences stay theirs.
template <class LibraryError>
Text libraryText(std::string_view library, const LibraryError& error) {
    return Text(std::string(library) + "." + error.code()).with("detail", error.what());
}

}  // namespace baosong::app
