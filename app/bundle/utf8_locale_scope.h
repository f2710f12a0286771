#pragma once
// libarchive converts names between UTF-8 and the current locale's charset; under the C
// locale (a service, a bare shell, our tests) a Chinese name cannot be converted and the
// header is lost. Bag names are always UTF-8, so archive calls run with the thread's
// locale set to C.UTF-8 for their duration (uselocale: this thread only).

#include <locale.h>

namespace baosong::app::bundle {

class Utf8LocaleScope {
  public:
    Utf8LocaleScope();
    ~Utf8LocaleScope();
    Utf8LocaleScope(const Utf8LocaleScope&) = delete;
    Utf8LocaleScope& operator=(const Utf8LocaleScope&) = delete;

  private:
    locale_t previous_ = nullptr;
};

}  // namespace baosong::app::bundle
