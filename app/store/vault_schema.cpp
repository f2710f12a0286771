#include "vault_schema.h"

#include <array>
#include <string>

#include "base/app_error.h"

namespace baosong::app {

namespace {
// Never edit a migration that has shipped: add a new one.
constexpr std::array<const char*, 10> kMigrations = {
    // 1: the submission document, its files (content-addressed), keys and the audit chain.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE submission(id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL) STRICT;
CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE files(path TEXT PRIMARY KEY,
                   sha256 TEXT NOT NULL REFERENCES blobs(sha256)) STRICT;
CREATE TABLE keys(role TEXT PRIMARY KEY, key_id TEXT NOT NULL, public_key TEXT NOT NULL,
                  secret BLOB NOT NULL, sealed INTEGER NOT NULL, created TEXT NOT NULL) STRICT;
CREATE TABLE audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
                   action TEXT NOT NULL, detail TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
)sql",
    // 2: the security review: the unit's lexicon, decisions on flags, approvals of photos and
    // attachments, the reviewer's sign-off, and what import stripped from each photo.
    R"sql(
CREATE TABLE lexicon(term TEXT NOT NULL, category TEXT NOT NULL,
                     PRIMARY KEY (term, category)) STRICT;
CREATE TABLE review_decisions(
    flag_id TEXT PRIMARY KEY, category TEXT NOT NULL, rule TEXT NOT NULL,
    candidate INTEGER, field TEXT NOT NULL, text TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('cleared', 'redacted', 'removed')),
    replacement TEXT NOT NULL, note TEXT NOT NULL, sentence_sha256 TEXT NOT NULL,
    reviewer TEXT NOT NULL, decided_at TEXT NOT NULL) STRICT;
CREATE TABLE review_approvals(sha256 TEXT PRIMARY KEY, reviewer TEXT NOT NULL,
                              approved_at TEXT NOT NULL) STRICT;
CREATE TABLE review_signoff(id INTEGER PRIMARY KEY CHECK (id = 1), manifest TEXT NOT NULL,
                            signature TEXT NOT NULL, reviewer TEXT NOT NULL,
                            signed_at TEXT NOT NULL) STRICT;
CREATE TABLE photo_metadata(sha256 TEXT PRIMARY KEY, removed TEXT NOT NULL) STRICT;
)sql",
    // 3: sealing and the office (spec/bundle.md). A unit vault holds the office's public
    //    keys and the bundles it sealed; an office vault its age identity, the enrolled
    //    units and the bundles it received. Both kinds share one schema.
    R"sql(
CREATE TABLE office_public(id INTEGER PRIMARY KEY CHECK (id = 1), recipient TEXT NOT NULL,
                           grant_key TEXT NOT NULL, imported_at TEXT NOT NULL) STRICT;
CREATE TABLE seals(revision INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, file TEXT NOT NULL,
                   manifest TEXT NOT NULL, sealed_at TEXT NOT NULL) STRICT;
CREATE TABLE office_identity(id INTEGER PRIMARY KEY CHECK (id = 1), identity BLOB NOT NULL,
                             recipient TEXT NOT NULL, created TEXT NOT NULL) STRICT;
CREATE TABLE enrolments(unit_id TEXT PRIMARY KEY, unit_name TEXT NOT NULL,
                        signing_key TEXT NOT NULL, reviewer_key TEXT NOT NULL,
                        enrolled_at TEXT NOT NULL, enrolled_by TEXT NOT NULL) STRICT;
CREATE TABLE received(unit_id TEXT NOT NULL, campaign TEXT NOT NULL, revision INTEGER NOT NULL,
                      sha256 TEXT NOT NULL, sealed_at TEXT NOT NULL, received_at TEXT NOT NULL,
                      submission TEXT NOT NULL, review TEXT NOT NULL, manifest TEXT NOT NULL,
                      findings TEXT NOT NULL, policy_errors INTEGER NOT NULL,
                      PRIMARY KEY(unit_id, campaign, revision)) STRICT;
)sql",
    // 4: a sign-off that no longer covers the content is kept, marked void with its cause and
    //    time, so people see that a reviewer signed and why it no longer holds.
    R"sql(
ALTER TABLE review_signoff ADD COLUMN voided_at TEXT NOT NULL DEFAULT '';
ALTER TABLE review_signoff ADD COLUMN voided_cause TEXT NOT NULL DEFAULT '';
)sql",
    // 5: the office's review (统一审核推荐): per candidate of a received revision, its
    //    推荐单位意见 and whether it goes forward, with the reason for withholding. Keyed by
    //    revision, so a later revision starts with none: the decisions are reopened. And the
    //    files each received submission names (photos, stamped scans, attachments, grants),
    //    as verified in the bag, so the set for 内蒙古科协 is made from them.
    R"sql(
