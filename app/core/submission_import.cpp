#include "submission_import.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "crypto/sha256.h"
#include "input_file.h"
#include "policy/parse_error.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "safe_relative_path.h"
#include "store/app_error.h"
#include "store/audit_log.h"
#include "store/submission_store.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

struct PendingFile {
    std::string keyPath;
    std::string path;  // as written in the submission
    fs::path source;
    std::uint64_t size = 0;
};

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

// Every referenced file, checked before anything is written; all problems named at once.
std::vector<PendingFile> resolveFiles(const policy::Submission& s, const fs::path& baseDir) {
    std::vector<PendingFile> pending;
    std::string missing;
    for (const auto& ref : policy::fileReferences(s)) {
        if (const auto reason = unsafePathReason(ref.path)) {
            throw AppError(ErrorKind::BadInput, "path_unsafe",
                           ref.keyPath + "：路径“" + ref.path + "”" + *reason);
        }
        const fs::path source = baseDir / fs::path(ref.path);
        std::error_code ec;
        if (!fs::is_regular_file(source, ec)) {
            missing += "\n  " + ref.keyPath + "：" + ref.path;
            continue;
        }
        pending.push_back({ref.keyPath, ref.path, source, fs::file_size(source, ec)});
        // A grant travels with its signature (bundle.md "Quota grants").
        if (ref.keyPath.starts_with("grants[")) {
            const fs::path signature = source.string() + ".minisig";
            if (fs::is_regular_file(signature, ec)) {
                pending.push_back(
                    {ref.keyPath, ref.path + ".minisig", signature, fs::file_size(signature, ec)});
            }
        }
    }
    if (!missing.empty()) {
        throw AppError(ErrorKind::BadInput, "file_missing",
                       "以下照片或附件文件不存在（路径相对于 JSON 文件所在文件夹“" +
                           baseDir.string() + "”）：" + missing);
    }
    for (const PendingFile& f : pending) {
        if (f.size > kMaxStoredFileBytes) {
            throw AppError(ErrorKind::BadInput, "input_too_large",
                           f.keyPath + "：文件“" + f.path + "”超过 " +
                               std::to_string(kMaxStoredFileBytes >> 20) + " MiB");
        }
    }
    return pending;
}
}  // namespace

ImportSummary importSubmission(Vault& vault, const std::string& jsonPath, const std::string& actor,
                               const ImportProgress& progress) {
    const std::string text = readInputText(jsonPath, policy::kMaxDocumentBytes, "报送数据文件");
    const policy::Submission submission = parse(text);
    requireSameUnit(submission, loadIdentity(vault.db()));
    fs::path baseDir = fs::path(jsonPath).parent_path();
    if (baseDir.empty()) {
        baseDir = ".";
    }
    const std::vector<PendingFile> pending = resolveFiles(submission, baseDir);

    ImportSummary summary;
    summary.candidates = submission.candidates.size();
    std::uint64_t total = 0;
    for (const PendingFile& f : pending) {
        total += f.size;
    }

    SqliteTransaction tx(vault.db());
    SubmissionStore store(vault.db());
    store.save(submission);
    store.removeAllFiles();
    for (const PendingFile& f : pending) {
        std::vector<std::uint8_t> bytes =
            readInputFile(f.source.string(), kMaxStoredFileBytes, "照片或附件");
        store.putFile(f.path, bytes);
        summary.bytes += bytes.size();
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
                                   {"revision", submission.revision}};
    AuditLog(vault.db()).append(actor, "vault.import", detail.dump());
    tx.commit();
    return summary;
}

}  // namespace baosong::app
