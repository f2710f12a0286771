#pragma once
// What `--help` prints for each verb, in the reader's language.

#include <string>

#include "base/text.h"

namespace baosong::cli {

// verb: "" for the overview, "vault init", "keys", … Empty result for an unknown verb.
std::string helpText(const std::string& verb, app::Language language);

}  // namespace baosong::cli
