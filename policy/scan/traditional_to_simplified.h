#pragma once
// Traditional → simplified Chinese, one character at a time (OpenCC's t2s data, which
// ToolGood.Words and houbb/sensitive-word also build on). Character by character, never
// phrase by phrase, so every character keeps its place and offsets survive (scanner.md
// §0.5).

#include <memory>
#include <mutex>
#include <unordered_map>

namespace baosong::policy {

class TraditionalToSimplified {
  public:
    // Throws ParseError("opencc_unavailable") when OpenCC's data cannot be loaded.
    TraditionalToSimplified();
    ~TraditionalToSimplified();
    TraditionalToSimplified(const TraditionalToSimplified&) = delete;
    TraditionalToSimplified& operator=(const TraditionalToSimplified&) = delete;

    // The simplified form of c, or c itself. Thread-safe; each character is asked of
    // OpenCC once and then cached.
    char32_t map(char32_t c) const;

  private:
    struct Converter;
    std::unique_ptr<Converter> converter_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<char32_t, char32_t> cache_;
};

}  // namespace baosong::policy
