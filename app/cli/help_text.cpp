#include "help_text.h"

#include <set>

namespace baosong::cli {

namespace {
// The verbs with a page of their own; each page is the catalogue entry "help_<verb>", spaces
// and hyphens written as underscores (app/base/sentences/cli_help.cpp).
const std::set<std::string>& verbs() {
    static const std::set<std::string> known = {
        "vault init",  "vault import", "vault export-json", "vault passwd",
        "vault audit", "check",        "vault lexicon",     "scan",
        "review",      "keys",         "documents",         "seal",
        "office init", "office keys",  "office enrol",      "office verify",
        "office open", "office grant", "office summary"};
    return known;
}

std::string keyOf(const std::string& verb) {
    std::string key = "help_" + verb;
    for (char& c : key) {
        c = c == ' ' || c == '-' ? '_' : c;
    }
    return key;
}
}  // namespace

std::string helpText(const std::string& verb, app::Language language) {
    if (verb.empty()) {
        return app::Text("help").in(language);
    }
    if (!verbs().contains(verb)) {
        return {};
    }
    return app::Text(keyOf(verb)).in(language) + "\n" +
           app::Text("help_passphrase_note").in(language);
}

}  // namespace baosong::cli
