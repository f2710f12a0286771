#include "utf8_locale_scope.h"

#include "base/app_error.h"

namespace baosong::app::bundle {

namespace {
locale_t utf8Locale() {
    static const locale_t locale = newlocale(LC_ALL_MASK, "C.UTF-8", nullptr);
    if (!locale) {
        throw AppError(ErrorKind::Problem, "locale_missing", Text("locale_missing"));
    }
    return locale;
}
}  // namespace

Utf8LocaleScope::Utf8LocaleScope() : previous_(uselocale(utf8Locale())) {}

Utf8LocaleScope::~Utf8LocaleScope() {
    uselocale(previous_);
}

}  // namespace baosong::app::bundle
