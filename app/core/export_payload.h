#pragma once
// The exact content about to be exported (bundle.md "data/"): submission.json with its
// photo paths pointing into the bag, review.json, the documents (submission_documents.h),
// the photos and the attachments, each under its bag path. The reviewer signs its
// manifest at sign-off; the seal must carry the same bytes, or the sign-off does not hold.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bundle/bag_profile.h"
#include "policy/submission.h"
#include "store/sqlite_database.h"

namespace baosong::app {

struct PayloadFile {
    std::string path;  // "data/照片/张三_证件照.jpg"
    std::string sha256;
    std::uint64_t size = 0;
    std::vector<std::uint8_t> bytes;  // made here (submission.json, review.json, documents)
    std::string storedPath;           // or else a file of the vault, streamed when written
    std::string manifestDigest;       // in the manifest: the SHA-256 (intl) or the SM3 (gm)
};

struct ExportPayload {
    // The profile of the office keys the vault imported ("intl" until it imported any):
    // it names the manifest's hash (bundle-gm.md "Inside: the bag").
    bundle::BundleProfile profile = bundle::BundleProfile::Intl;
    std::vector<PayloadFile> files;  // sorted by path
    // The BagIt manifest of the profile (RFC 8493 §2.1.3): "<digest>  <path>\n" per file,
    // manifest-sha256.txt or manifest-sm3.txt.
    std::string manifest() const;
    // An upper bound on the sealed bundle's size (bundle.md), what its folder must have
    // free: each file with its tar header and padding, the tag files, and age's 16 bytes
    // per 64 KiB chunk and its header.
    std::uint64_t sealedSizeBound() const;
};

// A person's or file's name as part of a file name in the bag and the documents
// (bundle.md, app/bundle/bag_path.h): NFC; path separators, control characters and "%"
// become "_"; at most 120 bytes, cut at a character boundary, so that a name with its
// prefix and suffix stays one path segment a tar and every file system take.
std::string fileNamePart(const std::string& name);

// Each candidate's 推荐表 file name without extension, in order: fileNamePart of the name,
// "_2", "_3" … for a name already taken. The Word and PDF forms and the stamped scan
// (盖章版/推荐表/<name>.pdf) of one candidate share it.
std::vector<std::string> formFileNames(const policy::Submission& submission);

// Where the notice wants a candidate's photo in the bag ("三、(三) 2"): the ID photo as
// 照片/<姓名>_证件照.jpg, life photo k (from 0) as 照片/<姓名><k+1>.jpg, the extension kept
// from the stored path.
std::string photoBagPath(const std::string& candidateName, std::optional<std::size_t> lifeIndex,
                         const std::string& storedPath);

// Where the documents in the payload come from: made now from the submission, or, for the
// seal, those kept at the sign-off (store/signed_document_store.h), made now when none
// were kept. The kept ones differ from new ones only when the submission changed, which
// changes submission.json and so the manifest, or the drawing did (a system update): the
// seal sends what the reviewer signed either way.
enum class PayloadDocuments { MadeNow, AsSignedOff };

// Throws AppError (Problem, "submission_missing") when the vault holds no submission.
ExportPayload buildExportPayload(SqliteDatabase& db,
                                 PayloadDocuments documents = PayloadDocuments::MadeNow);

// The documents a payload carries (data/…, as signed_document_store.h keeps them).
std::vector<std::pair<std::string, std::string>> payloadDocuments(const ExportPayload& payload);

// Writes a payload file's bytes in pieces: the made ones at once, the vault's streamed.
void writePayloadFile(SqliteDatabase& db, const PayloadFile& file,
                      const std::function<void(std::span<const std::uint8_t>)>& each);

}  // namespace baosong::app
