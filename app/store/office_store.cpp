#include "office_store.h"

#include "crypto/sha256.h"

#include "audit_log.h"
#include "base/app_error.h"
#include "sqlite_blob_writer.h"

namespace baosong::app {

namespace {
AppError notOffice() {
    return AppError(ErrorKind::BadInput, "not_office_vault", Text("not_office_vault"));
}

constexpr const char* kReceivedColumns =
    "unit_id, campaign, revision, sha256, sealed_at, received_at, submission, review, "
    "manifest, findings, policy_errors";

ReceivedBundle receivedFrom(SqliteStatement& stmt) {
    return {stmt.text(0),
            stmt.text(1),
            stmt.integer(2),
            stmt.text(3),
            stmt.text(4),
            stmt.text(5),
            stmt.text(6),
            stmt.text(7),
            stmt.text(8),
            stmt.text(9),
            static_cast<int>(stmt.integer(10))};
}

Enrolment enrolmentFrom(SqliteStatement& stmt) {
    return {stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3),
            stmt.text(4), stmt.text(5), stmt.text(6)};
}
}  // namespace

bool OfficeStore::isOfficeVault() {
    auto stmt = db_.prepare("SELECT 1 FROM office_identity");
    return stmt.step();
}

void OfficeStore::putIdentity(const crypto::age::X25519Identity& identity) {
    const crypto::SecretBuffer secret = identity.text();
    db_.prepare(
           "INSERT INTO office_identity(id, identity, recipient, created) VALUES(1, ?1, ?2, ?3)")
        .bindBlob(1, secret.bytes())
        .bind(2, identity.recipient().text())
        .bind(3, utcNowRfc3339())
        .run();
}

crypto::age::X25519Identity OfficeStore::identity() {
    auto stmt = db_.prepare("SELECT identity FROM office_identity");
    if (!stmt.step()) {
        throw notOffice();
    }
    const crypto::SecretBuffer secret = crypto::SecretBuffer::copyOf(stmt.blobView(0));
    return crypto::age::X25519Identity::parse(secret.view());
}

crypto::age::X25519Recipient OfficeStore::recipient() {
    auto stmt = db_.prepare("SELECT recipient FROM office_identity");
    if (!stmt.step()) {
        throw notOffice();
    }
    return crypto::age::X25519Recipient::parse(stmt.text(0));
}

