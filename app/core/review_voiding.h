#pragma once
// The reviewer signed exact content (the export manifest), not "the vault": a sign-off
// holds exactly while what would be exported is what was signed. So a change that leaves
// the payload as it was (opening and saving, a value typed and typed back) keeps it, and a
// change that alters it voids it; the sign-off is kept and shown as void, with the change
// that voided it and when, never as if no one had signed.

#include <string>

#include "base/text.h"

#include "store/sqlite_database.h"

namespace baosong::app {

// Inside the caller's transaction, after a change (cause: "vault.import", "vault.edit",
// "review.resolve", "review.approve", "review.name", "seal"): marks the sign-off void when the
// payload now differs from the signed manifest ("review.sign-off-voided" in the audit log), or
// holding again when it equals it once more, unless voidSignOff voided it. Builds the
// payload (every document) only when there is a sign-off.
void reconsiderSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause);

// Inside the seal's transaction, once the seal is recorded: the sign-off is void (cause
// "seal"). It equals reconsiderSignOff(db, actor, "seal") without building the payload again:
// every later payload is a later revision (bundle.md "Revisions and replay"), so the signed
// manifest, which holds this revision's submission.json, can never cover one again.
void spendSignOff(SqliteDatabase& db, const std::string& actor);

// Voids the sign-off whatever the payload, for good: a new lexicon ("lexicon.replace")
// flags other text, so the reviewer has not yet seen what the scanner now says.
void voidSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause);

// What voided a sign-off, in words: "修改了报送材料" / "the submission was edited".
Text signOffVoidCause(const std::string& cause);

}  // namespace baosong::app
