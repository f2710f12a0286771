#include "bag_tags.h"

#include <algorithm>
#include <charconv>

#include "bag_path.h"
#include "base/app_error.h"

namespace baosong::app::bundle {

namespace {
constexpr std::string_view kSource = "Source-Organization";
constexpr std::string_view kIdentifier = "External-Identifier";
constexpr std::string_view kDate = "Bagging-Date";
constexpr std::string_view kOxum = "Payload-Oxum";
constexpr std::string_view kCampaign = "Baosong-Campaign";
constexpr std::string_view kRevision = "Baosong-Revision";
constexpr std::string_view kPrevious = "Baosong-Previous";

AppError badInfo(Text why) {
    return AppError(ErrorKind::Problem, "bag_info_invalid",
                    Text("bag_info_malformed").with("why", std::move(why)));
}

bool isHex64(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

template <typename Number>
bool parseNumber(std::string_view text, Number& out) {
    if (text.empty() || (text.size() > 1 && text.front() == '0')) {
        return false;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

std::vector<std::string_view> lines(std::string_view text, const std::string& file) {
    if (!text.empty() && text.back() != '\n') {
        throw AppError(ErrorKind::Problem, "manifest_invalid",
                       Text("manifest_no_final_newline").with("file", file));
    }
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        out.push_back(text.substr(0, end));
        text.remove_prefix(end + 1);
    }
    return out;
}
}  // namespace

std::string bagitText() {
    return "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
}

std::string bagInfoText(const BagInfo& info) {
    for (const std::string* value : {&info.sourceOrganization, &info.unitId, &info.campaign}) {
        if (value->empty() || value->find_first_of("\r\n") != std::string::npos) {
            throw AppError(ErrorKind::BadInput, "bag_info_invalid", Text("bag_info_fields_empty"));
        }
    }
    return std::string(kSource) + ": " + info.sourceOrganization + "\n" + std::string(kIdentifier) +
           ": " + info.unitId + "\n" + std::string(kDate) + ": " + info.baggingDate + "\n" +
           std::string(kOxum) + ": " + std::to_string(info.payloadBytes) + "." +
           std::to_string(info.payloadFiles) + "\n" + std::string(kCampaign) + ": " +
           info.campaign + "\n" + std::string(kRevision) + ": " + std::to_string(info.revision) +
           "\n" + std::string(kPrevious) + ": " + info.previous + "\n";
}

BagInfo parseBagInfo(std::string_view text) {
    std::map<std::string, std::string, std::less<>> values;
    for (std::string_view line : lines(text, "bag-info.txt")) {
        const std::size_t colon = line.find(": ");
        if (colon == std::string_view::npos) {
            throw badInfo(Text("bag_info_no_colon"));
        }
        const std::string label(line.substr(0, colon));
        if (!values.emplace(label, std::string(line.substr(colon + 2))).second) {
            throw badInfo(Text("bag_info_label_twice").with("label", label));
        }
    }
    const auto take = [&](std::string_view label) {
        const auto it = values.find(label);
        if (it == values.end()) {
            throw badInfo(Text("bag_info_label_missing").with("label", std::string(label)));
        }
        std::string value = it->second;
        values.erase(it);
        return value;
    };
    BagInfo info;
    info.sourceOrganization = take(kSource);
    info.unitId = take(kIdentifier);
    info.baggingDate = take(kDate);
    const std::string oxum = take(kOxum);
    const std::size_t dot = oxum.find('.');
    if (dot == std::string::npos ||
        !parseNumber(std::string_view(oxum).substr(0, dot), info.payloadBytes) ||
        !parseNumber(std::string_view(oxum).substr(dot + 1), info.payloadFiles)) {
        throw badInfo(Text("bag_info_oxum_invalid"));
    }
    info.campaign = take(kCampaign);
    if (!parseNumber(take(kRevision), info.revision) || info.revision < 1) {
        throw badInfo(Text("bag_info_revision_invalid"));
    }
    info.previous = take(kPrevious);
    if (info.previous != "none" && !isHex64(info.previous)) {
        throw badInfo(Text("bag_info_previous_invalid"));
    }
    if (!values.empty()) {
        throw badInfo(Text("bag_info_label_unknown").with("label", values.begin()->first));
    }
    return info;
}

std::string manifestText(std::vector<ManifestLine> lines) {
    std::sort(lines.begin(), lines.end(),
              [](const ManifestLine& a, const ManifestLine& b) { return a.path < b.path; });
    std::string text;
    for (const ManifestLine& line : lines) {
        text += line.digest + "  " + line.path + "\n";
    }
    return text;
}

std::map<std::string, std::string> parseManifest(std::string_view text, std::string_view name) {
    const std::string file(name);
    std::map<std::string, std::string> entries;
    for (std::string_view line : lines(text, file)) {
        if (line.size() < 67 || !isHex64(line.substr(0, 64)) || line.substr(64, 2) != "  ") {
            throw AppError(ErrorKind::Problem, "manifest_invalid",
                           Text("manifest_line_malformed").with("file", file));
        }
        const std::string path(line.substr(66));
        if (const auto problem = bagPathProblem(path)) {
            throw AppError(
                ErrorKind::Problem, "manifest_invalid",
                Text("manifest_name_unsafe").with("file", file).with("problem", *problem));
        }
        if (!entries.emplace(path, std::string(line.substr(0, 64))).second) {
            throw AppError(ErrorKind::Problem, "manifest_invalid",
                           Text("manifest_duplicate").with("file", file).with("path", path));
        }
    }
    return entries;
}

}  // namespace baosong::app::bundle
