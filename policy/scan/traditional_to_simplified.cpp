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
};

TraditionalToSimplified::TraditionalToSimplified()
    : converter_(
          std::make_unique<Converter>(Converter{opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)})) {
    if (converter_->handle == reinterpret_cast<opencc_t>(-1)) {
        throw ParseError(
            "opencc_unavailable", "",
            "无法加载繁简转换数据（OpenCC t2s.json）；请安装 libopencc1.1 和 libopencc-data");
    }
}

TraditionalToSimplified::~TraditionalToSimplified() {
    opencc_close(converter_->handle);
}

char32_t TraditionalToSimplified::map(char32_t c) const {
    std::lock_guard lock(mutex_);
    if (const auto it = cache_.find(c); it != cache_.end()) {
        return it->second;
    }
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
    cache_.emplace(c, mapped);
    return mapped;
}

}  // namespace baosong::policy
