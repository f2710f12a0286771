#include "scanner.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <thread>

#include "flag_id.h"
#include "policy/parse_error.h"
#include "policy/utf8_codec.h"
#include "policy/wording.h"
#include "sentence_span.h"
#include "text_normalizer.h"

namespace baosong::policy {

namespace {
// Pieces of a large text are about this many bytes, cut at a line or sentence end.
constexpr std::size_t kPieceBytes = std::size_t{64} << 10;
// A piece with no line or sentence end for this long is cut at a character boundary.
constexpr std::size_t kPieceSearchBytes = std::size_t{16} << 10;
// RE2's default 8 MiB makes a 10,000-word lexicon fall back from the DFA to the slow NFA.
constexpr int64_t kLexiconRegexMemory = int64_t{256} << 20;

RE2::Options patternOptions(bool longest) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_longest_match(longest);
    return options;
}

// The view as UTF-8 for RE2, and for each byte the view character it belongs to.
struct Utf8View {
    std::string bytes;
    std::vector<uint32_t> charAt;  // bytes.size() + 1 entries
    explicit Utf8View(const std::u32string& text) {
        bytes.reserve(text.size() * 3);
        charAt.reserve(text.size() * 3 + 1);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const std::size_t before = bytes.size();
            appendUtf8(bytes, text[i]);
            charAt.insert(charAt.end(), bytes.size() - before, static_cast<uint32_t>(i));
        }
        charAt.push_back(static_cast<uint32_t>(text.size()));
    }
};

std::u32string viewOf(const TextNormalizer& normalizer, const std::string& word) {
    return normalizer.normalize(word).text;
}

bool containsAny(std::u32string_view haystack, const std::vector<std::u32string>& needles) {
    return std::any_of(needles.begin(), needles.end(), [&](const std::u32string& n) {
        return !n.empty() && haystack.find(n) != std::u32string_view::npos;
    });
}

// Candidate flag in view characters, before mapping back.
struct Hit {
    std::size_t rule;  // index into Impl::rules
    std::size_t start;
    std::size_t end;
    FlagSeverity severity;
};
}  // namespace

struct Scanner::Impl {
    struct Compiled {
        ScanRule rule;
        std::size_t category;  // index into categories
        std::unique_ptr<RE2> re;
        std::vector<std::u32string> near;
        std::vector<std::u32string> unlessHas;
        std::u32string originalCharacters;
    };
    struct CategoryState {
        CategoryRules rules;  // without its rule list (kept in Compiled)
        std::unique_ptr<RE2> allow;
        std::vector<std::size_t> sentenceHas;  // category indices
    };

    TextNormalizer normalizer;
    std::vector<CategoryState> categories;
    std::vector<Compiled> rules;
    RE2::Set set{patternOptions(false), RE2::UNANCHORED};
    std::vector<std::size_t> setRule;    // set index → rule index
    std::vector<std::size_t> alwaysRun;  // lexicon and original-character rules

    std::unique_ptr<RE2> compile(const std::string& pattern, const std::string& what, bool longest,
                                 int64_t memory = 0) {
        RE2::Options options = patternOptions(longest);
        if (memory > 0) {
            options.set_max_mem(memory);
        }
        auto re = std::make_unique<RE2>(pattern, options);
        if (!re->ok()) {
            throw ParseError("invalid_value", what, "正则表达式无效：" + re->error());
        }
        return re;
    }

    std::string keywordPattern(const std::vector<std::string>& words) {
        std::string pattern;
        for (const std::string& word : words) {
            const std::u32string view = viewOf(normalizer, word);
            if (view.empty()) {
                continue;
            }
            std::string utf8;
            for (char32_t c : view) {
                appendUtf8(utf8, c);
            }
            pattern += (pattern.empty() ? "" : "|") + RE2::QuoteMeta(utf8);
        }
        return pattern;
    }

