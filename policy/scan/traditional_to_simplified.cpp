#include "traditional_to_simplified.h"

#include <opencc/opencc.h>

#include <string>

#include "policy/parse_error.h"
#include "policy/utf8_codec.h"

namespace baosong::policy {

namespace {
// The single code point of OpenCC's answer, or 0 when it gave more or fewer.
char32_t single(const char* text) {
    const std::u32string decoded = decodeUtf8(text);
    return decoded.size() == 1 ? decoded[0] : 0;
}
}  // namespace

struct TraditionalToSimplified::Converter {
    opencc_t handle;
    explicit Converter(opencc_t opened) : handle(opened) {}
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    ~Converter() {
        if (handle != reinterpret_cast<opencc_t>(-1)) {
            opencc_close(handle);
        }
    }
};

TraditionalToSimplified::TraditionalToSimplified()
    : converter_(std::make_unique<Converter>(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP))) {
    if (converter_->handle == reinterpret_cast<opencc_t>(-1)) {
        throw ParseError(
            "opencc_unavailable", "",
            "无法加载繁简转换数据（OpenCC t2s.json）；请安装 libopencc1.1 和 libopencc-data");
    }
    // One OpenCC call for the whole table, a character per line, so that no two characters
    // form one of OpenCC's phrases; a line that does not come back as one character is
    // asked alone, as map() would.
    std::string lines;
    for (char32_t c = kTableFirst; c < kTableEnd; ++c) {
        appendUtf8(lines, c);
        lines += '\n';
    }
    std::vector<std::string> answers;
    if (char* out = opencc_convert_utf8(converter_->handle, lines.data(), lines.size())) {
        std::string_view rest(out);
        for (std::size_t end = 0; (end = rest.find('\n')) != std::string_view::npos;) {
            answers.emplace_back(rest.substr(0, end));
            rest.remove_prefix(end + 1);
        }
        opencc_convert_utf8_free(out);
    }
    const bool aligned = answers.size() == kTableEnd - kTableFirst;
    table_.reserve(kTableEnd - kTableFirst);
    for (char32_t c = kTableFirst; c < kTableEnd; ++c) {
        const char32_t s = aligned ? single(answers[c - kTableFirst].c_str()) : 0;
        table_.push_back(s != 0 ? s : convert(c));
    }
}

TraditionalToSimplified::~TraditionalToSimplified() = default;

char32_t TraditionalToSimplified::map(char32_t c) const {
    if (c >= kTableFirst && c < kTableEnd) {
        return table_[c - kTableFirst];
    }
    std::lock_guard lock(mutex_);
    if (const auto it = cache_.find(c); it != cache_.end()) {
        return it->second;
    }
    const char32_t mapped = convert(c);
    cache_.emplace(c, mapped);
    return mapped;
}

char32_t TraditionalToSimplified::convert(char32_t c) const {
    std::string in;
    appendUtf8(in, c);
    char* out = opencc_convert_utf8(converter_->handle, in.data(), in.size());
    char32_t mapped = c;
    if (out != nullptr) {
        if (const char32_t s = single(out); s != 0) {
            mapped = s;
        }
        opencc_convert_utf8_free(out);
    }
    return mapped;
}

}  // namespace baosong::policy
