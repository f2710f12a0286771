#include "export_payload.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/app_error.h"
#include "bundle/bag_path.h"
#include "bundle/bag_tags.h"
#include "crypto/sha256.h"
#include "crypto/sm3.h"
#include "grant_key.h"
#include "office_profile.h"
#include "policy/submission_json.h"
#include "review_record.h"
#include "store/seal_store.h"
#include "store/signed_document_store.h"
#include "store/submission_store.h"
#include "submission_documents.h"

namespace baosong::app {

namespace {
std::string extensionOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return "";
    }
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string baseNameOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

std::string fileNamePart(const std::string& name) {
    constexpr std::size_t kMaxBytes = 120;
    std::string out;
    for (char c : bundle::toNfc(name)) {
        const auto u = static_cast<unsigned char>(c);
        out += (c == '/' || c == '\\' || c == '%' || u < 0x20 || u == 0x7F) ? '_' : c;
    }
    if (out.size() > kMaxBytes) {
        std::size_t cut = kMaxBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
            --cut;  // not inside a UTF-8 sequence
        }
        out.resize(cut);
    }
    return out.empty() || out == "." || out == ".." ? "_" : out;
}

std::string ExportPayload::manifest() const {
    std::vector<bundle::ManifestLine> lines;
    for (const PayloadFile& f : files) {
        lines.push_back({f.manifestDigest, f.path});
    }
    return bundle::manifestText(std::move(lines));
}

std::uint64_t ExportPayload::sealedSizeBound() const {
    // tar: at most 512 bytes of header and padding per entry, a pax header each, and the
    // end blocks; the tag files (the manifest and a few short ones) likewise.
    std::uint64_t tar = 20480 + manifest().size() + 4096 + 8 * 2048;
    for (const PayloadFile& f : files) {
        tar += f.size + 512 + 2048;
    }
    // age: 16 bytes per 64 KiB chunk, and its header.
    return tar + (tar / 65536 + 1) * 16 + 4096;
}

