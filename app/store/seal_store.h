#pragma once
// The bundles a unit has sealed, by revision (bundle.md "Revisions and replay"): the next
// seal carries the next revision and names the last bundle's SHA-256 as its predecessor.

#include <optional>
#include <string>

#include "sqlite_database.h"
#include "vault_meta.h"

namespace baosong::app {

struct SealRecord {
    long long revision = 0;
    std::string sha256;
    std::string file;
    std::string manifest;
    std::string sealedAt;
};

// A seal under way (VAULT_FORMAT.md, meta "seal_pending"): written before its files
// appear, so a seal killed at any point leaves the vault knowing where its files were going
// and what the bundle's SHA-256 will be; the next seal finishes or abandons it
// (core/bundle_seal.h) before anything else, and the vault and the folder agree again.
struct PendingSeal {
    SealRecord record;            // sha256 empty while the files are still being written
    std::string folder;           // where the seal writes, absolute
    std::string signatureSha256;  // of the .minisig (or, profile gm, .sig) it will place
    std::string readmeSha256;     // of the <stem>.README.txt it will place
    // Profile "gm" (bundle-gm.md): the signature is <bundle>.sig, and <bundle>.statement is
    // placed too. A record written before the profile existed reads as ".minisig" and "".
    std::string signatureSuffix = ".minisig";
    std::string statementSha256;
};

class SealStore {
  public:
    explicit SealStore(SqliteDatabase& db) : db_(db) {}
    std::optional<SealRecord> last();
    void record(const SealRecord& seal);
    std::optional<PendingSeal> pending();
    void putPending(const PendingSeal& pending);
    void clearPending();

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
