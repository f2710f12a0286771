#pragma once
// What an office vault holds besides its grant key (bundle.md "Keys", "Enrolment",
// "Revisions and replay"): its age identity, the units it enrolled, and per unit and
// campaign every bundle it accepted.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "crypto/age_x25519.h"
#include "sqlite_database.h"

namespace baosong::app {

struct Enrolment {
    std::string unitId;
    std::string unitName;
    std::string signingKey;   // "RW…", or an SM2 PEM key in profile "gm"
    std::string reviewerKey;  // "RW…", or an SM2 PEM key in profile "gm"
    std::string enrolledAt;
    std::string enrolledBy;
    std::string profile = "intl";  // "intl" or "gm" (bundle-gm.md)
};

struct ReceivedBundle {
    std::string unitId;
    std::string campaign;
    long long revision = 0;
    std::string sha256;
    std::string sealedAt;
    std::string receivedAt;
    std::string submission;  // data/submission.json
    std::string review;      // data/review.json
    std::string manifest;
    std::string findings;  // the policy re-check, JSON
    int policyErrors = 0;
};

class OfficeStore {
  public:
    explicit OfficeStore(SqliteDatabase& db) : db_(db) {}

    bool isOfficeVault();
    void putIdentity(const crypto::age::X25519Identity& identity);
    // Throws AppError (BadInput) "not_office_vault" in a unit's vault.
    crypto::age::X25519Identity identity();
    crypto::age::X25519Recipient recipient();

    void putEnrolment(const Enrolment& enrolment);
    std::optional<Enrolment> enrolment(const std::string& unitId);
    std::vector<Enrolment> enrolments();

    void putReceived(const ReceivedBundle& bundle);
    std::optional<ReceivedBundle> latest(const std::string& unitId, const std::string& campaign);
    // The latest accepted revision of every unit, for one campaign (all when empty).
    std::vector<ReceivedBundle> latestOfEachUnit(const std::string& campaign);

    // A file a received submission names, by its path in the bag's data/ (schema 5).
    void putReceivedFile(const ReceivedBundle& bundle, const std::string& path,
                         std::span<const std::uint8_t> bytes);
    // The same for a file of size bytes that readEach gives in pieces, each time it is
    // called: once for its digest, once as it is stored, so that no file is held whole.
    // Throws AppError (BadInput) "input_changed" when the two readings differ.
    using Pieces = std::function<void(std::span<const std::uint8_t>)>;
    void putReceivedFile(const ReceivedBundle& bundle, const std::string& path, std::int64_t size,
                         const std::function<void(const Pieces&)>& readEach);
    // nullopt when the bundle was received before files were kept, or names no such file.
    std::optional<std::vector<std::uint8_t>> receivedFile(const ReceivedBundle& bundle,
                                                          const std::string& path);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