std::vector<std::string> formFileNames(const policy::Submission& submission) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const policy::Candidate& c : submission.candidates) {
        std::string name = fileNamePart(c.name);
        for (int n = 2; taken.contains(name); ++n) {  // two candidates of the same name
            name = fileNamePart(c.name) + "_" + std::to_string(n);
        }
        taken.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

std::string photoBagPath(const std::string& candidateName, std::optional<std::size_t> lifeIndex,
                         const std::string& storedPath) {
    const std::string name = fileNamePart(candidateName);
    return "照片/" + name + (lifeIndex ? std::to_string(*lifeIndex + 1) : "_证件照") +
           extensionOf(storedPath);
}

ExportPayload buildExportPayload(SqliteDatabase& db, PayloadDocuments documents) {
    SubmissionStore store(db);
    auto submission = store.load();
    if (!submission) {
        throw AppError(ErrorKind::Problem, "submission_missing", Text("vault_has_no_submission"));
    }
    // Every seal is a new revision (bundle.md "Revisions and replay"), fixed here so the
    // reviewer signs the revision the office will see.
    if (const auto last = SealStore(db).last()) {
        submission->revision = std::max(submission->revision, last->revision + 1);
    }
    const bundle::BundleProfile profile = unitProfile(db);
    // A content stored before schema 7 has no SM3 yet: hashed from the vault when needed.
    const auto sm3OfStored = [&store](const std::string& stored) {
        crypto::Sm3 sm3;
        store.streamFile(stored,
                         [&sm3](std::span<const std::uint8_t> piece) { sm3.update(piece); });
        return crypto::toHex(sm3.finish());
    };
    std::map<std::string, PayloadFile> files;
    std::map<std::string, StoredFile> storedFiles;
    for (const StoredFile& f : store.files()) {
        storedFiles[f.path] = f;
    }
    const auto storedFile = [&](const std::string& bagPath, const std::string& stored) {
        const auto it = storedFiles.find(stored);
        if (it == storedFiles.end()) {
            throw AppError(ErrorKind::BadInput, "file_missing_in_vault",
                           Text("vault_file_missing").with("path", stored));
        }
        PayloadFile file{
            bagPath, it->second.sha256, static_cast<std::uint64_t>(it->second.size), {},
            stored,  it->second.sha256};
        if (profile == bundle::BundleProfile::Gm) {
            file.manifestDigest = !it->second.sm3.empty() ? it->second.sm3 : sm3OfStored(stored);
        }
        return file;
    };
    const auto madeFile = [profile](const std::string& bagPath, const std::string& text) {
        return PayloadFile{bagPath,     crypto::toHex(crypto::Sha256::of(text)),
                           text.size(), std::vector<std::uint8_t>(text.begin(), text.end()),
                           "",          bundle::digestHex(profile, text)};
    };
    // The documents are made from the submission as stored, photos by their vault paths,
    // unless the seal takes those of the sign-off.
    std::optional<std::vector<SignedDocumentStore::Document>> signedOff;
    if (documents == PayloadDocuments::AsSignedOff) {
        signedOff = SignedDocumentStore(db).load();
    }
    if (signedOff) {
        for (const auto& [path, bytes] : *signedOff) {
            files[path] = madeFile(path, bytes);
        }
    } else {
        for (DocumentFile& document : submissionDocuments(
                 *submission, [&store](const std::string& p) { return store.fileContents(p); })) {
            files["data/" + document.path] = madeFile("data/" + document.path, document.bytes);
        }
    }
    std::map<std::string, std::string> renamed;  // stored path → bag path (one per path)
    const auto place = [&](const std::string& stored, std::string wanted) {
        if (const auto it = renamed.find(stored); it != renamed.end()) {
            return it->second;
        }
        // Two candidates of the same name, or two attachments of the same file name, get
        // a number rather than overwrite each other.
        std::string bagPath = wanted;
        for (int n = 2; files.contains("data/" + bagPath); ++n) {
            const std::size_t dot = wanted.find_last_of('.');
            bagPath = wanted.substr(0, dot) + "_" + std::to_string(n) +
                      (dot == std::string::npos ? "" : wanted.substr(dot));
        }
        files["data/" + bagPath] = storedFile("data/" + bagPath, stored);
        renamed[stored] = bagPath;
        return bagPath;
    };
    const std::vector<std::string> formNames = formFileNames(*submission);
    // The stamped scans beside the Word files they were printed from (bundle.md "data/"):
    // Word 及盖章版 PDF 各一套 (通知“三、(三)”), visibly.
    for (std::size_t i = 0; i < submission->candidates.size(); ++i) {
        auto& c = submission->candidates[i];
        if (!c.stampedForm.empty()) {
            c.stampedForm = place(c.stampedForm, "盖章版/推荐表/" + formNames[i] + ".pdf");
        }
    }
    if (!submission->stamped.summary.empty()) {
        submission->stamped.summary = place(submission->stamped.summary, "盖章版/汇总表.pdf");
    }
    if (!submission->stamped.report.empty()) {
        submission->stamped.report =
            place(submission->stamped.report, "盖章版/推荐工作情况报告.pdf");
    }
    for (auto& c : submission->candidates) {
        const std::string name = fileNamePart(c.name);
        if (!c.photo.empty()) {
            c.photo = place(c.photo, photoBagPath(c.name, std::nullopt, c.photo));
        }
        for (std::size_t i = 0; i < c.lifePhotos.size(); ++i) {
            c.lifePhotos[i] = place(c.lifePhotos[i], photoBagPath(c.name, i, c.lifePhotos[i]));
        }
        for (auto& a : c.attachments) {
            a = place(a, "附件/" + name + "_" + fileNamePart(baseNameOf(a)));
        }
    }
    for (auto& g : submission->grants) {
        const std::string original = g;
        g = place(g, "授权/" + fileNamePart(baseNameOf(g)));
        for (const std::string_view suffix : kGrantSignatureSuffixes) {
            const std::string sig(suffix);
            if (storedFiles.contains(original + sig)) {  // the office's signature travels along
                files["data/" + g + sig] = storedFile("data/" + g + sig, original + sig);
            }
        }
    }
    const std::string json = policy::toJson(*submission);
    files["data/submission.json"] = madeFile("data/submission.json", json);
    const std::string review = reviewRecordJson(db, renamed);
    files["data/review.json"] = madeFile("data/review.json", review);
    ExportPayload payload;
    payload.profile = profile;
    for (auto& [path, file] : files) {
        payload.files.push_back(std::move(file));
    }
    return payload;
}

std::vector<std::pair<std::string, std::string>> payloadDocuments(const ExportPayload& payload) {
    std::vector<std::pair<std::string, std::string>> documents;
    for (const PayloadFile& f : payload.files) {
        if (f.storedPath.empty() && f.path != "data/submission.json" &&
            f.path != "data/review.json") {
            documents.emplace_back(f.path, std::string(f.bytes.begin(), f.bytes.end()));
        }
    }
    return documents;
}

void writePayloadFile(SqliteDatabase& db, const PayloadFile& file,
                      const std::function<void(std::span<const std::uint8_t>)>& each) {
    if (file.storedPath.empty()) {
        each(file.bytes);
    } else {
        SubmissionStore(db).streamFile(file.storedPath, each);
    }
}

}  // namespace baosong::app
