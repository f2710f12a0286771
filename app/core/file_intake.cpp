#include "file_intake.h"

#include "base/app_error.h"
#include "contained_file.h"
#include "crypto/sha256.h"
#include "file_words.h"
#include "intake/file_format.h"
#include "intake/jpeg_metadata.h"
#include "intake/office_metadata.h"
#include "intake/pdf_metadata.h"
#include "intake/png_metadata.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
struct Stripped {
    std::vector<std::uint8_t> bytes;
    std::string removed;  // the record (intake/removed_metadata.h); "" when none is kept
    bool gps = false;
};

// Whether qpdf strips the file (a photo that is a PDF is refused by the checker; grants
// are not stripped at all).
bool strippedAsPdf(policy::FileReference::Kind kind, intake::FileFormat format) {
    using Kind = policy::FileReference::Kind;
    return format == intake::FileFormat::Pdf && kind != Kind::Photo && kind != Kind::Grant;
}

Stripped fromPdf(intake::StrippedPdf pdf) {
    return {std::move(pdf.bytes), pdf.removed.json()};
}

Stripped stripped(policy::FileReference::Kind kind, intake::FileFormat format,
                  const std::string& path, std::vector<std::uint8_t> bytes) {
    using Kind = policy::FileReference::Kind;
    if (strippedAsPdf(kind, format)) {
        return fromPdf(intake::stripPdfMetadata(bytes, path));
    }
    if (format == intake::FileFormat::OfficePackage && kind == Kind::Attachment) {
        intake::StrippedOffice office = intake::stripOfficeMetadata(bytes, path);
        return {std::move(office.bytes), office.removed.json()};
    }
    if (format == intake::FileFormat::Png) {
        intake::StrippedPng png = intake::stripPngMetadata(bytes);
        return {std::move(png.bytes), png.removed.json()};
    }
    intake::StrippedJpeg jpeg = intake::stripJpegMetadata(bytes);
    const bool keep = kind == Kind::Photo || jpeg.removed.jpeg;
    return {std::move(jpeg.bytes), keep ? jpeg.removed.json() : "", jpeg.removed.gps};
}

// The format checks of intake, then the stripping; grants are kept as signed.
Stripped admitted(policy::FileReference::Kind kind, const std::string& path,
                  std::vector<std::uint8_t> bytes) {
    using Kind = policy::FileReference::Kind;
    if (kind == Kind::Grant) {
        return {std::move(bytes), ""};
    }
    const intake::FileFormat format = intake::detectFileFormat(bytes);
    // A stamped scan (盖章版) must be a PDF (通知“三、(三)”); anything else never enters.
    if (kind == Kind::Stamped && format != intake::FileFormat::Pdf) {
        throw AppError(ErrorKind::BadInput, "stamped_not_pdf",
                       Text("stamped_not_pdf").with("path", path));
    }
    // Nothing whose words cannot be read is kept: it could not be scanned (scanner.md).
    if (kind == Kind::Attachment) {
        intake::requireReadableFormat(format, path);
    }
    return stripped(kind, format, path, std::move(bytes));
}
}  // namespace

WordsReadAhead readWordsAhead(policy::FileReference::Kind kind, const std::string& path,
                              std::vector<std::uint8_t> bytes,
                              const extract::ReadProgress& progress) {
    const Stripped file = admitted(kind, path, std::move(bytes));
    extract::FileReader reader;
    return {kind, crypto::toHex(crypto::Sha256::of(file.bytes)),
            fileWords(reader, kind, file.bytes, path, progress).json()};
}

namespace {
// Stores what intake admitted, keeps what was removed and the words.
bool keep(SqliteDatabase& db, policy::FileReference::Kind kind, const std::string& path,
          const Stripped& file, extract::FileReader& reader, const extract::ReadProgress& progress,
          const WordsReadAhead* ahead) {
    const StoredFile kept = SubmissionStore(db).putFile(path, file.bytes);
    if (kind == policy::FileReference::Kind::Grant) {
        return false;
    }
    if (!file.removed.empty()) {
        PhotoMetadataStore(db).put(kept.sha256, file.removed);
    }
    if (ahead != nullptr && ahead->kind == kind && ahead->sha256 == kept.sha256) {
        keepWordsRead(db, kept.sha256, extract::FileReader::version(), ahead->json);
    } else {
        keepFileWords(db, reader, kept.sha256, path, kind, file.bytes, progress);
    }
    return file.gps;
}
}  // namespace

bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, std::vector<std::uint8_t> bytes,
                         extract::FileReader& reader, const extract::ReadProgress& progress,
                         const WordsReadAhead* ahead) {
    return keep(db, kind, path, admitted(kind, path, std::move(bytes)), reader, progress, ahead);
}

bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, const ContainedFile& file,
                         extract::FileReader& reader, const extract::ReadProgress& progress) {
    // A PDF (a scanned book can be hundreds of megabytes) goes through qpdf as it reads
    // it, so that only the stripped file is ever held whole: poppler reads the words from
    // those very bytes, in memory, as they are stored.
    if (strippedAsPdf(kind, intake::detectFileFormat(file.readHead(intake::kFormatHeadBytes)))) {
        const ContainedFile::Stream stream = file.openStream();
        Stripped pdf = fromPdf(intake::stripPdfMetadata(stream.get(), path));
        // What was checked against the size limit is what qpdf read.
        file.requireUnchangedSize();
        return keep(db, kind, path, pdf, reader, progress, nullptr);
    }
    return storeSubmissionFile(db, kind, path, file.read(), reader, progress);
}

}  // namespace baosong::app
