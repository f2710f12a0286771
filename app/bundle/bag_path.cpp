#include "bag_path.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <vector>

#include "base/app_error.h"
#include "base/relative_path.h"

namespace baosong::app::bundle {

namespace {
std::vector<UChar> toUtf16(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        throw AppError(ErrorKind::BadInput, "bag_name_invalid", Text("bag_name_not_utf8"));
    }
    std::vector<UChar> wide(static_cast<std::size_t>(length) + 1);
    status = U_ZERO_ERROR;
    u_strFromUTF8(wide.data(), length + 1, nullptr, text.data(), static_cast<int32_t>(text.size()),
                  &status);
    if (U_FAILURE(status)) {
        throw AppError(ErrorKind::BadInput, "bag_name_invalid", Text("bag_name_not_utf8"));
    }
    wide.resize(static_cast<std::size_t>(length));
    return wide;
}

std::string toUtf8(const std::vector<UChar>& wide) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8(nullptr, 0, &length, wide.data(), static_cast<int32_t>(wide.size()), &status);
    std::string text(static_cast<std::size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(text.data(), length, nullptr, wide.data(), static_cast<int32_t>(wide.size()),
                &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
        throw AppError(ErrorKind::BadInput, "bag_name_invalid", Text("bag_name_unconvertible"));
    }
    return text;
}

const UNormalizer2* nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* normalizer = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        throw AppError(ErrorKind::Problem, "icu_failure", Text("icu_normalization_missing"));
    }
    return normalizer;
}
}  // namespace

std::string toNfc(std::string_view text) {
    const std::vector<UChar> wide = toUtf16(text);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t needed = unorm2_normalize(nfc(), wide.data(), static_cast<int32_t>(wide.size()),
                                            nullptr, 0, &status);
    std::vector<UChar> normal(static_cast<std::size_t>(needed) + 1);
    status = U_ZERO_ERROR;
    unorm2_normalize(nfc(), wide.data(), static_cast<int32_t>(wide.size()), normal.data(),
                     needed + 1, &status);
    if (U_FAILURE(status)) {
        throw AppError(ErrorKind::BadInput, "bag_name_invalid", Text("bag_name_unnormalizable"));
    }
    normal.resize(static_cast<std::size_t>(needed));
    return toUtf8(normal);
}

std::optional<Text> bagPathProblem(std::string_view path) {
    if (auto problem = relativePathProblem(path)) {
        return problem;
    }
    if (path.find('%') != std::string_view::npos) {
        return Text("bag_name_percent");
    }
    try {
        if (toNfc(path) != path) {
            return Text("bag_name_not_nfc");
        }
    } catch (const AppError& e) {
        return e.text();
    }
    return std::nullopt;
}

}  // namespace baosong::app::bundle