    void addRule(ScanRule rule, std::size_t category, bool inSet, int64_t memory = 0) {
        Compiled compiled{std::move(rule), category, nullptr, {}, {}, {}};
        ScanRule& r = compiled.rule;
        for (const std::string& word : r.near) {
            compiled.near.push_back(viewOf(normalizer, word));
        }
        for (const std::string& word : r.unlessHas) {
            compiled.unlessHas.push_back(viewOf(normalizer, word));
        }
        for (const std::string& c : r.originalCharacters) {
            compiled.originalCharacters += decodeUtf8(c);
        }
        const bool keywords = !r.keywords.empty();
        const std::string pattern = keywords ? keywordPattern(r.keywords) : r.pattern;
        if (!pattern.empty()) {
            compiled.re = compile(pattern, r.id, keywords, memory);
            if (inSet) {
                std::string error;
                if (set.Add(pattern, &error) < 0) {
                    throw ParseError("invalid_value", r.id, "正则表达式无效：" + error);
                }
                setRule.push_back(rules.size());
            } else {
                alwaysRun.push_back(rules.size());
            }
        } else {
            alwaysRun.push_back(rules.size());
        }
        rules.push_back(std::move(compiled));
    }

    Impl(const ScanRuleSet& ruleSet, const std::vector<LexiconTerm>& lexicon) {
        for (const CategoryRules& c : ruleSet.categories) {
            CategoryState state;
            state.rules = c;
            state.rules.rules.clear();
            categories.push_back(std::move(state));
        }
        for (std::size_t ci = 0; ci < ruleSet.categories.size(); ++ci) {
            const CategoryRules& c = ruleSet.categories[ci];
            CategoryState& state = categories[ci];
            for (const ScanRule& rule : c.rules) {
                addRule(rule, ci, true);
            }
            std::string allow = keywordPattern(c.allowKeywords);
            for (const std::string& p : c.allowPatterns) {
                allow += (allow.empty() ? "" : "|") + ("(?:" + p + ")");
            }
            if (!allow.empty()) {
                state.allow = compile(allow, c.category + ".allow", true);
            }
            for (const std::string& name : c.escalation.sentenceHas) {
                for (std::size_t k = 0; k < ruleSet.categories.size(); ++k) {
                    if (ruleSet.categories[k].category == name) {
                        state.sentenceHas.push_back(k);
                    }
                }
            }
        }
        addLexicon(lexicon);
        if (!set.Compile()) {
            throw ParseError("invalid_value", "", "扫描规则无法编译（RE2::Set 内存不足）");
        }
    }

    // One rule per category that the unit's words fall in; the words never appear in ids
    // or messages, only the text they matched.
    void addLexicon(const std::vector<LexiconTerm>& lexicon) {
        std::map<std::string, std::vector<std::string>> byCategory;
        for (const LexiconTerm& term : lexicon) {
            byCategory[term.category].push_back(term.term);
        }
        for (auto& [name, words] : byCategory) {
            // Named again for the lambda: clang before 16 cannot capture a structured
            // binding (C++20 P1091), and the fuzz build (tests/fuzz/run) uses clang 14.
            const auto it = std::find_if(categories.begin(), categories.end(),
                                         [&category = name](const CategoryState& s) {
                                             return s.rules.category == category;
                                         });
            if (it == categories.end()) {
                throw ParseError("invalid_value", "", "词表的类别不在扫描规则中：" + name);
            }
            ScanRule rule;
            rule.id = name + ".unit_lexicon";
            rule.severity = FlagSeverity::Block;
            const Wording said = findingWords("scan.unit_lexicon",
                                              {{"title", {it->rules.title, it->rules.titleEn}}});
            rule.message = said.zh;
            rule.messageEn = said.en;
            rule.keywords = std::move(words);
            addRule(std::move(rule), static_cast<std::size_t>(it - categories.begin()), false,
                    kLexiconRegexMemory);
        }
    }

