#pragma once
// The security review (保密审查, cli.md `review`): every flag of the current scan
// needs a decision, every photo and attachment an approval, and then the reviewer signs
// the exact export payload with the reviewer's own key. Every step is audited, and any
// later change to what would be exported voids the sign-off.

#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "core/export_payload.h"
#include "core/reviewer_key.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/secret_buffer.h"
#include "policy/scan/scan_flag.h"
#include "store/review_store.h"
#include "store/vault.h"

namespace baosong::app {

struct FlagReview {
    policy::ScanFlag flag;
    std::optional<ReviewDecision> decision;  // a clearance that still holds
    bool stale = false;                      // cleared once, but its sentence has changed since
    bool open() const { return !decision; }
};

struct ReviewItem {
    std::string id;    // first 16 hex digits of the content's SHA-256
    std::string kind;  // photo | attachment | stamped (a 盖章版 scan)
    std::string path;  // as the submission names it (the first place, when several)
    std::string sha256;
    // Every candidate whose form uses this content (0-based, in order), however many paths
    // name it: a photo reused for a second candidate is reviewed once but shown for both.
    // Empty for the stamped 汇总表 and 推荐工作情况报告.
    std::vector<int> candidates;
    bool approved = false;
    std::string metadataRemoved;  // JSON from import (intake/removed_metadata.h), "" when unknown
    // OCR stopped at its time limit before it had read every line of this picture
    // (extract/ocr_engine.h): its words were not all scanned, so the reviewer reads it.
    bool wordsIncomplete = false;
    // What intake removed, in words (intake/metadata_summary.h); "" when unknown.
    std::string metadataSummary(Language language = Language::Chinese) const;
};

struct ReviewState {
    std::vector<FlagReview> flags;           // the current scan, with decisions
    std::vector<ReviewDecision> redactions;  // redacted and removed flags (text changed)
    std::vector<ReviewItem> items;
    std::size_t openFlags() const;
    std::size_t unapprovedItems() const;
};

ReviewState reviewState(Vault& vault);

struct ExportPayload;

// Where the reviewer's sign-off stands (review_voiding.h): none; holding, that is it
// verifies under the vault's reviewer key, was not voided, and signs exactly the payload
// the vault would export now; or void, with what voided it and when ("" when no change
// was recorded, e.g. a signature that no longer verifies).
struct SignOffStatus {
    enum class State { None, Holds, Void };
    State state = State::None;
    std::string reviewer;
    std::string signedAt;
    std::string voidedAt;
    std::string voidedCause;  // review_voiding.h; signOffVoidCause() words it
};
// current: the payload when the caller has built it, else built here (which makes every
// document, so callers that do not need the answer do not ask).
SignOffStatus signOffStatus(Vault& vault, const ExportPayload* current = nullptr);
// The status in words, the same in every front end: "尚未签署", "审查签署有效：…", or
// "【审查签署已失效】… 其后<cause>；须重新审查并签署".
Text signOffStatusText(const SignOffStatus& status);
// The reviewer's signature file as it goes into the bag: the .minisig text (intl), or the
// DER SM2 signature's bytes (gm).
std::string signOffSignatureFile(const std::string& stored);

bool signOffHolds(Vault& vault, const ExportPayload* current = nullptr);

enum class Decision { Cleared, Redacted, Removed };

struct Resolution {
    std::string flagId;
    Decision decision = Decision::Cleared;
    std::optional<std::string> replacement;  // redacted: else the category's (某型, 某部 …)
    std::string note;                        // required
};

// The reviewer's own signing key, opened with the reviewer's passphrase (Argon2id: slow
// on purpose), with the SM2 key too when the unit seals in profile "gm" (a second
// unsealing). Throws AppError (Locked) "reviewer_wrong_passphrase".
ReviewerKey unlockReviewerKey(Vault& vault, const crypto::SecretBuffer& passphrase);

// The exact content a sign-off made now would cover; nullopt while no submission is saved.
std::optional<ExportPayload> payloadToSignOff(Vault& vault);

// Throws AppError (BadInput): "flag_unknown", "note_missing", "replacement_missing".
// A redaction or removal changes the stored text in the same transaction.
void resolveFlag(Vault& vault, const Resolution& resolution,
                 const crypto::MinisignSecretKey& reviewerKey, const std::string& actor);

// The same decision and note for several flags, in the order given, in one transaction:
// all are decided or none (an unknown flag refuses the whole batch before any change). The
// reviewer's key is opened once for them all, where a command per flag costs an Argon2id
// unsealing each. how.flagId is not used.
void resolveFlags(Vault& vault, const std::vector<std::string>& flagIds, const Resolution& how,
                  const crypto::MinisignSecretKey& reviewerKey, const std::string& actor);

// Throws AppError (BadInput) "item_unknown".
void approveItem(Vault& vault, const std::string& itemId,
                 const crypto::MinisignSecretKey& reviewerKey, const std::string& actor);
// Several items at once, in one transaction: all or none ("item_unknown" before any).
void approveItems(Vault& vault, const std::vector<std::string>& itemIds,
                  const crypto::MinisignSecretKey& reviewerKey, const std::string& actor);

// Throws AppError (Problem) "review_open" while a flag or item is open. Returns the
// manifest that was signed: manifest-sha256.txt signed with minisign, or in profile "gm"
// manifest-sm3.txt signed with the reviewer's SM2 key (stored as base64 of the DER).
std::string signOffReview(Vault& vault, const ReviewerKey& reviewerKey, const std::string& actor);

}  // namespace baosong::app
