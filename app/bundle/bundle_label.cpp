#include "bundle_label.h"

#include <algorithm>
#include <charconv>
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

BundleLabel parseTrustedComment(std::string_view text) {
    std::vector<std::string_view> words;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        words.push_back(text.substr(0, space));
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
    }
    static constexpr std::string_view keys[] = {"unit", "campaign", "revision", "sealed",
                                                "recipient"};
    if (words.size() != 6 || words[0] != kMagic) {
        throw badComment(Text("trusted_comment_item_count"));
    }
    std::string values[5];
    for (std::size_t i = 0; i < 5; ++i) {
        const std::string_view word = words[i + 1];
        const std::size_t eq = word.find('=');
        if (eq == std::string_view::npos || word.substr(0, eq) != keys[i] ||
            !plainValue(word.substr(eq + 1))) {
            throw badComment(Text("trusted_comment_item_wrong")
                                 .with("position", std::to_string(i + 2))
                                 .with("key", std::string(keys[i])));
        }
        values[i] = std::string(word.substr(eq + 1));
    }
    BundleLabel label{values[0], values[1], 0, values[3], values[4]};
    const std::string& rev = values[2];
    const auto [end, ec] = std::from_chars(rev.data(), rev.data() + rev.size(), label.revision);
    if (ec != std::errc() || end != rev.data() + rev.size() || label.revision < 1 ||
        rev.front() == '0') {
        throw badComment(Text("trusted_comment_revision"));
    }
    return label;
}

}  // namespace baosong::app::bundle
