#include "metadata_summary.h"

#include <nlohmann/json.hpp>

namespace baosong::app {

std::string metadataSummary(const std::string& removedJson, bool english) {
    if (removedJson.empty()) {
        return "";
    }
    const auto r = nlohmann::json::parse(removedJson, nullptr, false);
    if (r.is_discarded() || !r.is_object()) {
        return "";
    }
    const auto say = [english](const char* zh, const char* en) {
        return std::string(english ? en : zh);
    };
    if (!r.value("jpeg", true)) {
        return say("（非 JPEG，未清除元数据）", " (not a JPEG: metadata not stripped)");
    }
    std::string parts;
    const auto add = [&](const char* key, const char* zh, const char* en) {
        if (r.value(key, false)) {
            parts += (parts.empty() ? "" : ", ") + say(zh, en);
        }
    };
    add("gps", "GPS 位置", "GPS position");
    add("exif", "EXIF", "EXIF");
    add("xmp", "XMP", "XMP");
    add("iptc", "IPTC", "IPTC");
    add("comment", "注释", "comment");
    add("thumbnail", "缩略图", "thumbnail");
    add("trailing_data", "尾随数据", "trailing data");
    if (parts.empty()) {
        return say("（无元数据）", " (no metadata)");
    }
    std::string out = say("（已清除：", " (stripped: ") + parts;
    const std::string where = r.value("gps_position", "");
    if (!where.empty()) {
        out += say("；拍摄位置曾为 ", "; it was taken at ") + where;
    }
    return out + say("）", ")");
}

}  // namespace baosong::app
