#include "form_files.h"

#include "base/app_error.h"
#include "core/export_payload.h"
#include "crypto/sha256.h"
#include "intake/jpeg_metadata.h"
#include "intake/metadata_summary.h"
#include "intake/pdf_metadata.h"
#include "policy/photo_facts.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
std::string contentName(const std::vector<std::uint8_t>& bytes) {
    return crypto::toHex(crypto::Sha256::of(bytes)).substr(0, 16);
}
}  // namespace

NewFile chosenPhoto(std::vector<std::uint8_t> bytes, const std::string& shownName) {
    if (!policy::inspectPhoto(bytes).isJpeg) {
        throw AppError(ErrorKind::BadInput, "photo_not_jpeg",
                       Text("photo_not_jpeg").with("name", shownName));
    }
    intake::stripJpegMetadata(bytes);  // refuses now what saving would refuse
    std::string path = "照片/" + contentName(bytes) + ".jpg";
    return {std::move(path), std::move(bytes)};
}

std::string chosenPhotoMetadataSummary(const std::vector<std::uint8_t>& bytes, Language language) {
    return intake::metadataSummary(intake::stripJpegMetadata(bytes).removed.json(), language);
}

NewFile chosenAttachment(std::vector<std::uint8_t> bytes, const std::string& fileName) {
    if (intake::looksLikePdf(bytes)) {
        intake::stripPdfMetadata(bytes, fileName);  // refuses now what saving would refuse
    }
    std::string path = "附件/" + contentName(bytes) + "/" + fileNamePart(fileName);
    return {std::move(path), std::move(bytes)};
}

std::vector<std::uint8_t> storedFileBytes(Vault& vault, const std::string& path) {
    return SubmissionStore(vault.db()).fileContents(path);
}

std::optional<std::vector<std::uint8_t>> findStoredFileBytes(Vault& vault,
                                                             const std::string& path) {
    return SubmissionStore(vault.db()).findFileContents(path);
}

std::string storedMetadataSummary(Vault& vault, const std::string& path, Language language) {
    for (const StoredFile& f : SubmissionStore(vault.db()).files()) {
        if (f.path == path) {
            return intake::metadataSummary(
                PhotoMetadataStore(vault.db()).removed(f.sha256).value_or(""), language);
        }
    }
    return {};
}

}  // namespace baosong::app
