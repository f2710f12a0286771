#include "audit_log.h"

#include <array>
#include <ctime>

#include "crypto/little_endian.h"
#include "crypto/sha256.h"

namespace baosong::app {

namespace {
const std::string kGenesis(64, '0');

void feed(crypto::Sha256& h, std::string_view field) {
    std::array<std::uint8_t, 8> length{};
    crypto::storeLittleEndian(static_cast<std::uint64_t>(field.size()), std::span(length));
    h.update(length).update(field);
}

// SHA-256(prev_hash_hex || len-prefixed seq, at, actor, action, detail)
std::string chainHash(const std::string& previous, const AuditEntry& e) {
    crypto::Sha256 h;
    feed(h, previous);
    feed(h, std::to_string(e.seq));
    feed(h, e.at);
    feed(h, e.actor);
    feed(h, e.action);
    feed(h, e.detail);
    return crypto::toHex(h.finish());
}

std::string storedHead(SqliteDatabase& db) {
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'");
    return stmt.step() ? stmt.text(0) : std::string();
}
}  // namespace

std::string utcNowRfc3339() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

void AuditLog::append(const std::string& actor, const std::string& action,
                      const std::string& detail) {
    AuditEntry e;
    std::string previous = kGenesis;
    {
        auto last = db_.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            e.seq = last.integer(0);
            previous = last.text(1);
        }
    }
    e.seq += 1;
    e.at = utcNowRfc3339();
    e.actor = actor;
    e.action = action;
    e.detail = detail;
    e.hash = chainHash(previous, e);
    db_.prepare("INSERT INTO audit(seq, at, actor, action, detail, hash) VALUES(?1,?2,?3,?4,?5,?6)")
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.detail)
        .bind(6, e.hash)
        .run();
    db_.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('audit_head', ?1)")
        .bind(1, std::to_string(e.seq) + ":" + e.hash)
        .run();
}

std::vector<AuditEntry> AuditLog::entries() {
    std::vector<AuditEntry> out;
    auto stmt = db_.prepare("SELECT seq, at, actor, action, detail, hash FROM audit ORDER BY seq");
    while (stmt.step()) {
        out.push_back({stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
                       stmt.text(5)});
    }
    return out;
}

AuditVerification AuditLog::verify() {
    AuditVerification result;
    std::string previous = kGenesis;
    std::int64_t expectedSeq = 1;
    const auto fail = [&result](std::int64_t seq, Text problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = std::move(problem);
        return result;
    };
    for (const AuditEntry& e : entries()) {
        if (e.seq != expectedSeq) {
            return fail(expectedSeq,
                        Text("audit_entry_missing").with("seq", std::to_string(expectedSeq)));
        }
        if (e.seq == 1 && e.action != "vault.init" && e.action != "office.init") {
            return fail(1, Text("audit_first_not_creation"));
        }
        if (chainHash(previous, e) != e.hash) {
            return fail(e.seq, Text("audit_entry_altered").with("seq", std::to_string(e.seq)));
        }
        previous = e.hash;
        ++expectedSeq;
        ++result.entries;
    }
    if (result.entries == 0) {
        return fail(1, Text("audit_empty"));
    }
    const std::string head = storedHead(db_);
    const std::string expectedHead =
        result.entries == 0 ? std::string() : std::to_string(result.entries) + ":" + previous;
    if (head != expectedHead) {
        return fail(result.entries + 1, Text("audit_tail_removed"));
    }
    return result;
}

}  // namespace baosong::app
