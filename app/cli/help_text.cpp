#include "help_text.h"

#include "base/sentence_catalogue.h"

namespace baosong::cli {

std::string helpText(const std::string& verb, app::Language language) {
    if (verb.empty()) {
        return app::Text("help").in(language);
    }
    // A verb's page is the catalogue entry "help_<verb>", its spaces and hyphens written as
    // underscores (app/base/sentences/cli_help.cpp); a verb that has none has no page. An
    // underscore typed by the user would reach a page under another verb's name.
    if (verb.find('_') != std::string::npos) {
        return {};
    }
    std::string key = "help_" + verb;
    for (char& c : key) {
        c = c == ' ' || c == '-' ? '_' : c;
    }
    if (app::findSentence(key) == nullptr) {
        return {};
    }
    return app::Text(key).in(language) + "\n" + app::Text("cli_passphrase_note").in(language);
}

}  // namespace baosong::cli
