#pragma once
// Traditional → simplified Chinese, one character at a time (OpenCC's t2s data, which
// ToolGood.Words and houbb/sensitive-word also build on). Character by character, never
// phrase by phrase, so every character keeps its place and offsets survive (scanner.md
// §0.5).

#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace baosong::policy {

class TraditionalToSimplified {
  public:
    // Throws ParseError("opencc_unavailable") when OpenCC's data cannot be loaded.
    TraditionalToSimplified();
    ~TraditionalToSimplified();
    TraditionalToSimplified(const TraditionalToSimplified&) = delete;
    TraditionalToSimplified& operator=(const TraditionalToSimplified&) = delete;

    // The simplified form of c, or c itself. Thread-safe. The ideographs (U+3400–U+9FFF)
    // come from a table OpenCC filled at construction, without a lock, so that scanners on
    // two threads do not queue for every character; any other character is asked of OpenCC
    // once and then cached.
    char32_t map(char32_t c) const;

    static constexpr char32_t kTableFirst = 0x3400;
    static constexpr char32_t kTableEnd = 0xA000;

  private:
    char32_t convert(char32_t c) const;

    struct Converter;
    std::unique_ptr<Converter> converter_;
    std::vector<char32_t> table_;  // kTableFirst + i → its simplified form
    mutable std::mutex mutex_;
    mutable std::unordered_map<char32_t, char32_t> cache_;
};

}  // namespace baosong::policy
