#include "review_workflow.h"

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/shown_time.h"
#include "content_scan.h"
#include "crypto/base64.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_signature.h"
#include "crypto/sha256.h"
#include "crypto/sm2_signature.h"
#include "export_payload.h"
#include "file_words.h"
#include "intake/metadata_summary.h"
#include "office_profile.h"
#include "policy/scan/redaction_fit.h"
#include "policy/scan/sentence_span.h"
#include "policy/scan/submission_scan.h"
#include "policy/utf8_codec.h"
#include "review_voiding.h"
#include "reviewer_name.h"
#include "store/audit_log.h"
#include "store/photo_metadata_store.h"
#include "store/signed_document_store.h"
#include "store/submission_store.h"
#include "store/vault_keys.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
// The sentence around a flag, hashed: a clearance holds while that sentence is unchanged.
std::string sentenceHash(const std::string& field, std::size_t start, std::size_t end) {
    const std::u32string text = policy::decodeUtf8(field);
    const auto [from, to] = policy::sentenceAround(text, start, end);
    std::string sentence;
    for (std::size_t i = from; i < to; ++i) {
        policy::appendUtf8(sentence, text[i]);
    }
    return crypto::toHex(crypto::Sha256::of(sentence));
}

const char* decisionName(Decision d) {
    return d == Decision::Cleared ? "cleared" : d == Decision::Redacted ? "redacted" : "removed";
}

std::string idOf(const std::string& sha256) {
    return sha256.substr(0, 16);
}
}  // namespace

std::size_t ReviewState::openFlags() const {
    return static_cast<std::size_t>(
        std::count_if(flags.begin(), flags.end(), [](const FlagReview& f) { return f.open(); }));
}

std::size_t ReviewState::unapprovedItems() const {
    return static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const ReviewItem& i) { return !i.approved; }));
}

namespace {
// "candidates[1].life_photos[0]" → 1; none for a path outside the candidates.
std::optional<int> candidateOfKeyPath(const std::string& keyPath) {
    constexpr std::string_view kPrefix = "candidates[";
    if (!keyPath.starts_with(kPrefix)) {
        return std::nullopt;
    }
    int index = 0;
    const char* first = keyPath.data() + kPrefix.size();
    const char* last = keyPath.data() + keyPath.size();
    const auto [end, error] = std::from_chars(first, last, index);
    if (error != std::errc() || end == first || end == last || *end != ']') {
        return std::nullopt;
    }
    return index;
}
}  // namespace

ReviewState reviewState(Vault& vault) {
    SqliteDatabase& db = vault.db();
    ReviewState state;
    ReviewStore reviews(db);
    std::map<std::string, ReviewDecision> decisions;
    for (ReviewDecision& d : reviews.decisions()) {
        if (d.decision == "cleared") {
            decisions.emplace(d.flagId, std::move(d));
        } else {
            state.redactions.push_back(std::move(d));
        }
    }
    const auto submission = SubmissionStore(db).load();
    for (policy::ScanFlag& flag : scanVault(vault)) {
        FlagReview review{std::move(flag), std::nullopt, false};
        const auto it = decisions.find(review.flag.id);
        if (it != decisions.end() && review.flag.location) {
            // A flag in a file's words: its id names the content, which cannot change under it.
            review.decision = it->second;
        } else if (it != decisions.end()) {
            const std::string* field =
                policy::scannedField(*submission, {review.flag.candidate, review.flag.field});
            if (field != nullptr && sentenceHash(*field, review.flag.start, review.flag.end) ==
                                        it->second.sentenceSha256) {
                review.decision = it->second;
            } else {
                review.stale = true;
            }
        }
        state.flags.push_back(std::move(review));
    }
    if (submission) {
        std::map<std::string, std::string> sha;
        for (const StoredFile& f : SubmissionStore(db).files()) {
            sha[f.path] = f.sha256;
        }
        std::map<std::string, bool> approved;
        for (const ReviewApproval& a : reviews.approvals()) {
            approved[a.sha256] = true;
        }
        PhotoMetadataStore metadata(db);
        for (const auto& ref : policy::fileReferences(*submission)) {
            if (ref.kind == policy::FileReference::Kind::Grant || !sha.contains(ref.path)) {
                continue;
            }
            ReviewItem item;
            item.sha256 = sha[ref.path];
            item.id = idOf(item.sha256);
            item.kind = ref.kind == policy::FileReference::Kind::Attachment ? "attachment"
                        : ref.kind == policy::FileReference::Kind::Stamped  ? "stamped"
                                                                            : "photo";
            item.path = ref.path;
            item.approved = approved.contains(item.sha256);
            item.metadataRemoved = metadata.removed(item.sha256).value_or("");
            item.wordsIncomplete = wordsIncomplete(db, item.sha256);
            const std::optional<int> candidate = candidateOfKeyPath(ref.keyPath);
            const auto seen = std::find_if(state.items.begin(), state.items.end(),
                                           [&](const ReviewItem& i) { return i.id == item.id; });
            ReviewItem& placed =
                seen != state.items.end() ? *seen : state.items.emplace_back(std::move(item));
            if (candidate && std::find(placed.candidates.begin(), placed.candidates.end(),
                                       *candidate) == placed.candidates.end()) {
                placed.candidates.push_back(*candidate);
            }
        }
    }
    return state;
}

