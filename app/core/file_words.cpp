#include "file_words.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/app_error.h"
#include "intake/file_format.h"
#include "store/file_text_store.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
std::optional<extract::ReadableFormat> readableFormat(policy::FileReference::Kind kind,
                                                      std::span<const std::uint8_t> bytes,
                                                      const std::string& path) {
    const intake::FileFormat format = intake::detectFileFormat(bytes);
    switch (format) {
        case intake::FileFormat::Pdf:
            return extract::ReadableFormat::Pdf;
        case intake::FileFormat::OfficePackage:
            return extract::ReadableFormat::Office;
        case intake::FileFormat::Jpeg:
        case intake::FileFormat::Png:
            return extract::ReadableFormat::Image;
        default:
            break;
    }
    if (kind == policy::FileReference::Kind::Photo) {
        return std::nullopt;  // PHOTO_FORMAT.not_jpeg says what to do
    }
    intake::requireReadableFormat(format, path);  // throws
    return std::nullopt;
}

// "candidates[0].attachments[1]" → candidate 0, field "attachments[1]".
policy::FieldRef placeOf(const std::string& keyPath) {
    if (keyPath.starts_with("candidates[")) {
        const auto close = keyPath.find("].");
        if (close != std::string::npos) {
            return {std::stoi(keyPath.substr(11, close - 11)), keyPath.substr(close + 2)};
        }
    }
    return {std::nullopt, keyPath};
}
}  // namespace

extract::ExtractedText fileWords(extract::FileReader& reader, policy::FileReference::Kind kind,
                                 std::span<const std::uint8_t> bytes, const std::string& path,
                                 const extract::ReadProgress& progress) {
    const auto format = readableFormat(kind, bytes, path);
    if (!format) {
        return {};
    }
    return reader.read(*format, bytes, path, progress);
}

void keepWordsRead(SqliteDatabase& db, const std::string& sha256, const std::string& version,
                   const std::string& json) {
    FileTextStore store(db);
    if (!store.body(sha256, version)) {
        store.put(sha256, version, json);
    }
}

void keepFileWords(SqliteDatabase& db, extract::FileReader& reader, const std::string& sha256,
                   const std::string& path, policy::FileReference::Kind kind,
                   std::span<const std::uint8_t> bytes, const extract::ReadProgress& progress) {
    FileTextStore store(db);
    const std::string version = extract::FileReader::version();
    if (store.body(sha256, version)) {
        return;
    }
    store.put(sha256, version, fileWords(reader, kind, bytes, path, progress).json());
}

std::vector<policy::ScanFlag> scanFileWords(SqliteDatabase& db, const policy::Scanner& scanner,
                                            const policy::Submission& submission) {
    SubmissionStore files(db);
    std::map<std::string, std::string> shaOf;
    for (const StoredFile& f : files.files()) {
        shaOf[f.path] = f.sha256;
    }
    FileTextStore kept(db);
    const std::string version = extract::FileReader::version();
    std::unique_ptr<extract::FileReader> reader;  // only when something was not read yet
    std::set<std::string> scanned;
    std::vector<policy::ScanFlag> flags;
    for (const policy::FileReference& ref : policy::fileReferences(submission)) {
        const auto sha = shaOf.find(ref.path);
        if (ref.kind == policy::FileReference::Kind::Grant || sha == shaOf.end() ||
            !scanned.insert(sha->second).second) {
            continue;
        }
        std::optional<extract::ExtractedText> words;
        const auto body = kept.body(sha->second, version);
        if (body) {
            words = extract::ExtractedText::parse(*body, extract::ExtractedText::Boxes::Skip);
        }
        bool boxed = !body.has_value();  // words read now carry their boxes
        if (!words) {
            if (!reader) {
                reader = std::make_unique<extract::FileReader>();
            }
            const std::vector<std::uint8_t> bytes = files.fileContents(ref.path);
            words = fileWords(*reader, ref.kind, bytes, ref.path, {});
            boxed = true;
        }
        const policy::FieldRef place = placeOf(ref.keyPath);
        for (std::size_t i = 0; i < words->pieces.size(); ++i) {
            // The id hangs on the content and the page or part, not on the file's place in
            // the form: the same words in the same file keep their decision (scanner.md).
            const std::string where =
                "file:" + sha->second + "#" +
                (words->pieces[i].part.empty() ? "page=" + std::to_string(words->pieces[i].page)
                                               : "part=" + words->pieces[i].part);
            std::vector<policy::ScanFlag> found =
                scanner.scanText(words->pieces[i].text, {std::nullopt, where});
            if (!found.empty() && !boxed) {  // the file's first flag: its words with boxes
                if (auto full = extract::ExtractedText::parse(*body);
                    full && full->pieces.size() == words->pieces.size()) {
                    words = std::move(full);
                }
                boxed = true;
            }
            const extract::TextPiece& piece = words->pieces[i];
            for (policy::ScanFlag& flag : found) {
                policy::FlagLocation location;
                location.item = sha->second.substr(0, 16);
                location.path = ref.path;
                location.page = piece.page;
                location.part = piece.part;
                location.ocr = piece.ocr;
                if (const auto box = piece.boxOf(flag.start, flag.end)) {
                    location.box = std::array<double, 4>{box->x, box->y, box->width, box->height};
                }
                flag.candidate = place.candidate;
                flag.field = place.field;
                flag.location = std::move(location);
                flags.push_back(std::move(flag));
            }
        }
    }
    return flags;
}

bool wordsIncomplete(SqliteDatabase& db, const std::string& sha256) {
    const auto body = FileTextStore(db).body(sha256, extract::FileReader::version());
    const auto whole = body ? extract::ExtractedText::readWhole(*body) : std::nullopt;
    return whole.has_value() && !*whole;
}

}  // namespace baosong::app
