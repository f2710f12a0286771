#pragma once
// JSON read the strict way every baosong document is read: UTF-8 without BOM, no duplicate
// keys (a repeated key would silently drop data), a size cap, and readers that reject
// unknown keys and wrong types with the key path.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "control_characters.h"

namespace baosong::policy {

inline constexpr std::size_t kMaxDocumentBytes = std::size_t{64} << 20;

// Throws ParseError ("bom", "too_large", "json_syntax", "duplicate_key", "too_deep", and
// "invalid_value" for a number beyond the range of a double).
nlohmann::json parseStrictJson(std::string_view text);

// Reads one JSON object member by member; finish() rejects every member not read.
class StrictObject {
  public:
    StrictObject(const nlohmann::json& value, std::string path);

    // One line of text. Throws ParseError "control_character" for any control character
    // or bidirectional override (control_characters.h).
    std::string string(const char* key);
    // Prose: line feeds and tabs allowed, other controls refused as by string().
    std::string text(const char* key);
    bool boolean(const char* key);
    long long integer(const char* key);
    double number(const char* key);
    std::vector<std::string> strings(const char* key);
    std::vector<std::string> texts(const char* key);
    // The member as an object / array to descend into (an empty one when absent).
    StrictObject object(const char* key);
    const nlohmann::json& array(const char* key);
    bool has(const char* key) const;
    // The names of this object's members, in document order (for maps such as channels).
    std::vector<std::string> memberNames() const;
    // A string that must be one of allowed ("" is accepted as not filled in).
    std::string oneOf(const char* key, std::span<const std::string_view> allowed);

    void finish() const;
    const std::string& path() const noexcept { return path_; }
    std::string pathOf(const char* key) const;

  private:
    const nlohmann::json* member(const char* key);
    std::string checkedString(const char* key, TextKind kind);
    std::vector<std::string> checkedStrings(const char* key, TextKind kind);
    const nlohmann::json& value_;
    std::string path_;
    std::set<std::string, std::less<>> seen_;
};

}  // namespace baosong::policy
