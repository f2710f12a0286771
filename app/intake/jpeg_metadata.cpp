#include "jpeg_metadata.h"

#include <libexif/exif-data.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "base/app_error.h"

namespace baosong::app::intake {

namespace {
// JPEG markers (ITU-T T.81, Table B.1).
constexpr std::uint8_t kTem = 0x01, kSof0 = 0xC0, kSoi = 0xD8, kEoi = 0xD9, kSos = 0xDA,
                       kCom = 0xFE, kApp0 = 0xE0, kApp1 = 0xE1, kApp2 = 0xE2, kApp13 = 0xED,
                       kApp14 = 0xEE;

AppError malformed(const char* whyKey) {
    return AppError(ErrorKind::BadInput, "photo_malformed",
                    Text("photo_malformed").with("why", Text(whyKey)));
}

bool startsWith(std::span<const std::uint8_t> payload, std::string_view prefix) {
    return payload.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), payload.begin(),
                      [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; });
}

struct ExifDataFree {
    void operator()(ExifData* data) const { exif_data_unref(data); }
};

std::string entryValue(ExifContent* ifd, ExifTag tag) {
    ExifEntry* entry = exif_content_get_entry(ifd, tag);
    if (entry == nullptr) {
        return {};
    }
    char buffer[256] = {};
    exif_entry_get_value(entry, buffer, sizeof buffer);
    return buffer;
}

// What an EXIF segment held, read with libexif (the APP1 payload after its length).
void readExif(std::span<const std::uint8_t> payload, RemovedMetadata& removed) {
    removed.exif = true;
    const std::unique_ptr<ExifData, ExifDataFree> data(
        exif_data_new_from_data(payload.data(), static_cast<unsigned int>(payload.size())));
    if (!data) {
        return;
    }
    ExifContent* gps = data->ifd[EXIF_IFD_GPS];
    if (gps != nullptr && gps->count > 0) {
        removed.gps = true;
        const std::string lat = entryValue(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE));
        const std::string latRef = entryValue(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF));
        const std::string lon = entryValue(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE));
        const std::string lonRef =
            entryValue(gps, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF));
        if (!lat.empty() || !lon.empty()) {
            removed.gpsPosition = latRef + " " + lat + ", " + lonRef + " " + lon;
        }
    }
    const std::string make = entryValue(data->ifd[EXIF_IFD_0], EXIF_TAG_MAKE);
    const std::string model = entryValue(data->ifd[EXIF_IFD_0], EXIF_TAG_MODEL);
    removed.camera = make.empty() ? model : model.empty() ? make : make + " " + model;
    removed.taken = entryValue(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL);
    if (data->data != nullptr && data->size > 0) {
        removed.thumbnail = true;
    }
}

// Decides one segment: true keeps it. A JFIF segment with a thumbnail is rewritten
// without it into `rewritten`.
bool keepSegment(std::uint8_t marker, std::span<const std::uint8_t> payload,
                 RemovedMetadata& removed, std::vector<std::uint8_t>& rewritten) {
    if (marker < kApp0 && marker != kCom) {
        return true;  // frame, tables, restart interval …: the image itself
    }
    if (marker == kApp0 && startsWith(payload, std::string_view("JFIF\0", 5)) &&
        payload.size() >= 14) {
        if (payload[12] != 0 || payload[13] != 0) {
            removed.thumbnail = true;
            rewritten.assign(payload.begin(), payload.begin() + 14);
            rewritten[12] = 0;
            rewritten[13] = 0;
        }
        return true;
    }
    if (marker == kApp2 && startsWith(payload, std::string_view("ICC_PROFILE\0", 12))) {
        return true;
    }
    if (marker == kApp14 && startsWith(payload, "Adobe")) {
        return true;
    }
    if (marker == kCom) {
        removed.comment = true;
    } else if (marker == kApp1 && startsWith(payload, std::string_view("Exif\0", 5))) {
        readExif(payload, removed);
    } else if (marker == kApp1 && startsWith(payload, "http://ns.adobe.com/")) {
        removed.xmp = true;
    } else if (marker == kApp13) {
        removed.iptc = true;
    } else if (marker == kApp0 || marker == kApp2) {
        removed.thumbnail = true;  // JFXX and MPF carry thumbnails and preview images
    } else {
        const std::string name = "APP" + std::to_string(marker - kApp0);
        if (std::find(removed.other.begin(), removed.other.end(), name) == removed.other.end()) {
            removed.other.push_back(name);
        }
    }
    return false;
}

