#include "lexicon_store.h"

namespace baosong::app {

std::vector<policy::LexiconTerm> LexiconStore::terms() {
    std::vector<policy::LexiconTerm> terms;
    auto stmt = db_.prepare("SELECT term, category FROM lexicon ORDER BY category, term");
    while (stmt.step()) {
        terms.push_back({stmt.text(0), stmt.text(1)});
    }
    return terms;
}

void LexiconStore::replace(const std::vector<policy::LexiconTerm>& terms) {
    db_.exec("DELETE FROM lexicon");
    auto stmt = db_.prepare("INSERT OR IGNORE INTO lexicon(term, category) VALUES (?, ?)");
    for (const auto& term : terms) {
        stmt.bind(1, term.term).bind(2, term.category).run();
        stmt.reset();
    }
}

}  // namespace baosong::app
