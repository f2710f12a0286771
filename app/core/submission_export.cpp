#include "submission_export.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "base/temp_sibling.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

void writeFile(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        throw AppError(ErrorKind::Problem, "io_error",
                       Text("export_write_failed").with("path", path.string()));
    }
}
}  // namespace

ExportSummary exportSubmission(Vault& vault, const std::string& dir, const std::string& actor) {
    SubmissionStore store(vault.db());
    const auto submission = store.load();
    if (!submission) {
        throw AppError(ErrorKind::BadInput, "vault_empty", Text("vault_has_no_submission_import"));
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(dir, ec))) {
        throw AppError(ErrorKind::BadInput, "target_exists",
                       Text("export_target_exists").with("dir", dir));
    }
    const fs::path parent = fs::path(dir).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
        throw AppError(ErrorKind::BadInput, "parent_missing",
                       Text("parent_missing").with("dir", parent.string()));
    }

    ExportSummary summary;
    summary.candidates = submission->candidates.size();
    TempSibling temp(dir, TempSibling::Kind::Directory);
    const fs::path root(temp.path());
    writeFile(root / "submission.json", policy::toJson(*submission));
    for (const StoredFile& file : store.files()) {
        // Stored paths passed this check on import; checked again so a damaged vault can
        // never write outside the export folder.
        if (relativePathProblem(file.path)) {
            throw AppError(ErrorKind::BadInput, "vault_corrupt",
                           Text("vault_path_unsafe").with("path", file.path));
        }
        const fs::path target = root / fs::path(file.path);
        fs::create_directories(target.parent_path());
        const auto bytes = store.fileContents(file.path);
        writeFile(target,
                  std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        ++summary.files;
        summary.bytes += bytes.size();
    }
    {
        SqliteTransaction tx(vault.db());
        const nlohmann::json detail = {{"folder", fs::absolute(dir).string()},
                                       {"files", summary.files},
                                       {"bytes", summary.bytes}};
        AuditLog(vault.db()).append(actor, "vault.export_json", detail.dump());
        // Recorded first: an export the log does not show is worse than a logged one that
        // then failed to appear.
        tx.commit();
        temp.commitNew();
    }
    return summary;
}

}  // namespace baosong::app