    void findPattern(std::size_t ruleIndex, const Utf8View& view, const std::u32string& text,
                     std::vector<Hit>& hits) const {
        const Compiled& c = rules[ruleIndex];
        const re2::StringPiece input(view.bytes);
        const int groups = std::min(1, c.re->NumberOfCapturingGroups()) + 1;
        re2::StringPiece match[2];
        std::size_t pos = 0;
        while (pos < view.bytes.size() &&
               c.re->Match(input, pos, view.bytes.size(), RE2::UNANCHORED, match, groups)) {
            const auto wholeStart = static_cast<std::size_t>(match[0].data() - input.data());
            const std::size_t wholeEnd = wholeStart + match[0].size();
            const re2::StringPiece& span =
                groups > 1 && match[1].data() != nullptr ? match[1] : match[0];
            // Resume after the match, on a character boundary even after an empty one.
            pos = wholeEnd > wholeStart ? wholeEnd : wholeEnd + 1;
            while (pos < view.bytes.size() && view.charAt[pos] == view.charAt[pos - 1]) {
                ++pos;
            }
            if (span.empty()) {
                continue;
            }
            const auto byteStart = static_cast<std::size_t>(span.data() - input.data());
            Hit hit{ruleIndex, view.charAt[byteStart], view.charAt[byteStart + span.size()],
                    c.rule.severity};
            if (accept(c, text, hit)) {
                hits.push_back(hit);
            }
        }
    }

    static bool accept(const Compiled& c, const std::u32string& text, const Hit& hit) {
        const std::u32string_view matched(text.data() + hit.start, hit.end - hit.start);
        if (containsAny(matched, c.unlessHas)) {
            return false;
        }
        if (c.near.empty()) {
            return true;
        }
        const std::size_t from = hit.start > c.rule.window ? hit.start - c.rule.window : 0;
        const std::size_t to = std::min(text.size(), hit.end + c.rule.window);
        return containsAny(std::u32string_view(text.data() + from, to - from), c.near);
    }

    // Matches of original characters (㊙), mapped into view characters.
    void findOriginal(std::size_t ruleIndex, const std::u32string& original,
                      const NormalizedText& normal, std::vector<Hit>& hits) const {
        const Compiled& c = rules[ruleIndex];
        for (std::size_t i = 0; i < normal.origin.size(); ++i) {
            const OriginalSpan& span = normal.origin[i];
            if (span.end == span.start + 1 && (i == 0 || normal.origin[i - 1] != span) &&
                c.originalCharacters.find(original[span.start]) != std::u32string::npos) {
                std::size_t end = i + 1;
                while (end < normal.origin.size() && normal.origin[end] == span) {
                    ++end;
                }
                hits.push_back({ruleIndex, i, end, c.rule.severity});
            }
        }
    }

    std::vector<std::pair<std::size_t, std::size_t>> allowSpans(std::size_t category,
                                                                const Utf8View& view) const {
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        const RE2* allow = categories[category].allow.get();
        if (allow == nullptr) {
            return spans;
        }
        const re2::StringPiece input(view.bytes);
        re2::StringPiece match;
        std::size_t pos = 0;
        while (pos < view.bytes.size() &&
               allow->Match(input, pos, view.bytes.size(), RE2::UNANCHORED, &match, 1)) {
            const auto start = static_cast<std::size_t>(match.data() - input.data());
            const std::size_t end = start + match.size();
            spans.emplace_back(view.charAt[start], view.charAt[end]);
            pos = end > start ? end : end + 1;
            while (pos < view.bytes.size() && view.charAt[pos] == view.charAt[pos - 1]) {
                ++pos;
            }
        }
        return spans;
    }

