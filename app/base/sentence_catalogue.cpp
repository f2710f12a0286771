#include "sentence_catalogue.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "sentences/sentence_tables.h"

namespace baosong::app {

std::span<const Sentence> allSentences() {
    static const std::vector<Sentence> all = [] {
        std::vector<Sentence> joined;
        for (const std::span<const Sentence> part :
             {sentences::general(), sentences::libraries(), sentences::vault(),
              sentences::submission(), sentences::bundle(), sentences::office(),
              sentences::documents(), sentences::cliOutput(), sentences::cliHelp(),
              sentences::officeReview()}) {
            joined.insert(joined.end(), part.begin(), part.end());
        }
        return joined;
    }();
    return all;
}

const Sentence* findSentence(std::string_view key) {
    static const std::unordered_map<std::string_view, const Sentence*> byKey = [] {
        std::unordered_map<std::string_view, const Sentence*> map;
        for (const Sentence& s : allSentences()) {
            map.emplace(s.key, &s);  // a repeated key keeps its first entry; the test refuses it
        }
        return map;
    }();
    const auto found = byKey.find(key);
    return found == byKey.end() ? nullptr : found->second;
}

}  // namespace baosong::app
