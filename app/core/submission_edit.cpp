#include "submission_edit.h"

#include "grant_key.h"

#include <algorithm>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/app_error.h"
#include "carried_photo.h"
#include "china_today.h"
#include "file_intake.h"
#include "policy/photo_facts.h"
#include "policy/submission_json.h"
#include "review_voiding.h"
#include "safe_reference.h"
#include "stamped_basis.h"
#include "store/audit_log.h"
#include "store/submission_store.h"
#include "submission_check.h"
#include "submission_import.h"
#include "submission_owner.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
const NewFile* findNew(const std::vector<NewFile>& newFiles, const std::string& path) {
    for (const NewFile& f : newFiles) {
        if (f.path == path) {
            return &f;
        }
    }
    return nullptr;
}
}  // namespace

policy::Submission loadOrStartSubmission(Vault& vault) {
    if (auto stored = SubmissionStore(vault.db()).load()) {
        return *stored;
    }
    const VaultIdentity id = loadIdentity(vault.db());
    policy::Submission s;
    s.campaign = id.campaign;
    s.channel = id.channel;
    s.unit.name = id.unitName;
    s.unit.id = id.unitId;
    s.date = todayInChina();
    return s;
}

EditSaved saveSubmission(Vault& vault, const policy::Submission& edited,
                         const std::vector<NewFile>& newFiles, const std::string& actor) {
    requireOwnSubmission(edited, loadIdentity(vault.db()));
    SubmissionStore store(vault.db());
    std::set<std::string> stored;
    for (const StoredFile& f : store.files()) {
        stored.insert(f.path);
    }
    // Each path named, with its kind; a grant keeps the signature stored beside it.
    std::map<std::string, policy::FileReference::Kind> named;
    std::vector<Text> missing;
    for (const auto& ref : policy::fileReferences(edited)) {
        requireSafeReference(ref);
        named.emplace(ref.path, ref.kind);
        if (ref.kind == policy::FileReference::Kind::Grant) {
            for (const std::string_view suffix : kGrantSignatureSuffixes) {
                named.emplace(ref.path + std::string(suffix), ref.kind);
            }
        }
        if (!findNew(newFiles, ref.path) && !stored.contains(ref.path)) {
            missing.push_back(Text("file_named").with("key", ref.keyPath).with("path", ref.path));
        }
    }
    if (!missing.empty()) {
        throw AppError(ErrorKind::BadInput, "file_missing",
                       Text("files_not_chosen").withList("files", missing));
    }
    for (const NewFile& f : newFiles) {
        if (f.bytes.size() > kMaxStoredFileBytes) {
            throw AppError(ErrorKind::BadInput, "input_too_large",
                           Text("stored_file_too_large")
                               .with("path", f.path)
                               .with("limit_mib", std::to_string(kMaxStoredFileBytes >> 20)));
        }
    }

    EditSaved saved;
    // Nothing new: opening, locking and quitting write nothing (and leave the audit log and
    // the sign-off as they were).
    const bool newFileNamed = std::any_of(newFiles.begin(), newFiles.end(),
                                          [&](const NewFile& f) { return named.contains(f.path); });
    const auto current = store.load();
    if (!newFileNamed && current && policy::toJson(*current) == policy::toJson(edited) &&
        std::all_of(stored.begin(), stored.end(),
                    [&](const std::string& path) { return named.contains(path); })) {
        return saved;
    }
    SqliteTransaction tx(vault.db());
    store.save(edited);
    for (const std::string& path : stored) {
        if (!named.contains(path) || findNew(newFiles, path)) {
            store.removeFile(path);
        }
    }
    std::vector<std::string> scans;
    extract::FileReader reader;
    for (const NewFile& f : newFiles) {
        const auto kind = named.find(f.path);
        if (kind == named.end()) {
            continue;  // chosen, then taken out again before saving
        }
        saved.gpsRemoved += storeSubmissionFile(vault.db(), kind->second, f.path, f.bytes, reader,
                                                {}, f.words.get())
                                ? 1U
                                : 0U;
        ++saved.newFiles;
        if (kind->second == policy::FileReference::Kind::Stamped) {
            scans.push_back(f.path);
        }
    }
    recordStampedBases(vault.db(), edited, scans);
    store.collectGarbage();
    const nlohmann::json detail = {{"candidates", edited.candidates.size()},
                                   {"new_files", saved.newFiles},
                                   {"photos_with_gps_removed", saved.gpsRemoved},
                                   {"revision", edited.revision}};
    AuditLog(vault.db()).append(actor, "vault.edit", detail.dump());
    reconsiderSignOff(vault.db(), actor, "vault.edit");
    tx.commit();
    return saved;
}

policy::CheckReport checkDraft(Vault& vault, const policy::Submission& draft,
                               const std::vector<NewFile>& newFiles, PhotoFactsCache& facts) {
    SubmissionStore store(vault.db());
    const FileReader read =
        [&](const std::string& path) -> std::optional<std::vector<std::uint8_t>> {
        if (const NewFile* f = findNew(newFiles, path)) {
            return f->bytes;
        }
        return store.findFileContents(path);
    };
    return checkSubmissionWith(vault, draft, read,
                               [&](const std::string& path) -> std::optional<policy::PhotoFacts> {
                                   if (const auto known = facts.find(path); known != facts.end()) {
                                       return known->second;
                                   }
                                   // A file chosen in the form is judged as saving will store it; a
                                   // stored one as it is, with what import removed from it.
                                   std::optional<policy::PhotoFacts> judged;
                                   if (const NewFile* f = findNew(newFiles, path)) {
                                       judged = carriedPhotoFacts(f->bytes);
                                   } else if (const auto bytes = store.findFileContents(path)) {
                                       judged = storedPhotoFacts(vault.db(), *bytes);
                                   }
                                   facts.emplace(path, judged);
                                   return judged;
                               });
}

}  // namespace baosong::app