    std::vector<Hit> hitsOf(const std::u32string& original, const NormalizedText& normal,
                            const Utf8View& view) const {
        std::vector<Hit> hits;
        std::vector<int> matched;
        if (!set.Match(view.bytes, &matched)) {
            matched.clear();
        }
        for (int index : matched) {
            findPattern(setRule[static_cast<std::size_t>(index)], view, normal.text, hits);
        }
        for (std::size_t ruleIndex : alwaysRun) {
            if (rules[ruleIndex].re) {
                findPattern(ruleIndex, view, normal.text, hits);
            } else {
                findOriginal(ruleIndex, original, normal, hits);
            }
        }
        // Allow-lists: a flag that lies inside an allowed phrase of its category is none.
        std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> allowed;
        std::erase_if(hits, [&](const Hit& hit) {
            const std::size_t category = rules[hit.rule].category;
            auto it = allowed.find(category);
            if (it == allowed.end()) {
                it = allowed.emplace(category, allowSpans(category, view)).first;
            }
            return std::any_of(it->second.begin(), it->second.end(), [&](const auto& span) {
                return span.first <= hit.start && hit.end <= span.second;
            });
        });
        return mergeOverlaps(std::move(hits));
    }

    // Overlapping flags of one category become one: the stricter, then the longer.
    std::vector<Hit> mergeOverlaps(std::vector<Hit> hits) const {
        std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
            const std::size_t ca = rules[a.rule].category;
            const std::size_t cb = rules[b.rule].category;
            return ca != cb ? ca < cb : a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        std::vector<Hit> merged;
        for (const Hit& hit : hits) {
            if (!merged.empty() && rules[merged.back().rule].category == rules[hit.rule].category &&
                hit.start < merged.back().end) {
                Hit& kept = merged.back();
                const bool better =
                    hit.severity > kept.severity ||
                    (hit.severity == kept.severity && hit.end - hit.start > kept.end - kept.start);
                if (better) {
                    kept = hit;
                }
                continue;
            }
            merged.push_back(hit);
        }
        std::sort(merged.begin(), merged.end(), [&](const Hit& a, const Hit& b) {
            return a.start != b.start ? a.start < b.start
                                      : rules[a.rule].category < rules[b.rule].category;
        });
        return merged;
    }

    void escalate(std::vector<Hit>& hits, const std::u32string& text) const {
        std::vector<FlagSeverity> escalated;
        for (const Hit& hit : hits) {
            const CategoryState& state = categories[rules[hit.rule].category];
            FlagSeverity severity = hit.severity;
            if (severity == FlagSeverity::Review) {
                const auto sentence = sentenceAround(text, hit.start, hit.end);
                // hits are in order of start (mergeOverlaps): only those starting inside
                // the sentence can lie in it, so a long text is not quadratic in its flags.
                const auto first =
                    std::partition_point(hits.begin(), hits.end(),
                                         [&](const Hit& o) { return o.start < sentence.first; });
                const auto last = std::partition_point(
                    first, hits.end(), [&](const Hit& o) { return o.start < sentence.second; });
                const bool withOther = std::any_of(first, last, [&](const Hit& o) {
                    return o.end <= sentence.second &&
                           std::find(state.sentenceHas.begin(), state.sentenceHas.end(),
                                     rules[o.rule].category) != state.sentenceHas.end();
                });
                if (withOther) {
                    severity = FlagSeverity::Block;
                }
            }
            escalated.push_back(severity);
        }
        for (std::size_t i = 0; i < hits.size(); ++i) {
            hits[i].severity = escalated[i];
        }
    }

    std::vector<ScanFlag> scan(const std::u32string& original, const FieldRef& where,
                               std::size_t offset) const {
        const NormalizedText normal = normalizer.normalize(original);
        const Utf8View view(normal.text);
        std::vector<Hit> hits = hitsOf(original, normal, view);
        escalate(hits, normal.text);
        std::vector<ScanFlag> flags;
        flags.reserve(hits.size());
        for (const Hit& hit : hits) {
            const Compiled& c = rules[hit.rule];
            const CategoryRules& category = categories[c.category].rules;
            const OriginalSpan span = normal.originalSpan(hit.start, hit.end);
            ScanFlag flag;
            flag.category = category.category;
            flag.severity = hit.severity;
            flag.candidate = where.candidate;
            flag.field = where.field;
            flag.start = offset + span.start;
            flag.end = offset + span.end;
            for (std::size_t i = span.start; i < span.end; ++i) {
                appendUtf8(flag.text, original[i]);
            }
            for (std::size_t i = hit.start; i < hit.end; ++i) {
                appendUtf8(flag.normalized, normal.text[i]);
            }
            flag.rule = c.rule.id;
            flag.message = c.rule.message.empty() ? category.message : c.rule.message;
            flag.messageEn = c.rule.message.empty() ? category.messageEn : c.rule.messageEn;
            flag.redaction = category.redaction;
            flags.push_back(std::move(flag));
        }
        return flags;
    }
};

