#include "metadata_summary.h"

#include <map>
#include <tuple>

#include "base/text.h"
#include "removed_metadata.h"

namespace baosong::app::intake {

namespace {

// The catalogue key naming each kind a record lists (removed_metadata.h); kinds said
// otherwise ("info", "kept_signed", "other") are not here.
const std::map<std::string, const char*>& jpegKindKeys() {
    static const std::map<std::string, const char*> keys = {
        {"gps", "metadata_jpeg_gps"},
        {"exif", "metadata_exif"},
        {"xmp", "metadata_xmp"},
        {"iptc", "metadata_iptc"},
        {"comment", "metadata_jpeg_comment"},
        {"thumbnail", "metadata_jpeg_thumbnail"},
        {"trailing_data", "metadata_jpeg_trailing_data"},
    };
    return keys;
}

const std::map<std::string, const char*>& pdfKindKeys() {
    static const std::map<std::string, const char*> keys = {
        {"xmp", "metadata_xmp"},
        {"piece_info", "metadata_pdf_piece_info"},
        {"dates", "metadata_pdf_dates"},
        {"thumbnail", "metadata_pdf_thumbnails"},
        {"annotations", "metadata_pdf_annotations"},
        {"embedded_files", "metadata_pdf_embedded_files"},
        {"image_metadata", "metadata_pdf_image_metadata"},
    };
    return keys;
}

// A list in the reader's language: "GPS 位置, EXIF".
class Phrases {
  public:
    explicit Phrases(Language language) : language_(language) {}

    std::string say(const Text& text) const { return text.in(language_); }
    void addKinds(const std::vector<std::string>& kinds,
                  const std::map<std::string, const char*>& keys) {
        for (const std::string& kind : kinds) {
            if (const auto k = keys.find(kind); k != keys.end()) {
                add(say(Text(k->second)));
            }
        }
    }
    void add(const std::string& words) { text_ += (text_.empty() ? "" : ", ") + words; }
    const std::string& text() const { return text_; }

  private:
    Language language_;
    std::string text_;
};

// What was removed from a PDF, or why nothing was, and who the document said made it (a
// user or machine name can itself say too much).
std::string summaryOf(const RemovedPdfMetadata& r, Language language) {
    Phrases parts(language);
    std::string info;
    for (const std::string& key : r.info) {
        info += (info.empty() ? "" : ", ") + key;
    }
    if (!info.empty()) {
        parts.add(parts.say(Text("metadata_pdf_info").with("keys", info)));
    }
    parts.addKinds(r.kinds(), pdfKindKeys());
    Phrases who(language);
    for (const auto& [value, key] : {std::tuple{&r.author, "metadata_pdf_author"},
                                     std::tuple{&r.creator, "metadata_pdf_creator"},
                                     std::tuple{&r.producer, "metadata_pdf_producer"}}) {
        if (!value->empty()) {
            who.add(who.say(Text(key).with("name", *value)));
        }
    }
    std::string out;
    if (r.signedDocument) {
        out = parts.say(Text("metadata_pdf_signed_kept"));
        if (!parts.text().empty()) {
            out += parts.say(Text("metadata_pdf_signed_holds").with("list", parts.text()));
        }
    } else if (parts.text().empty()) {
        return parts.say(Text("metadata_none"));
    } else {
        out = parts.say(Text("metadata_stripped").with("list", parts.text()));
    }
    if (!who.text().empty()) {
        out += parts.say(Text("metadata_pdf_named").with("list", who.text()));
    }
    if (r.repaired) {
        out += parts.say(Text("metadata_pdf_repaired"));
    }
    return out + parts.say(Text("metadata_close"));
}

const std::map<std::string, const char*>& officeKindKeys() {
    static const std::map<std::string, const char*> keys = {
        {"custom_properties", "metadata_office_custom"},
        {"authors", "metadata_office_authors"},
        {"rsid", "metadata_office_rsid"},
        {"printer_settings", "metadata_office_printer"},
        {"thumbnail", "metadata_office_thumbnail"},
        {"template", "metadata_office_template"},
        {"file_path", "metadata_office_file_path"},
    };
    return keys;
}

// What was removed from a Word or Excel file, and whom it named.
std::string summaryOf(const RemovedOfficeMetadata& r, Language language) {
    Phrases parts(language);
    std::string keys;
    for (const std::string& key : r.properties) {
        keys += (keys.empty() ? "" : ", ") + key;
    }
    if (!keys.empty()) {
        parts.add(parts.say(Text("metadata_office_properties").with("keys", keys)));
    }
    parts.addKinds(r.kinds(), officeKindKeys());
    if (parts.text().empty()) {
        return parts.say(Text("metadata_none"));
    }
    Phrases who(language);
    std::string people;
    for (const std::string& name : r.people) {
        people += (people.empty() ? "" : ", ") + name;
    }
    for (const auto& [value, key] : {std::tuple{&r.creator, "metadata_pdf_author"},
                                     std::tuple{&r.lastModifiedBy, "metadata_office_last_editor"},
                                     std::tuple{&r.company, "metadata_office_company"}}) {
        if (!value->empty()) {
            who.add(who.say(Text(key).with("name", *value)));
        }
    }
    if (!people.empty()) {
        who.add(who.say(Text("metadata_office_people").with("names", people)));
    }
    std::string out = parts.say(Text("metadata_stripped").with("list", parts.text()));
    if (!who.text().empty()) {
        out += parts.say(Text("metadata_pdf_named").with("list", who.text()));
    }
    return out + parts.say(Text("metadata_close"));
}

// What was removed from a PNG picture.
std::string summaryOf(const RemovedPngMetadata& r, Language language) {
    Phrases parts(language);
    std::string keys;
    for (const std::string& key : r.textKeys) {
        keys += (keys.empty() ? "" : ", ") + key;
    }
    if (!keys.empty()) {
        parts.add(parts.say(Text("metadata_png_text").with("keys", keys)));
    }
    static const std::map<std::string, const char*> kinds = {
        {"exif", "metadata_exif"},
        {"time", "metadata_png_time"},
        {"trailing_data", "metadata_jpeg_trailing_data"},
    };
    parts.addKinds(r.kinds(), kinds);
    if (!r.other.empty()) {
        std::string other;
        for (const std::string& type : r.other) {
            other += (other.empty() ? "" : ", ") + type;
        }
        parts.add(parts.say(Text("metadata_png_other").with("types", other)));
    }
    if (parts.text().empty()) {
        return parts.say(Text("metadata_none"));
    }
    return parts.say(Text("metadata_stripped").with("list", parts.text())) +
           parts.say(Text("metadata_close"));
}

// What was removed from a photo, and where it was taken.
std::string summaryOf(const RemovedMetadata& r, Language language) {
    Phrases parts(language);
    if (!r.jpeg) {
        return parts.say(Text("metadata_not_jpeg"));
    }
    parts.addKinds(r.kinds(), jpegKindKeys());
    if (parts.text().empty()) {
        return parts.say(Text("metadata_none"));
    }
    std::string out = parts.say(Text("metadata_stripped").with("list", parts.text()));
    if (!r.gpsPosition.empty()) {
        out += parts.say(Text("metadata_jpeg_taken_at").with("position", r.gpsPosition));
    }
    return out + parts.say(Text("metadata_close"));
}

}  // namespace

std::string metadataSummary(const std::string& removedJson, Language language) {
    const auto record = parseRemovedRecord(removedJson);
    if (!record) {
        return "";
    }
    return std::visit([language](const auto& r) { return summaryOf(r, language); }, *record);
}

}  // namespace baosong::app::intake