void OfficeStore::putEnrolment(const Enrolment& e) {
    db_.prepare(
           "INSERT OR REPLACE INTO enrolments(unit_id, unit_name, signing_key, reviewer_key, "
           "enrolled_at, enrolled_by, profile) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, e.unitId)
        .bind(2, e.unitName)
        .bind(3, e.signingKey)
        .bind(4, e.reviewerKey)
        .bind(5, e.enrolledAt)
        .bind(6, e.enrolledBy)
        .bind(7, e.profile)
        .run();
}

std::optional<Enrolment> OfficeStore::enrolment(const std::string& unitId) {
    auto stmt = db_.prepare(
        "SELECT unit_id, unit_name, signing_key, reviewer_key, enrolled_at, enrolled_by, "
        "profile FROM enrolments WHERE unit_id = ?1");
    stmt.bind(1, unitId);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return enrolmentFrom(stmt);
}

std::vector<Enrolment> OfficeStore::enrolments() {
    auto stmt = db_.prepare(
        "SELECT unit_id, unit_name, signing_key, reviewer_key, enrolled_at, enrolled_by, "
        "profile FROM enrolments ORDER BY unit_id");
    std::vector<Enrolment> out;
    while (stmt.step()) {
        out.push_back(enrolmentFrom(stmt));
    }
    return out;
}

void OfficeStore::putReceived(const ReceivedBundle& b) {
    db_.prepare(std::string("INSERT INTO received(") + kReceivedColumns +
                ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bind(1, b.unitId)
        .bind(2, b.campaign)
        .bind(3, std::int64_t{b.revision})
        .bind(4, b.sha256)
        .bind(5, b.sealedAt)
        .bind(6, b.receivedAt)
        .bind(7, b.submission)
        .bind(8, b.review)
        .bind(9, b.manifest)
        .bind(10, b.findings)
        .bind(11, std::int64_t{b.policyErrors})
        .run();
}

std::optional<ReceivedBundle> OfficeStore::latest(const std::string& unitId,
                                                  const std::string& campaign) {
    auto stmt = db_.prepare(std::string("SELECT ") + kReceivedColumns +
                            " FROM received WHERE unit_id = ?1 AND campaign = ?2 "
                            "ORDER BY revision DESC LIMIT 1");
    stmt.bind(1, unitId).bind(2, campaign);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return receivedFrom(stmt);
}

std::vector<ReceivedBundle> OfficeStore::latestOfEachUnit(const std::string& campaign) {
    auto stmt = db_.prepare(std::string("SELECT ") + kReceivedColumns +
                            " FROM received r WHERE (?1 = '' OR campaign = ?1) AND revision = "
                            "(SELECT MAX(revision) FROM received s WHERE s.unit_id = r.unit_id "
                            "AND s.campaign = r.campaign) ORDER BY campaign, unit_id");
    stmt.bind(1, campaign);
    std::vector<ReceivedBundle> out;
    while (stmt.step()) {
        out.push_back(receivedFrom(stmt));
    }
    return out;
}

void OfficeStore::putReceivedFile(const ReceivedBundle& bundle, const std::string& path,
                                  std::span<const std::uint8_t> bytes) {
    putReceivedFile(bundle, path, static_cast<std::int64_t>(bytes.size()),
                    [bytes](const Pieces& each) { each(bytes); });
}

void OfficeStore::putReceivedFile(const ReceivedBundle& bundle, const std::string& path,
                                  std::int64_t size,
                                  const std::function<void(const Pieces&)>& readEach) {
    crypto::Sha256 first;
    readEach([&first](std::span<const std::uint8_t> piece) { first.update(piece); });
    const std::string sha256 = crypto::toHex(first.finish());
    // The content goes in through incremental blob I/O: binding it would copy it twice.
    db_.prepare(
           "INSERT OR REPLACE INTO received_files(unit_id, campaign, revision, path, sha256, "
           "data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, bundle.unitId)
        .bind(2, bundle.campaign)
        .bind(3, static_cast<std::int64_t>(bundle.revision))
        .bind(4, path)
        .bind(5, sha256)
        .bindZeroBlob(6, size)
        .run();
    SqliteBlobWriter blob(db_, "received_files", "data", db_.lastInsertRowId());
    crypto::Sha256 second;
    std::int64_t at = 0;
    readEach([&](std::span<const std::uint8_t> piece) {
        if (at + static_cast<std::int64_t>(piece.size()) > size) {
            throw AppError(ErrorKind::BadInput, "input_changed",
                           Text("input_changed").with("path", path));
        }
        blob.write(at, piece);
        second.update(piece);
        at += static_cast<std::int64_t>(piece.size());
    });
    if (at != size || crypto::toHex(second.finish()) != sha256) {
        throw AppError(ErrorKind::BadInput, "input_changed",
                       Text("input_changed").with("path", path));
    }
}

std::optional<std::vector<std::uint8_t>> OfficeStore::receivedFile(const ReceivedBundle& bundle,
                                                                   const std::string& path) {
    auto stmt = db_.prepare(
        "SELECT data FROM received_files WHERE unit_id = ?1 AND campaign = ?2 AND revision = ?3 "
        "AND path = ?4");
    stmt.bind(1, bundle.unitId)
        .bind(2, bundle.campaign)
        .bind(3, static_cast<std::int64_t>(bundle.revision))
        .bind(4, path);
    if (!stmt.step()) {
        return std::nullopt;
    }
    const auto data = stmt.blobView(0);
    return std::vector<std::uint8_t>(data.begin(), data.end());
}

}  // namespace baosong::app