Text signOffStatusText(const SignOffStatus& status) {
    switch (status.state) {
        case SignOffStatus::State::None:
            return Text("sign_off_none");
        case SignOffStatus::State::Holds:
            return Text("sign_off_holds")
                .with("reviewer", status.reviewer)
                .with("signed_at", localTime(status.signedAt));
        case SignOffStatus::State::Void:
            break;
    }
    Text cause = status.voidedAt.empty() ? signOffVoidCause(status.voidedCause)
                                         : Text("sign_off_void_cause_at")
                                               .with("cause", signOffVoidCause(status.voidedCause))
                                               .with("at", localTime(status.voidedAt));
    return Text("sign_off_void")
        .with("reviewer", status.reviewer)
        .with("signed_at", localTime(status.signedAt))
        .with("cause", std::move(cause));
}

namespace {
// A sign-off's signature as stored: a minisign signature file (intl), or "sm2:" and the
// base64 of the DER SM2 signature (gm). True when it verifies under the vault's reviewer
// key of that kind.
constexpr std::string_view kSm2SignOff = "sm2:";

bool signOffSignatureVerifies(SqliteDatabase& db, const std::string& manifest,
                              const std::string& signature) {
    const auto message = crypto::bytesOfText(manifest);
    try {
        if (signature.starts_with(kSm2SignOff)) {
            const auto key = VaultKeys(db).sm2PublicKey(KeyRole::Reviewer);
            if (!key) {
                return false;
            }
            crypto::sm2Verify(*key, message,
                              crypto::base64Decode(signature.substr(kSm2SignOff.size())));
        } else {
            crypto::verifyMinisign(VaultKeys(db).publicKey(KeyRole::Reviewer), message,
                                   crypto::MinisignSignature::parse(signature));
        }
    } catch (const crypto::CryptoError&) {
        return false;
    }
    return true;
}
}  // namespace

std::string signOffSignatureFile(const std::string& stored) {
    if (stored.starts_with(kSm2SignOff)) {
        const auto der = crypto::base64Decode(stored.substr(kSm2SignOff.size()));
        return {der.begin(), der.end()};
    }
    return stored;
}

SignOffStatus signOffStatus(Vault& vault, const ExportPayload* current) {
    SqliteDatabase& db = vault.db();
    const auto signOff = ReviewStore(db).signOff();
    if (!signOff) {
        return {};
    }
    SignOffStatus status{SignOffStatus::State::Void, signOff->reviewer, signOff->signedAt,
                         signOff->voidedAt, signOff->voidedCause};
    if (!signOff->voidedAt.empty()) {
        return status;
    }
    if (!signOffSignatureVerifies(db, signOff->manifest, signOff->signature)) {
        return status;
    }
    // Without a submission there is nothing the sign-off could still cover.
    const bool covers =
        current != nullptr
            ? signOff->manifest == current->manifest()
            : SubmissionStore(db).load() && signOff->manifest == buildExportPayload(db).manifest();
    if (covers) {
        status.state = SignOffStatus::State::Holds;
    }
    return status;
}

bool signOffHolds(Vault& vault, const ExportPayload* current) {
    return signOffStatus(vault, current).state == SignOffStatus::State::Holds;
}

