#include "metadata_summary.h"

#include <nlohmann/json.hpp>
#include <span>
#include <tuple>

namespace baosong::app {

namespace {

// A flag of a stored record and its words.
struct Part {
    const char* key;
    const char* zh;
    const char* en;
};

constexpr Part kJpegParts[] = {
    {"gps", "GPS 位置", "GPS position"},
    {"exif", "EXIF", "EXIF"},
    {"xmp", "XMP", "XMP"},
    {"iptc", "IPTC", "IPTC"},
    {"comment", "注释", "comment"},
    {"thumbnail", "缩略图", "thumbnail"},
    {"trailing_data", "尾随数据", "trailing data"},
};

constexpr Part kPdfParts[] = {
    {"xmp", "XMP", "XMP"},
    {"piece_info", "程序私有数据", "application data"},
    {"dates", "修改日期", "modification dates"},
    {"thumbnail", "缩略图", "thumbnails"},
    {"annotations", "批注作者和日期", "comment authors and dates"},
    {"embedded_files", "嵌入的文件", "embedded files"},
    {"image_metadata", "图像中的 EXIF 等", "EXIF and the like inside images"},
};

// A list of what a stored record says, in the reader's language: "GPS 位置, EXIF".
class Phrases {
  public:
    Phrases(const nlohmann::json& record, bool english) : record_(record), english_(english) {}

    std::string say(const char* zh, const char* en) const { return english_ ? en : zh; }
    // Adds the words of each part whose key is true in the record.
    void addEach(std::span<const Part> parts) {
        for (const Part& part : parts) {
            if (record_.value(part.key, false)) {
                add(say(part.zh, part.en));
            }
        }
    }
    void add(const std::string& words) { text_ += (text_.empty() ? "" : ", ") + words; }
    const std::string& text() const { return text_; }

  private:
    const nlohmann::json& record_;
    bool english_;
    std::string text_;
};

// RemovedPdfMetadata::json() in words: what was removed, or why nothing was, and who the
// document said made it (a user or machine name can itself say too much).
std::string pdfSummary(const nlohmann::json& r, bool english) {
    Phrases parts(r, english);
    std::string info;
    for (const std::string& key : r.value("info", std::vector<std::string>{})) {
        info += (info.empty() ? "" : ", ") + key;
    }
    if (!info.empty()) {
        parts.add(parts.say("文档信息 ", "document information ") + info);
    }
    parts.addEach(kPdfParts);
    Phrases who(r, english);
    for (const auto& [key, zh, en] :
         {std::tuple{"author", "作者", "author"}, std::tuple{"creator", "创建程序", "creator"},
          std::tuple{"producer", "生成程序", "producer"}}) {
        const std::string value = r.value(key, "");
        if (!value.empty()) {
            who.add(who.say(zh, en) + " " + value);
        }
    }
    std::string out;
    if (r.value("signed", false)) {
        out = parts.say("（带电子签章，未清除元数据，以免签章失效",
                        " (digitally signed: metadata kept so the signature stays valid");
        if (!parts.text().empty()) {
            out += parts.say("；含 ", "; it holds ") + parts.text();
        }
    } else if (parts.text().empty()) {
        return parts.say("（无元数据）", " (no metadata)");
    } else {
        out = parts.say("（已清除：", " (stripped: ") + parts.text();
    }
    if (!who.text().empty()) {
        out += parts.say("；文档中记有", "; the document named its ") + who.text();
    }
    if (r.value("repaired", false)) {
        out += parts.say("；文件有损坏，读取时已修复，请核对内容是否完整",
                         "; the file was damaged and repaired when read: check it is complete");
    }
    return out + parts.say("）", ")");
}

}  // namespace

std::vector<std::string> removedKinds(const std::string& removedJson) {
    std::vector<std::string> kinds;
    const auto r = nlohmann::json::parse(removedJson, nullptr, false);
    if (r.is_discarded() || !r.is_object()) {
        return kinds;
    }
    const bool pdf = r.value("pdf", false);
    if (pdf && r.value("signed", false)) {
        kinds.emplace_back("kept_signed");
    }
    if (pdf && !r.value("info", std::vector<std::string>{}).empty()) {
        kinds.emplace_back("info");
    }
    for (const Part& part :
         pdf ? std::span<const Part>(kPdfParts) : std::span<const Part>(kJpegParts)) {
        if (r.value(part.key, false)) {
            kinds.emplace_back(part.key);
        }
    }
    if (!pdf && !r.value("other", std::vector<std::string>{}).empty()) {
        kinds.emplace_back("other");
    }
    return kinds;
}

std::string metadataSummary(const std::string& removedJson, bool english) {
    if (removedJson.empty()) {
        return "";
    }
    const auto r = nlohmann::json::parse(removedJson, nullptr, false);
    if (r.is_discarded() || !r.is_object()) {
        return "";
    }
    if (r.value("pdf", false)) {
        return pdfSummary(r, english);
    }
    Phrases parts(r, english);
    if (!r.value("jpeg", true)) {
        return parts.say("（非 JPEG，未清除元数据）", " (not a JPEG: metadata not stripped)");
    }
    parts.addEach(kJpegParts);
    if (parts.text().empty()) {
        return parts.say("（无元数据）", " (no metadata)");
    }
    std::string out = parts.say("（已清除：", " (stripped: ") + parts.text();
    const std::string where = r.value("gps_position", "");
    if (!where.empty()) {
        out += parts.say("；拍摄位置曾为 ", "; it was taken at ") + where;
    }
    return out + parts.say("）", ")");
}

}  // namespace baosong::app