CREATE TABLE office_decisions(
    unit_id TEXT NOT NULL, campaign TEXT NOT NULL, revision INTEGER NOT NULL,
    candidate INTEGER NOT NULL, opinion TEXT NOT NULL, opinion_at TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('', 'forward', 'withhold')),
    reason TEXT NOT NULL, decided_at TEXT NOT NULL, decided_by TEXT NOT NULL,
    PRIMARY KEY (unit_id, campaign, revision, candidate)) STRICT;
CREATE TABLE received_files(
    unit_id TEXT NOT NULL, campaign TEXT NOT NULL, revision INTEGER NOT NULL,
    path TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (unit_id, campaign, revision, path)) STRICT;
)sql",
    // 6: what each stamped scan (盖章版) was made from: the digest of its document's words and
    //    pictures when the scan was stored, so an edit or a redaction after it is seen (the
    //    scan still shows the old words; policy.md STAMPED_STALE).
    R"sql(
CREATE TABLE stamped_basis(path TEXT PRIMARY KEY, basis TEXT NOT NULL) STRICT;
)sql",
    // 7: the bundle profile (bundle-gm.md) of the office keys a unit imported and of each
    //    unit an office enrolled; rows made before it are "intl". In "gm" rows,
    //    office_public.recipient and grant_key and enrolments' keys hold SM2 PEM keys.
    //    blobs.sm3: each content's SM3 (hex) for the gm manifest; '' for contents stored
    //    before, which are hashed when needed.
    R"sql(
ALTER TABLE office_public ADD COLUMN profile TEXT NOT NULL DEFAULT 'intl';
ALTER TABLE enrolments ADD COLUMN profile TEXT NOT NULL DEFAULT 'intl';
ALTER TABLE blobs ADD COLUMN sm3 TEXT NOT NULL DEFAULT '';
)sql",
    // 8: the words read out of each stored file (scanner.md "Files"), by content: a PDF's
    //    text layer, OCR of photos and scanned pages, Word and Excel parts, with where they
    //    stand; `reader` names what read them, so a newer reader reads again.
    R"sql(
CREATE TABLE file_text(sha256 TEXT PRIMARY KEY, reader TEXT NOT NULL, body TEXT NOT NULL) STRICT;
)sql",
    // 9: blobs rebuilt with the content as its last column. SQLite keeps a large value in a
    //    chain of overflow pages and must walk the chain to reach any column stored after
    //    it, so blobs.sm3 (added at 7, after data) cost a decryption of every stored byte
    //    each time the file list was read. (SQLite "ALTER TABLE": other kinds of schema
    //    changes; foreign keys are off around this transaction, see migrateVaultSchema.)
    R"sql(
CREATE TABLE blobs_9(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, sm3 TEXT NOT NULL DEFAULT '',
                     data BLOB NOT NULL) STRICT;
INSERT INTO blobs_9(sha256, size, sm3, data) SELECT sha256, size, sm3, data FROM blobs;
DROP TABLE blobs;
ALTER TABLE blobs_9 RENAME TO blobs;
)sql",
    // 10: the documents of the signed-off payload, as made at the sign-off, which the seal
    //     sends (signed_document_store.h).
    R"sql(
CREATE TABLE signed_documents(path TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT;
)sql",
};

int userVersion(SqliteDatabase& db) {
    auto stmt = db.prepare("PRAGMA user_version");
    stmt.step();
    return static_cast<int>(stmt.integer(0));
}

void migrateLocked(SqliteDatabase& db) {
    // The version is read again under the write lock of BEGIN IMMEDIATE: a reader opens
    // without the vault's writer lock (vault_session.h), so another process may have
    // migrated between the first read and now, and a migration must never run twice.
    SqliteTransaction tx(db);
    const int locked = userVersion(db);
    if (locked == currentVaultSchemaVersion()) {
        return;
    }
    for (int v = locked; v < currentVaultSchemaVersion(); ++v) {
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
    }
    if (db.prepare("PRAGMA foreign_key_check").step()) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt", Text("vault_references_broken"));
    }
    db.exec("PRAGMA user_version = " + std::to_string(currentVaultSchemaVersion()));
    tx.commit();
}
}  // namespace

int currentVaultSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

void migrateVaultSchema(SqliteDatabase& db) {
    const int version = userVersion(db);
    if (version > currentVaultSchemaVersion()) {
        throw AppError(ErrorKind::BadInput, "vault_schema_newer",
                       Text("vault_schema_newer").with("version", std::to_string(version)));
    }
    if (version == currentVaultSchemaVersion()) {
        return;
    }
    // A migration that rebuilds a referenced table must run with foreign keys off (they
    // cannot be switched inside a transaction); they are checked before the commit instead.
    // When this throws, the caller drops the connection, foreign keys off with it.
    db.exec("PRAGMA foreign_keys = OFF");
    migrateLocked(db);
    db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace baosong::app
