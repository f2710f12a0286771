#include "document_export.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "export_payload.h"
#include "output_folder.h"
#include "store/audit_log.h"
#include "store/seal_store.h"
#include "store/submission_store.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

void writeBytes(const std::string& path, SqliteDatabase& db, const PayloadFile& file) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw AppError(ErrorKind::Problem, "io_error", Text("cannot_write").with("path", path));
    }
    bool ok = true;
    writePayloadFile(db, file, [&](std::span<const std::uint8_t> piece) {
        std::size_t done = 0;
        while (ok && done < piece.size()) {
            const ssize_t n = ::write(fd, piece.data() + done, piece.size() - done);
            ok = n > 0;
            done += ok ? static_cast<std::size_t>(n) : 0;
        }
    });
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        throw AppError(ErrorKind::Problem, "io_error", Text("write_failed").with("path", path));
    }
}
}  // namespace

DocumentsWritten writeDocuments(Vault& vault, const std::string& outDir, const std::string& actor) {
    requireOutputFolder(outDir);
    SqliteDatabase& db = vault.db();
    SubmissionStore store(db);
    const auto submission = store.load();
    if (!submission) {
        throw AppError(ErrorKind::Problem, "submission_missing", Text("vault_has_no_submission"));
    }
    const policy::Submission& s = *submission;
    const VaultIdentity id = loadIdentity(db);
    // The revision the next seal will carry (export_payload.cpp).
    long long revision = s.revision;
    if (const auto last = SealStore(db).last()) {
        revision = std::max(revision, last->revision + 1);
    }
    DocumentsWritten out;
    out.folder = (fs::path(outDir) /
                  (id.unitId + "-" + id.campaign + "-r" + std::to_string(revision) + "-文件"))
                     .string();
    requireNoTarget(out.folder);
    TempSibling staging(out.folder, TempSibling::Kind::Directory);
    const fs::path root(staging.path());

    // Exactly the bag's documents and photos (export_payload.h), so what is printed and
    // stamped is what the seal carries; not the stamped scans, which are that print.
    const ExportPayload payload = buildExportPayload(db);
    for (const PayloadFile& f : payload.files) {
        const std::string file = f.path.substr(std::string("data/").size());
        if (f.path == "data/submission.json" || f.path == "data/review.json" ||
            file.starts_with("附件/") || file.starts_with("授权/") || file.starts_with("盖章版/")) {
            continue;
        }
        fs::create_directories((root / file).parent_path());
        writeBytes((root / file).string(), db, f);
        out.files.push_back(file);
    }
    std::sort(out.files.begin(), out.files.end());
    SqliteTransaction tx(db);
    AuditLog(db).append(actor, "documents.written",
                        nlohmann::json{{"folder", out.folder}, {"files", out.files.size()}}.dump());
    staging.commitNew();
    tx.commit();
    return out;
}

}  // namespace baosong::app
