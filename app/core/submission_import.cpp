#include "submission_import.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "contained_file.h"
#include "crypto/sha256.h"
#include "input_file.h"
#include "jpeg_metadata.h"
#include "policy/parse_error.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "review_voiding.h"
#include "safe_relative_path.h"
#include "store/app_error.h"
#include "store/audit_log.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"
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
        throw AppError(ErrorKind::BadInput, e.code(), std::string("报送数据无法导入：") + e.what());
    }
}

void requireSameUnit(const policy::Submission& s, const VaultIdentity& id) {
    const auto mismatch = [](const char* what, const std::string& got, const std::string& want) {
        return AppError(ErrorKind::BadInput, "submission_other_unit",
                        std::string("报送数据的") + what + "是“" + got + "”，而该保险库属于“" +
                            want + "”；不予导入");
    };
    if (s.unit.id != id.unitId) {
        throw mismatch("统一社会信用代码（unit.id）", s.unit.id, id.unitId);
    }
    if (s.campaign != id.campaign) {
        throw mismatch("活动编号（campaign）", s.campaign, id.campaign);
    }
    if (s.channel != id.channel) {
        throw mismatch("推荐渠道（channel）", s.channel, id.channel);
    }
}

// Every referenced file, opened and checked before anything is written; all problems named
// at once.
std::vector<PendingFile> resolveFiles(const policy::Submission& s, const std::string& baseDir) {
    std::vector<PendingFile> pending;
    std::string problems;
    for (const auto& ref : policy::fileReferences(s)) {
        if (const auto reason = unsafePathReason(ref.path)) {
            throw AppError(ErrorKind::BadInput, "path_unsafe",
                           ref.keyPath + "：路径“" + ref.path + "”" + *reason);
        }
        if (ref.path == kDocumentName) {
            throw AppError(
                ErrorKind::BadInput, "path_unsafe",
                ref.keyPath + "：文件不能命名为 submission.json（导出时它是报送数据本身）");
        }
        ContainedFile file(baseDir, ref.path);
        if (file.state() != ContainedFile::State::Ok) {
            problems += "\n  " + ref.keyPath + "：" + ref.path + " " + file.problem();
            continue;
        }
        if (file.size() > kMaxStoredFileBytes) {
            throw AppError(ErrorKind::BadInput, "input_too_large",
                           ref.keyPath + "：文件“" + ref.path + "”超过 " +
                               std::to_string(kMaxStoredFileBytes >> 20) + " MiB");
        }
        const bool grant = ref.kind == policy::FileReference::Kind::Grant;
        pending.push_back({ref.kind, ref.path, std::move(file)});
        // A grant travels with its signature (bundle.md "Quota grants").
        if (grant) {
            ContainedFile signature(baseDir, ref.path + ".minisig");
            if (signature.state() == ContainedFile::State::Ok) {
                pending.push_back({ref.kind, ref.path + ".minisig", std::move(signature)});
            } else if (signature.state() != ContainedFile::State::Missing) {
                problems +=
                    "\n  " + ref.keyPath + "：" + ref.path + ".minisig " + signature.problem();
            }
        }
    }
    if (!problems.empty()) {
        throw AppError(ErrorKind::BadInput, "file_missing",
                       "以下照片或附件文件不可用（路径相对于 JSON 文件所在文件夹“" + baseDir +
                           "”）：" + problems);
    }
    return pending;
}
}  // namespace

ImportSummary importSubmission(Vault& vault, const std::string& jsonPath, const std::string& actor,
                               const ImportProgress& progress) {
    const std::string text = readInputText(jsonPath, policy::kMaxDocumentBytes, "报送数据文件");
    const policy::Submission submission = parse(text);
    requireSameUnit(submission, loadIdentity(vault.db()));
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
    for (const PendingFile& f : pending) {
        std::vector<std::uint8_t> bytes = f.file.read();
        summary.bytes += bytes.size();
        if (f.kind != policy::FileReference::Kind::Grant) {
            // Photos and scans lose their metadata before they are stored: what never
            // enters the vault can never leave it.
            StrippedJpeg stripped = stripJpegMetadata(bytes);
            const bool photo = f.kind == policy::FileReference::Kind::Photo;
            bytes = std::move(stripped.bytes);
            const StoredFile stored = store.putFile(f.path, bytes);
            if (photo || stripped.removed.jpeg) {
                PhotoMetadataStore(vault.db()).put(stored.sha256, stripped.removed.json());
            }
            summary.gpsRemoved += stripped.removed.gps ? 1 : 0;
        } else {
            store.putFile(f.path, bytes);
        }
        ++summary.files;
        if (progress) {
            progress(summary.bytes, total);
        }
    }
    store.collectGarbage();
    const nlohmann::json detail = {{"source_sha256", crypto::toHex(crypto::Sha256::of(text))},
                                   {"candidates", summary.candidates},
                                   {"files", summary.files},
                                   {"bytes", summary.bytes},
                                   {"photos_with_gps_removed", summary.gpsRemoved},
                                   {"revision", submission.revision}};
    voidSignOff(vault.db(), actor, "vault.import");
    AuditLog(vault.db()).append(actor, "vault.import", detail.dump());
    tx.commit();
    return summary;
}

}  // namespace baosong::app