namespace {
// One decision, inside the caller's transaction, on the review as it stands after the ones
// before it.
void applyResolution(Vault& vault, const Resolution& r, const std::string& actor) {
    SqliteDatabase& db = vault.db();
    ReviewState state = reviewState(vault);
    const auto it = std::find_if(state.flags.begin(), state.flags.end(),
                                 [&](const FlagReview& f) { return f.flag.id == r.flagId; });
    if (it == state.flags.end()) {
        throw AppError(ErrorKind::BadInput, "flag_unknown",
                       Text("flag_unknown").with("flag", r.flagId));
    }
    const policy::ScanFlag& flag = it->flag;
    // The words of a file are the file's: baosong does not rewrite a PDF, a photo or a
    // Word file. The reviewer clears the flag, or the file is corrected or taken out of the
    // form and the review goes on with what replaces it.
    if (flag.location && r.decision != Decision::Cleared) {
        throw AppError(ErrorKind::BadInput, "flag_in_file",
                       Text("flag_in_file").with("path", flag.location->path));
    }
    std::string replacement;
    if (r.decision == Decision::Redacted) {
        replacement = r.replacement.value_or(flag.redaction);
        if (replacement.empty()) {
            throw AppError(ErrorKind::BadInput, "replacement_missing", Text("replacement_missing"));
        }
    }
    policy::Submission submission = *SubmissionStore(db).load();
    std::string* field =
        flag.location ? nullptr : policy::scannedField(submission, {flag.candidate, flag.field});
    const std::u32string text = field != nullptr ? policy::decodeUtf8(*field) : std::u32string();
    ReviewDecision d;
    d.flagId = flag.id;
    d.category = flag.category;
    d.rule = flag.rule;
    d.candidate = flag.candidate;
    d.field = flag.field;
    d.text = flag.text;
    d.decision = decisionName(r.decision);
    d.replacement = replacement;
    d.note = r.note;
    d.reviewer = reviewerName(db);
    d.decidedAt = utcNowRfc3339();
    if (r.decision == Decision::Cleared && flag.location) {
        // Recorded, not compared: the id holds the content (scanner.md "Decisions").
        d.sentenceSha256 = crypto::toHex(crypto::Sha256::of(flag.text));
    } else if (r.decision == Decision::Cleared) {
        d.sentenceSha256 = sentenceHash(*field, flag.start, flag.end);
    } else {
        // Redacted: the flagged words give way to the replacement. Removed: the whole
        // sentence goes, with its terminator.
        std::size_t from = flag.start;
        std::size_t to = flag.end;
        if (r.decision == Decision::Removed) {
            std::tie(from, to) = policy::sentenceAround(text, flag.start, flag.end);
            if (to < text.size()) {
                ++to;
            }
        }
        const std::u32string changed =
            r.decision == Decision::Redacted
                ? policy::redactedText(text, from, to, policy::decodeUtf8(replacement))
                : text.substr(0, from) + text.substr(to);
        field->clear();
        for (const char32_t c : changed) {
            policy::appendUtf8(*field, c);
        }
        SubmissionStore(db).save(submission);
        // The reviewer's own edit must not void the reviewer's clearances in the same
        // sentence: they move to the sentence as it now reads.
        const std::vector<policy::ScanFlag> after = scanVault(vault);
        for (const FlagReview& other : state.flags) {
            if (!other.decision || other.flag.candidate != flag.candidate ||
                other.flag.field != flag.field) {
                continue;
            }
            for (const policy::ScanFlag& now : after) {
                if (now.id == other.flag.id) {
                    ReviewDecision moved = *other.decision;
                    moved.sentenceSha256 = sentenceHash(*field, now.start, now.end);
                    ReviewStore(db).putDecision(moved);
                }
            }
        }
    }
    ReviewStore(db).putDecision(d);
    reconsiderSignOff(db, actor, "review.resolve");
    AuditLog(db).append(
        actor, "review.resolve",
        nlohmann::json{{"flag", d.flagId}, {"category", d.category}, {"decision", d.decision}}
            .dump());
}
}  // namespace

void resolveFlags(Vault& vault, const std::vector<std::string>& flagIds, const Resolution& how,
                  const crypto::MinisignSecretKey& reviewerKey, const std::string& actor) {
    SqliteDatabase& db = vault.db();
    requireVaultReviewer(db, reviewerKey);
    if (how.note.empty()) {
        throw AppError(ErrorKind::BadInput, "note_missing", Text("note_missing"));
    }
    // Every flag named must be open to a decision before any is decided: the batch is
    // decided whole or not at all.
    const ReviewState state = reviewState(vault);
    std::vector<std::string> ids;
    for (const std::string& id : flagIds) {
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
            continue;
        }
        if (std::none_of(state.flags.begin(), state.flags.end(),
                         [&](const FlagReview& f) { return f.flag.id == id; })) {
            throw AppError(ErrorKind::BadInput, "flag_unknown",
                           Text("flag_unknown").with("flag", id));
        }
        ids.push_back(id);
    }
    SqliteTransaction tx(db);
    for (const std::string& id : ids) {
        Resolution one = how;
        one.flagId = id;
        applyResolution(vault, one, actor);
    }
    tx.commit();
}

