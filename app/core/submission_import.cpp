#include "submission_import.h"

#include "grant_key.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "base/app_error.h"
#include "contained_file.h"
#include "crypto/sha256.h"
#include "file_intake.h"
#include "input_file.h"
#include "policy/parse_error.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "review_voiding.h"
#include "safe_reference.h"
#include "stamped_basis.h"
#include "store/audit_log.h"
#include "store/submission_store.h"
#include "submission_owner.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

struct PendingFile {
    policy::FileReference::Kind kind;
    std::string path;  // as written in the submission
    ContainedFile file;
};

// The export writes the document itself under this name beside the files.
constexpr std::string_view kDocumentName = "submission.json";

policy::Submission parse(const std::string& text) {
    try {
        return policy::parseSubmission(text);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       Text("submission_unimportable").with("why", libraryText("policy", e)));
    }
}

// Every referenced file, opened and checked before anything is written; all problems named
// at once.
std::vector<PendingFile> resolveFiles(const policy::Submission& s, const std::string& baseDir) {
    std::vector<PendingFile> pending;
    std::vector<Text> problems;
    for (const auto& ref : policy::fileReferences(s)) {
        requireSafeReference(ref);
        if (ref.path == kDocumentName) {
            throw AppError(ErrorKind::BadInput, "path_unsafe",
                           Text("path_named_submission").with("key", ref.keyPath));
        }
        ContainedFile file(baseDir, ref.path);
        if (file.state() != ContainedFile::State::Ok) {
            problems.push_back(Text("file_problem")
                                   .with("key", ref.keyPath)
                                   .with("path", ref.path)
                                   .with("problem", file.problem()));
            continue;
        }
        if (file.size() > kMaxStoredFileBytes) {
            throw AppError(ErrorKind::BadInput, "input_too_large",
                           Text("input_file_too_large")
                               .with("key", ref.keyPath)
                               .with("path", ref.path)
                               .with("limit_mib", std::to_string(kMaxStoredFileBytes >> 20)));
        }
        const bool grant = ref.kind == policy::FileReference::Kind::Grant;
        pending.push_back({ref.kind, ref.path, std::move(file)});
        // A grant travels with its signature (bundle.md "Quota grants").
        if (grant) {
            // FILE.minisig (intl) or FILE.sig (gm, bundle-gm.md), whichever is there.
            for (const std::string_view suffix : kGrantSignatureSuffixes) {
                const std::string path = ref.path + std::string(suffix);
                ContainedFile signature(baseDir, path);
                if (signature.state() == ContainedFile::State::Ok) {
                    pending.push_back({ref.kind, path, std::move(signature)});
                } else if (signature.state() != ContainedFile::State::Missing) {
                    problems.push_back(Text("file_problem")
                                           .with("key", ref.keyPath)
                                           .with("path", path)
                                           .with("problem", signature.problem()));
                }
            }
        }
    }
    if (!problems.empty()) {
        throw AppError(ErrorKind::BadInput, "file_missing",
                       Text("files_unavailable").with("dir", baseDir).withList("files", problems));
    }
    return pending;
}
}  // namespace

ImportSummary importSubmission(Vault& vault, const std::string& jsonPath, const std::string& actor,
                               const ImportProgress& progress,
                               const extract::ReadProgress& reading) {
    const std::string text = readInputText(jsonPath, policy::kMaxDocumentBytes, "file_submission");
    const policy::Submission submission = parse(text);
    requireOwnSubmission(submission, loadIdentity(vault.db()));
    const std::string baseDir = folderOf(jsonPath);
    const std::vector<PendingFile> pending = resolveFiles(submission, baseDir);

    ImportSummary summary;
    summary.candidates = submission.candidates.size();
    std::uint64_t total = 0;
    for (const PendingFile& f : pending) {
        total += f.file.size();
    }

    SqliteTransaction tx(vault.db());
    SubmissionStore store(vault.db());
    store.save(submission);
    store.removeAllFiles();
    std::vector<std::string> scans;
    extract::FileReader reader;  // one for the whole import: OCR's models load once
    for (const PendingFile& f : pending) {
        summary.bytes += f.file.size();
        summary.gpsRemoved +=
            storeSubmissionFile(vault.db(), f.kind, f.path, f.file, reader, reading) ? 1U : 0U;
        ++summary.files;
        if (f.kind == policy::FileReference::Kind::Stamped) {
            scans.push_back(f.path);
        }
        if (progress) {
            progress(summary.bytes, total);
        }
    }
    recordStampedBases(vault.db(), submission, scans);
    store.collectGarbage();
    const nlohmann::json detail = {{"source_sha256", crypto::toHex(crypto::Sha256::of(text))},
                                   {"candidates", summary.candidates},
                                   {"files", summary.files},
                                   {"bytes", summary.bytes},
                                   {"photos_with_gps_removed", summary.gpsRemoved},
                                   {"revision", submission.revision}};
    reconsiderSignOff(vault.db(), actor, "vault.import");
    AuditLog(vault.db()).append(actor, "vault.import", detail.dump());
    tx.commit();
    return summary;
}

}  // namespace baosong::app