Scanner::Scanner(const ScanRuleSet& rules, const std::vector<LexiconTerm>& lexicon)
    : impl_(std::make_unique<Impl>(rules, lexicon)) {}

Scanner::~Scanner() = default;

std::vector<ScanFlag> Scanner::scanField(std::string_view utf8, const FieldRef& where) const {
    std::vector<ScanFlag> flags = impl_->scan(decodeUtf8(utf8), where, 0);
    assignFlagIds(flags);
    return flags;
}

std::vector<ScanFlag> Scanner::scanText(std::string_view utf8, const FieldRef& where) const {
    countUtf8(utf8);  // refuse a bad byte anywhere before reporting anything
    struct Piece {
        std::string_view bytes;
        std::size_t offset;  // code points before it
    };
    std::vector<Piece> pieces;
    std::size_t offset = 0;
    while (!utf8.empty()) {
        std::size_t cut = utf8.size();
        if (cut > kPieceBytes) {
            // After the next line end, or 。, within the search window; else a character
            // boundary (a UTF-8 continuation byte is 10xxxxxx).
            const std::string_view window = utf8.substr(kPieceBytes, kPieceSearchBytes);
            const std::size_t newline = window.find('\n');
            const std::size_t stop = window.find("\xE3\x80\x82");  // 。
            const std::size_t found = std::min(newline, stop);
            if (found != std::string_view::npos) {
                cut = kPieceBytes + found + (found == newline ? 1 : 3);
            } else {
                cut = kPieceBytes;
                while (cut < utf8.size() &&
                       (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) {
                    ++cut;
                }
            }
        }
        pieces.push_back({utf8.substr(0, cut), offset});
        offset += countUtf8(pieces.back().bytes);
        utf8.remove_prefix(cut);
    }
    std::vector<std::vector<ScanFlag>> found(pieces.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = 0; (i = next++) < pieces.size();) {
            found[i] = impl_->scan(decodeUtf8(pieces[i].bytes), where, pieces[i].offset);
        }
    };
    if (pieces.size() < 2) {
        work();
    } else {
        // A long text (a file's words) on two threads, as a unit's PC has two cores. Each
        // piece is scanned alone either way and the flags are gathered in piece order, so
        // they and their ids are those of one thread.
        std::exception_ptr otherFailed;
        std::thread other([&] {
            try {
                work();
            } catch (...) {
                otherFailed = std::current_exception();
                next = pieces.size();
            }
        });
        try {
            work();
        } catch (...) {
            next = pieces.size();
            other.join();
            throw;
        }
        other.join();
        if (otherFailed) {
            std::rethrow_exception(otherFailed);
        }
    }
    std::vector<ScanFlag> flags;
    std::size_t total = 0;
    for (const auto& f : found) {
        total += f.size();
    }
    flags.reserve(total);
    for (auto& f : found) {
        flags.insert(flags.end(), std::make_move_iterator(f.begin()),
                     std::make_move_iterator(f.end()));
    }
    assignFlagIds(flags);
    return flags;
}

void assignFlagIds(std::vector<ScanFlag>& flags) {
    std::map<std::string, int> occurrences;
    for (ScanFlag& flag : flags) {
        const std::string where =
            (flag.candidate ? "candidates[" + std::to_string(*flag.candidate) + "]." : "") +
            flag.field;
        std::string key = where;
        key += '\0';
        key += flag.rule;
        key += '\0';
        key += flag.normalized;
        const int occurrence = occurrences[key]++;
        key += '\0';
        key += std::to_string(occurrence);
        flag.id = flagIdOf(key);
    }
}

}  // namespace baosong::policy