void resolveFlag(Vault& vault, const Resolution& r, const crypto::MinisignSecretKey& reviewerKey,
                 const std::string& actor) {
    resolveFlags(vault, {r.flagId}, r, reviewerKey, actor);
}

void approveItems(Vault& vault, const std::vector<std::string>& itemIds,
                  const crypto::MinisignSecretKey& reviewerKey, const std::string& actor) {
    SqliteDatabase& db = vault.db();
    requireVaultReviewer(db, reviewerKey);
    const ReviewState state = reviewState(vault);
    std::vector<const ReviewItem*> items;
    for (const std::string& id : itemIds) {
        const auto it = std::find_if(state.items.begin(), state.items.end(),
                                     [&](const ReviewItem& i) { return i.id == id; });
        if (it == state.items.end()) {
            throw AppError(ErrorKind::BadInput, "item_unknown",
                           Text("item_unknown").with("item", id));
        }
        if (std::find(items.begin(), items.end(), &*it) == items.end()) {
            items.push_back(&*it);
        }
    }
    SqliteTransaction tx(db);
    for (const ReviewItem* item : items) {
        ReviewStore(db).putApproval({item->sha256, reviewerName(db), utcNowRfc3339()});
        AuditLog(db).append(
            actor, "review.approve",
            nlohmann::json{{"item", item->id}, {"kind", item->kind}, {"path", item->path}}.dump());
    }
    reconsiderSignOff(db, actor, "review.approve");
    tx.commit();
}

void approveItem(Vault& vault, const std::string& itemId,
                 const crypto::MinisignSecretKey& reviewerKey, const std::string& actor) {
    approveItems(vault, {itemId}, reviewerKey, actor);
}

std::string signOffReview(Vault& vault, const ReviewerKey& reviewerKey, const std::string& actor) {
    SqliteDatabase& db = vault.db();
    requireVaultReviewer(db, reviewerKey);
    const ReviewState state = reviewState(vault);
    if (state.openFlags() > 0 || state.unapprovedItems() > 0) {
        throw AppError(ErrorKind::Problem, "review_open",
                       Text("review_open")
                           .with("flags", std::to_string(state.openFlags()))
                           .with("items", std::to_string(state.unapprovedItems())));
    }
    const ExportPayload payload = buildExportPayload(db);
    const std::string manifest = payload.manifest();
    const VaultIdentity identity = loadIdentity(db);
    const std::string at = utcNowRfc3339();
    std::string signature;
    if (payload.profile == bundle::BundleProfile::Gm) {
        // bundle-gm.md "Inside: the bag": manifest-sm3.txt.reviewer.sig, DER SM2 with the
        // standard ID; SM2 has no trusted comment, the manifest is what is signed.
        if (!reviewerKey.sm2()) {
            throw AppError(ErrorKind::BadInput, "key_missing", Text("key_missing_reviewer"));
        }
        signature =
            std::string(kSm2SignOff) + crypto::base64Encode(crypto::sm2Sign(
                                           *reviewerKey.sm2(), crypto::bytesOfText(manifest)));
    } else {
        const std::string comment = "baosong review sign-off unit=" + identity.unitId +
                                    " campaign=" + identity.campaign + " at=" + at;
        signature =
            reviewerKey
                .sign(crypto::bytesOfText(manifest), comment, "baosong security review sign-off")
                .fileText();
    }
    SqliteTransaction tx(db);
    ReviewStore(db).putSignOff({manifest, signature, reviewerName(db), at});
    SignedDocumentStore(db).replace(payloadDocuments(payload));
    AuditLog(db).append(
        actor, "review.sign-off",
        nlohmann::json{{"manifest_sha256", crypto::toHex(crypto::Sha256::of(manifest))},
                       {"flags", state.flags.size()},
                       {"items", state.items.size()}}
            .dump());
    tx.commit();
    return manifest;
}

ReviewerKey unlockReviewerKey(Vault& vault, const crypto::SecretBuffer& passphrase) {
    VaultKeys keys(vault.db());
    auto minisign = keys.reviewerSecretKey(passphrase);
    std::optional<crypto::Sm2SecretKey> sm2;
    if (unitProfile(vault.db()) == bundle::BundleProfile::Gm) {
        sm2 = keys.sm2ReviewerSecretKey(passphrase);
    }
    return ReviewerKey(std::move(minisign), std::move(sm2));
}

std::optional<ExportPayload> payloadToSignOff(Vault& vault) {
    if (!SubmissionStore(vault.db()).load()) {
        return std::nullopt;
    }
    return buildExportPayload(vault.db());
}

std::string ReviewItem::metadataSummary(Language language) const {
    return intake::metadataSummary(metadataRemoved, language);
}

}  // namespace baosong::app
