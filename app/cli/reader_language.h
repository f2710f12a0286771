#pragma once
// The reader's language (spec/cli.md "Language and errors"): English when LC_ALL, LC_MESSAGES or
// LANG, the first one set, starts with "en"; Chinese otherwise.

#include "base/text.h"

namespace baosong::cli {

app::Language readerLanguage();

}  // namespace baosong::cli
