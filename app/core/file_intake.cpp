#include "file_intake.h"

#include "base/app_error.h"
#include "intake/jpeg_metadata.h"
#include "intake/pdf_metadata.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"

namespace baosong::app {

bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, std::vector<std::uint8_t> bytes) {
    SubmissionStore store(db);
    if (kind == policy::FileReference::Kind::Grant) {
        store.putFile(path, bytes);
        return false;
    }
    // A stamped scan (盖章版) must be a PDF (通知“三、(三)”); anything else never enters.
    if (kind == policy::FileReference::Kind::Stamped && !intake::looksLikePdf(bytes)) {
        throw AppError(ErrorKind::BadInput, "stamped_not_pdf",
                       Text("stamped_not_pdf").with("path", path));
    }
    if ((kind == policy::FileReference::Kind::Attachment ||
         kind == policy::FileReference::Kind::Stamped) &&
        intake::looksLikePdf(bytes)) {
        intake::StrippedPdf pdf = intake::stripPdfMetadata(bytes, path);
        const StoredFile stored = store.putFile(path, pdf.bytes);
        PhotoMetadataStore(db).put(stored.sha256, pdf.removed.json());
        return false;
    }
    intake::StrippedJpeg stripped = intake::stripJpegMetadata(bytes);
    const StoredFile stored = store.putFile(path, stripped.bytes);
    if (kind == policy::FileReference::Kind::Photo || stripped.removed.jpeg) {
        PhotoMetadataStore(db).put(stored.sha256, stripped.removed.json());
    }
    return stripped.removed.gps;
}

}  // namespace baosong::app