bool isRestart(std::uint8_t marker) {
    return marker >= 0xD0 && marker <= 0xD7;
}
}  // namespace

StrippedJpeg stripJpegMetadata(std::span<const std::uint8_t> file) {
    StrippedJpeg out;
    if (file.size() < 2 || file[0] != 0xFF || file[1] != kSoi) {
        out.removed.jpeg = false;
        out.bytes.assign(file.begin(), file.end());
        return out;
    }
    out.bytes.reserve(file.size());
    out.bytes.insert(out.bytes.end(), file.begin(), file.begin() + 2);
    std::size_t i = 2;
    bool inScan = false;  // inside entropy-coded data after an SOS header
    while (true) {
        const bool afterScan = inScan;
        if (inScan) {
            // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or a restart
            // marker; anything else is the next marker.
            const std::size_t start = i;
            while (i + 1 < file.size() && !(file[i] == 0xFF && file[i + 1] != 0x00 &&
                                            !(file[i + 1] >= 0xD0 && file[i + 1] <= 0xD7))) {
                ++i;
            }
            if (i + 1 >= file.size()) {
                throw malformed("jpeg_no_end_marker");
            }
            out.bytes.insert(out.bytes.end(), file.begin() + static_cast<std::ptrdiff_t>(start),
                             file.begin() + static_cast<std::ptrdiff_t>(i));
            inScan = false;
        }
        if (i + 1 >= file.size() || file[i] != 0xFF) {
            throw malformed("jpeg_marker_missing");
        }
        while (i + 1 < file.size() && file[i + 1] == 0xFF) {
            ++i;  // fill bytes before a marker
        }
        if (i + 1 >= file.size()) {
            throw malformed("jpeg_truncated");
        }
        const std::uint8_t marker = file[i + 1];
        if (marker == kEoi) {
            out.bytes.push_back(0xFF);
            out.bytes.push_back(kEoi);
            i += 2;
            break;
        }
        if (marker == kTem || isRestart(marker)) {
            out.bytes.push_back(0xFF);
            out.bytes.push_back(marker);
            i += 2;
            // Fill bytes (T.81 B.1.1.2) before a restart marker ended the scan above, but
            // the entropy-coded data goes on after it (B.2.1); the copy has no fill bytes,
            // so read again it would stay in the scan.
            inScan = afterScan && isRestart(marker);
            continue;
        }
        // 0x00 is the stuffing of entropy-coded data, never a marker, 0x02 to 0xBF are
        // reserved (T.81 Table B.1) and SOI comes once; libjpeg refuses the last two. Taken
        // for segments, what follows them would read differently once the fill bytes before
        // them are gone.
        if (marker < kSof0 || marker == kSoi) {
            throw malformed("jpeg_marker_invalid");
        }
        if (i + 4 > file.size()) {
            throw malformed("jpeg_truncated");
        }
        const std::size_t length = std::size_t{file[i + 2]} << 8 | file[i + 3];
        if (length < 2 || i + 2 + length > file.size()) {
            throw malformed("jpeg_segment_length");
        }
        const auto payload = file.subspan(i + 4, length - 2);
        std::vector<std::uint8_t> rewritten;
        if (keepSegment(marker, payload, out.removed, rewritten)) {
            if (rewritten.empty()) {
                out.bytes.insert(out.bytes.end(), file.begin() + static_cast<std::ptrdiff_t>(i),
                                 file.begin() + static_cast<std::ptrdiff_t>(i + 2 + length));
            } else {
                const std::size_t newLength = rewritten.size() + 2;
                out.bytes.push_back(0xFF);
                out.bytes.push_back(marker);
                out.bytes.push_back(static_cast<std::uint8_t>(newLength >> 8));
                out.bytes.push_back(static_cast<std::uint8_t>(newLength & 0xFF));
                out.bytes.insert(out.bytes.end(), rewritten.begin(), rewritten.end());
            }
        }
        i += 2 + length;
        inScan = marker == kSos;
    }
    if (i < file.size()) {
        out.removed.trailingData = true;
    }
    out.removed.bytesRemoved = file.size() - out.bytes.size();
    return out;
}

}  // namespace baosong::app::intake
