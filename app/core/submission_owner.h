#pragma once
// A vault holds one unit's submission to one campaign through one channel (fixed at init):
// a document for anyone else never enters it, however it arrives.

#include "policy/submission.h"
#include "vault_identity.h"

namespace baosong::app {

// Throws AppError (BadInput) "submission_other_unit" naming the field that differs.
void requireOwnSubmission(const policy::Submission& submission, const VaultIdentity& identity);

}  // namespace baosong::app
