#include "removed_metadata.h"

#include <nlohmann/json.hpp>

namespace baosong::app::intake {

namespace {
// Text from a camera or a PDF is not always UTF-8: a byte that is not is written as U+FFFD
// (JSON text is UTF-8, RFC 8259 §8.1) rather than failing the import.
std::string dump(const nlohmann::ordered_json& doc) {
    return doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void addIf(std::vector<std::string>& kinds, bool removed, const char* kind) {
    if (removed) {
        kinds.emplace_back(kind);
    }
}
}  // namespace

bool RemovedMetadata::any() const {
    return !jpeg || bytesRemoved > 0;
}

std::string RemovedMetadata::json() const {
    nlohmann::ordered_json doc;
    doc["jpeg"] = jpeg;
    doc["exif"] = exif;
    doc["gps"] = gps;
    doc["gps_position"] = gpsPosition;
    doc["camera"] = camera;
    doc["taken"] = taken;
    doc["xmp"] = xmp;
    doc["iptc"] = iptc;
    doc["comment"] = comment;
    doc["thumbnail"] = thumbnail;
    doc["trailing_data"] = trailingData;
    doc["other"] = other;
    doc["bytes_removed"] = bytesRemoved;
    return dump(doc);
}

std::vector<std::string> RemovedMetadata::kinds() const {
    std::vector<std::string> kinds;
    addIf(kinds, gps, "gps");
    addIf(kinds, exif, "exif");
    addIf(kinds, xmp, "xmp");
    addIf(kinds, iptc, "iptc");
    addIf(kinds, comment, "comment");
    addIf(kinds, thumbnail, "thumbnail");
    addIf(kinds, trailingData, "trailing_data");
    addIf(kinds, !other.empty(), "other");
    return kinds;
}

std::string RemovedPdfMetadata::json() const {
    nlohmann::ordered_json doc;
    doc["pdf"] = true;
    doc["stripped"] = stripped;
    doc["signed"] = signedDocument;
    doc["repaired"] = repaired;
    doc["info"] = info;
    doc["author"] = author;
    doc["creator"] = creator;
    doc["producer"] = producer;
    doc["xmp"] = xmp;
    doc["piece_info"] = pieceInfo;
    doc["dates"] = dates;
    doc["thumbnail"] = thumbnail;
    doc["annotations"] = annotations;
    doc["embedded_files"] = embeddedFiles;
    doc["image_metadata"] = imageMetadata;
    return dump(doc);
}

std::vector<std::string> RemovedPdfMetadata::kinds() const {
    std::vector<std::string> kinds;
    addIf(kinds, signedDocument, "kept_signed");
    addIf(kinds, !info.empty(), "info");
    addIf(kinds, xmp, "xmp");
    addIf(kinds, pieceInfo, "piece_info");
    addIf(kinds, dates, "dates");
    addIf(kinds, thumbnail, "thumbnail");
    addIf(kinds, annotations, "annotations");
    addIf(kinds, embeddedFiles, "embedded_files");
    addIf(kinds, imageMetadata, "image_metadata");
    return kinds;
}

std::string RemovedOfficeMetadata::json() const {
    nlohmann::ordered_json doc;
    doc["office"] = true;
    doc["format"] = format;
    doc["properties"] = properties;
    doc["creator"] = creator;
    doc["last_modified_by"] = lastModifiedBy;
    doc["company"] = company;
    doc["people"] = people;
    doc["custom_properties"] = customProperties;
    doc["authors"] = authors;
    doc["rsid"] = rsid;
    doc["printer_settings"] = printerSettings;
    doc["thumbnail"] = thumbnail;
    doc["template"] = templatePath;
    doc["file_path"] = filePath;
    return dump(doc);
}

std::vector<std::string> RemovedOfficeMetadata::kinds() const {
    std::vector<std::string> kinds;
    addIf(kinds, !properties.empty(), "properties");
    addIf(kinds, customProperties, "custom_properties");
    addIf(kinds, authors, "authors");
    addIf(kinds, rsid, "rsid");
    addIf(kinds, printerSettings, "printer_settings");
    addIf(kinds, thumbnail, "thumbnail");
    addIf(kinds, templatePath, "template");
    addIf(kinds, filePath, "file_path");
    return kinds;
}

std::string RemovedPngMetadata::json() const {
    nlohmann::ordered_json doc;
    doc["png"] = true;
    doc["text"] = textKeys;
    doc["exif"] = exif;
    doc["time"] = time;
    doc["trailing_data"] = trailingData;
    doc["other"] = other;
    doc["bytes_removed"] = bytesRemoved;
    return dump(doc);
}

std::vector<std::string> RemovedPngMetadata::kinds() const {
    std::vector<std::string> kinds;
    addIf(kinds, !textKeys.empty(), "text");
    addIf(kinds, exif, "exif");
    addIf(kinds, time, "time");
    addIf(kinds, trailingData, "trailing_data");
    addIf(kinds, !other.empty(), "other");
    return kinds;
}

std::optional<RemovedRecord> parseRemovedRecord(std::string_view json) {
    const auto r = nlohmann::json::parse(json, nullptr, false);
    if (r.is_discarded() || !r.is_object()) {
        return std::nullopt;
    }
    try {
        if (r.value("png", false)) {
            RemovedPngMetadata m;
            m.textKeys = r.value("text", std::vector<std::string>{});
            m.exif = r.value("exif", false);
            m.time = r.value("time", false);
            m.trailingData = r.value("trailing_data", false);
            m.other = r.value("other", std::vector<std::string>{});
            m.bytesRemoved = r.value("bytes_removed", std::uint64_t{0});
            return m;
        }
        if (r.value("office", false)) {
            RemovedOfficeMetadata m;
            m.format = r.value("format", "");
            m.properties = r.value("properties", std::vector<std::string>{});
            m.creator = r.value("creator", "");
            m.lastModifiedBy = r.value("last_modified_by", "");
            m.company = r.value("company", "");
            m.people = r.value("people", std::vector<std::string>{});
            m.customProperties = r.value("custom_properties", false);
            m.authors = r.value("authors", false);
            m.rsid = r.value("rsid", false);
            m.printerSettings = r.value("printer_settings", false);
            m.thumbnail = r.value("thumbnail", false);
            m.templatePath = r.value("template", false);
            m.filePath = r.value("file_path", false);
            return m;
        }
        if (r.value("pdf", false)) {
            RemovedPdfMetadata m;
            m.stripped = r.value("stripped", false);
            m.signedDocument = r.value("signed", false);
            m.repaired = r.value("repaired", false);
            m.info = r.value("info", std::vector<std::string>{});
            m.author = r.value("author", "");
            m.creator = r.value("creator", "");
            m.producer = r.value("producer", "");
            m.xmp = r.value("xmp", false);
            m.pieceInfo = r.value("piece_info", false);
            m.dates = r.value("dates", false);
            m.thumbnail = r.value("thumbnail", false);
            m.annotations = r.value("annotations", false);
            m.embeddedFiles = r.value("embedded_files", false);
            m.imageMetadata = r.value("image_metadata", false);
            return m;
        }
        RemovedMetadata m;
        m.jpeg = r.value("jpeg", true);
        m.exif = r.value("exif", false);
        m.gps = r.value("gps", false);
        m.gpsPosition = r.value("gps_position", "");
        m.camera = r.value("camera", "");
        m.taken = r.value("taken", "");
        m.xmp = r.value("xmp", false);
        m.iptc = r.value("iptc", false);
        m.comment = r.value("comment", false);
        m.thumbnail = r.value("thumbnail", false);
        m.trailingData = r.value("trailing_data", false);
        m.other = r.value("other", std::vector<std::string>{});
        m.bytesRemoved = r.value("bytes_removed", std::uint64_t{0});
        return m;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;  // a key of the wrong type: not a record this code wrote
    }
}

std::optional<std::vector<std::string>> removedKinds(std::string_view json) {
    const auto record = parseRemovedRecord(json);
    if (!record) {
        return std::nullopt;
    }
    return std::visit([](const auto& r) { return r.kinds(); }, *record);
}

}  // namespace baosong::app::intake
