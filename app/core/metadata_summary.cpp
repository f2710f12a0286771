#include "metadata_summary.h"

#include <nlohmann/json.hpp>

namespace baosong::app {

namespace {

// RemovedPdfMetadata::json() in words: what was removed, or why nothing was, and who the
// document said made it (a user or machine name can itself say too much).
std::string pdfSummary(const nlohmann::json& r, bool english) {
    const auto say = [english](const char* zh, const char* en) {
        return std::string(english ? en : zh);
    };
    std::string parts;
    const auto info = r.value("info", std::vector<std::string>{});
    for (const std::string& key : info) {
        parts += (parts.empty() ? "" : ", ") + key;
    }
    if (!parts.empty()) {
        parts = say("文档信息 ", "document information ") + parts;
    }
    const auto add = [&](const char* key, const char* zh, const char* en) {
        if (r.value(key, false)) {
            parts += (parts.empty() ? "" : ", ") + say(zh, en);
        }
    };
    add("xmp", "XMP", "XMP");
    add("piece_info", "程序私有数据", "application data");
    add("dates", "修改日期", "modification dates");
    add("thumbnail", "缩略图", "thumbnails");
    add("annotations", "批注作者和日期", "comment authors and dates");
    add("embedded_files", "嵌入的文件", "embedded files");
    add("image_metadata", "图像中的 EXIF 等", "EXIF and the like inside images");
    std::string who;
    const auto maker = [&](const char* key, const char* zh, const char* en) {
        const std::string value = r.value(key, "");
        if (!value.empty()) {
            who += (who.empty() ? "" : ", ") + say(zh, en) + " " + value;
        }
    };
    maker("author", "作者", "author");
    maker("creator", "创建程序", "creator");
    maker("producer", "生成程序", "producer");
    std::string out;
    if (r.value("signed", false)) {
        out = say("（带电子签章，未清除元数据，以免签章失效",
                  " (digitally signed: metadata kept so the "
                  "signature stays valid");
        if (!parts.empty()) {
            out += say("；含 ", "; it holds ") + parts;
        }
    } else if (parts.empty()) {
        return say("（无元数据）", " (no metadata)");
    } else {
        out = say("（已清除：", " (stripped: ") + parts;
    }
    if (!who.empty()) {
        out += say("；文档中记有", "; the document named its ") + who;
    }
    if (r.value("repaired", false)) {
        out += say("；文件有损坏，读取时已修复，请核对内容是否完整",
                   "; the file was damaged and repaired when read: check it is complete");
    }
    return out + say("）", ")");
}

}  // namespace

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
    if (r.value("pdf", false)) {
        return pdfSummary(r, english);
    }
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
