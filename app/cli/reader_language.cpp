#include "reader_language.h"

#include <cstdlib>
#include <string_view>

namespace baosong::cli {

app::Language readerLanguage() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && *value != '\0') {
            return std::string_view(value).starts_with("en") ? app::Language::English
                                                             : app::Language::Chinese;
        }
    }
    return app::Language::Chinese;
}

}  // namespace baosong::cli
