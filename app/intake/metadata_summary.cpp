#include "metadata_summary.h"

#include <map>

#include "removed_metadata.h"

namespace baosong::app::intake {

namespace {

struct Words {
    const char* zh;
    const char* en;
};

// The words for each kind a record lists (removed_metadata.h); kinds said otherwise
// ("info", "kept_signed", "other") are not here.
const std::map<std::string, Words>& jpegWords() {
    static const std::map<std::string, Words> words = {
        {"gps", {"GPS 位置", "GPS position"}},
        {"exif", {"EXIF", "EXIF"}},
        {"xmp", {"XMP", "XMP"}},
        {"iptc", {"IPTC", "IPTC"}},
        {"comment", {"注释", "comment"}},
        {"thumbnail", {"缩略图", "thumbnail"}},
        {"trailing_data", {"尾随数据", "trailing data"}},
    };
    return words;
}

const std::map<std::string, Words>& pdfWords() {
    static const std::map<std::string, Words> words = {
        {"xmp", {"XMP", "XMP"}},
        {"piece_info", {"程序私有数据", "application data"}},
        {"dates", {"修改日期", "modification dates"}},
        {"thumbnail", {"缩略图", "thumbnails"}},
        {"annotations", {"批注作者和日期", "comment authors and dates"}},
        {"embedded_files", {"嵌入的文件", "embedded files"}},
        {"image_metadata", {"图像中的 EXIF 等", "EXIF and the like inside images"}},
    };
    return words;
}

// A list in the reader's language: "GPS 位置, EXIF".
class Phrases {
  public:
    explicit Phrases(bool english) : english_(english) {}

    std::string say(const char* zh, const char* en) const { return english_ ? en : zh; }
    void addKinds(const std::vector<std::string>& kinds,
                  const std::map<std::string, Words>& words) {
        for (const std::string& kind : kinds) {
            if (const auto w = words.find(kind); w != words.end()) {
                add(say(w->second.zh, w->second.en));
            }
        }
    }
    void add(const std::string& words) { text_ += (text_.empty() ? "" : ", ") + words; }
    const std::string& text() const { return text_; }

  private:
    bool english_;
    std::string text_;
};

// What was removed from a PDF, or why nothing was, and who the document said made it (a
// user or machine name can itself say too much).
std::string summaryOf(const RemovedPdfMetadata& r, bool english) {
    Phrases parts(english);
    std::string info;
    for (const std::string& key : r.info) {
        info += (info.empty() ? "" : ", ") + key;
    }
    if (!info.empty()) {
        parts.add(parts.say("文档信息 ", "document information ") + info);
    }
    parts.addKinds(r.kinds(), pdfWords());
    Phrases who(english);
    for (const auto& [value, zh, en] :
         {std::tuple{&r.author, "作者", "author"}, std::tuple{&r.creator, "创建程序", "creator"},
          std::tuple{&r.producer, "生成程序", "producer"}}) {
        if (!value->empty()) {
            who.add(who.say(zh, en) + " " + *value);
        }
    }
    std::string out;
    if (r.signedDocument) {
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
    if (r.repaired) {
        out += parts.say("；文件有损坏，读取时已修复，请核对内容是否完整",
                         "; the file was damaged and repaired when read: check it is complete");
    }
    return out + parts.say("）", ")");
}

// What was removed from a photo, and where it was taken.
std::string summaryOf(const RemovedMetadata& r, bool english) {
    Phrases parts(english);
    if (!r.jpeg) {
        return parts.say("（非 JPEG，未清除元数据）", " (not a JPEG: metadata not stripped)");
    }
    parts.addKinds(r.kinds(), jpegWords());
    if (parts.text().empty()) {
        return parts.say("（无元数据）", " (no metadata)");
    }
    std::string out = parts.say("（已清除：", " (stripped: ") + parts.text();
    if (!r.gpsPosition.empty()) {
        out += parts.say("；拍摄位置曾为 ", "; it was taken at ") + r.gpsPosition;
    }
    return out + parts.say("）", ")");
}

}  // namespace

std::string metadataSummary(const std::string& removedJson, bool english) {
    const auto record = parseRemovedRecord(removedJson);
    if (!record) {
        return "";
    }
    return std::visit([english](const auto& r) { return summaryOf(r, english); }, *record);
}

}  // namespace baosong::app::intake
