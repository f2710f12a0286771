#pragma once
// Editing the submission inside a vault, as the desktop form does: the whole
// edited document saved in one transaction, with the photos chosen since the last save.
// The same intake as `vault import`: metadata stripped before anything is stored, the
// sign-off voided, an audit entry that records counts, never content.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "file_intake.h"
#include "policy/check_input.h"
#include "policy/submission.h"
#include "policy/submission_checker.h"
#include "quota_grant.h"
#include "store/vault.h"

namespace baosong::app {

// A file the edited submission names that the vault does not hold yet: the original
// bytes as chosen (stripped here, so what was removed is recorded).
struct NewFile {
    std::string path;  // as the submission will name it
    std::vector<std::uint8_t> bytes;
    // Its words, read when it was chosen (the form reads them off the GUI thread); null
    // when saving must read them.
    std::shared_ptr<const WordsReadAhead> words = nullptr;
};

struct EditSaved {
    std::size_t newFiles = 0;
    std::size_t gpsRemoved = 0;
};

// The vault's submission, or a new empty one for the vault's unit, campaign and channel
// dated today (Asia/Shanghai) when it holds none yet.
policy::Submission loadOrStartSubmission(Vault& vault);

// Throws AppError (BadInput): "submission_other_unit" when unit, campaign or channel is not
// the vault's; "path_unsafe"; "file_missing" naming every path that is neither stored nor
// among newFiles; "input_too_large"; "photo_malformed". Nothing changes on failure.
EditSaved saveSubmission(Vault& vault, const policy::Submission& edited,
                         const std::vector<NewFile>& newFiles, const std::string& actor);

// Photo facts of a draft by path, kept between checks: typing changes no photo, and
// reading and decoding every photo again on each pause in typing took 0.1 s of the GUI
// thread (two candidates, five photos). The caller forgets a path when its file changes.
using PhotoFactsCache = std::map<std::string, std::optional<policy::PhotoFacts>>;

// The policy check of a draft not saved yet: files from newFiles first, then the vault.
policy::CheckReport checkDraft(Vault& vault, const policy::Submission& draft,
                               const std::vector<NewFile>& newFiles, PhotoFactsCache& facts);

}  // namespace baosong::app
