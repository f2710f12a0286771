#include "bundle_label.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <span>
#include <vector>

#include "base/app_error.h"

namespace baosong::app::bundle {

namespace {
constexpr std::string_view kMagic = "baosong/1";

bool plainValue(std::string_view value) {
    return !value.empty() && std::all_of(value.begin(), value.end(),
                                         [](char c) { return c > 0x20 && c < 0x7F && c != '='; });
}

AppError badComment(Text why) {
    return AppError(ErrorKind::Problem, "trusted_comment_invalid",
                    Text("trusted_comment_malformed").with("why", std::move(why)));
}
}  // namespace

std::string BundleLabel::trustedComment() const {
    for (const std::string* value : {&unitId, &campaign, &sealed, &recipient}) {
        if (!plainValue(*value)) {
            throw AppError(ErrorKind::BadInput, "bundle_label_invalid",
                           Text("bundle_label_not_ascii").with("value", *value));
        }
    }
    return std::string(kMagic) + " unit=" + unitId + " campaign=" + campaign +
           " revision=" + std::to_string(revision) + " sealed=" + sealed +
           " recipient=" + recipient;
}

std::string BundleLabel::stem() const {
    return unitId + "-" + campaign + "-r" + std::to_string(revision);
}

namespace {
// The values of "baosong/1 k1=v1 k2=v2 …" with exactly keys, in order, or throws bad().
std::vector<std::string> labelValues(std::string_view text, std::span<const std::string_view> keys,
                                     const std::function<AppError(Text)>& bad,
                                     const char* countKey) {
    std::vector<std::string_view> words;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        words.push_back(text.substr(0, space));
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
    }
    if (words.size() != keys.size() + 1 || words[0] != kMagic) {
        throw bad(Text(countKey));
    }
    std::vector<std::string> values;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string_view word = words[i + 1];
        const std::size_t eq = word.find('=');
        if (eq == std::string_view::npos || word.substr(0, eq) != keys[i] ||
            !plainValue(word.substr(eq + 1))) {
            throw bad(Text("trusted_comment_item_wrong")
                          .with("position", std::to_string(i + 2))
                          .with("key", std::string(keys[i])));
        }
        values.emplace_back(word.substr(eq + 1));
    }
    return values;
}

// A positive revision without leading zero, or throws bad().
long long revisionOf(const std::string& rev, const std::function<AppError(Text)>& bad) {
    long long revision = 0;
    const auto [end, ec] = std::from_chars(rev.data(), rev.data() + rev.size(), revision);
    if (ec != std::errc() || end != rev.data() + rev.size() || revision < 1 || rev.front() == '0') {
        throw bad(Text("trusted_comment_revision"));
    }
    return revision;
}

bool isHex64(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

AppError badStatement(Text why) {
    return AppError(ErrorKind::Problem, "statement_invalid",
                    Text("statement_malformed").with("why", std::move(why)));
}
}  // namespace

BundleLabel parseTrustedComment(std::string_view text) {
    static constexpr std::string_view keys[] = {"unit", "campaign", "revision", "sealed",
                                                "recipient"};
    const auto values = labelValues(text, keys, badComment, "trusted_comment_item_count");
    return {values[0], values[1], revisionOf(values[2], badComment), values[3], values[4]};
}

std::string GmStatement::text() const {
    if (!isHex64(label.recipient) || !isHex64(sm3)) {
        throw AppError(ErrorKind::BadInput, "bundle_label_invalid",
                       Text("bundle_label_not_ascii").with("value", label.recipient + " " + sm3));
    }
    const std::string comment = label.trustedComment();  // checks the other values
    return std::string(kMagic) + " profile=gm" + comment.substr(kMagic.size()) + " sm3=" + sm3 +
           "\n";
}

GmStatement parseGmStatement(std::string_view text) {
    if (text.empty() || text.back() != '\n' || text.find('\n') != text.size() - 1) {
        throw badStatement(Text("statement_one_line"));
    }
    text.remove_suffix(1);
    static constexpr std::string_view keys[] = {"profile", "unit",      "campaign", "revision",
                                                "sealed",  "recipient", "sm3"};
    const auto values = labelValues(text, keys, badStatement, "statement_item_count");
    if (values[0] != "gm") {
        throw badStatement(
            Text("trusted_comment_item_wrong").with("position", "2").with("key", "profile=gm"));
    }
    if (!isHex64(values[5]) || !isHex64(values[6])) {
        throw badStatement(Text("statement_hex"));
    }
    return {{values[1], values[2], revisionOf(values[3], badStatement), values[4], values[5]},
            values[6]};
}

}  // namespace baosong::app::bundle
