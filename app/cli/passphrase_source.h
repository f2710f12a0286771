#pragma once
// Where a passphrase comes from (spec/cli.md "Passphrases"): a file named by an option,
// then an environment variable, then the terminal without echo. Never the command line.

#include <string>

#include "arguments.h"
#include "crypto/secret_buffer.h"

namespace baosong::cli {

struct PassphraseOrigin {
    const char* fileOption;   // e.g. "--passphrase-file"
    const char* environment;  // e.g. "BAOSONG_PASSPHRASE"
    const char* promptKey;    // catalogue key of what is asked, e.g. "passphrase_vault"
};

inline constexpr PassphraseOrigin kVaultPassphrase{"--passphrase-file", "BAOSONG_PASSPHRASE",
                                                   "passphrase_vault"};
inline constexpr PassphraseOrigin kReviewerPassphrase{
    "--reviewer-passphrase-file", "BAOSONG_REVIEWER_PASSPHRASE", "passphrase_reviewer"};
inline constexpr PassphraseOrigin kNewVaultPassphrase{
    "--new-passphrase-file", "BAOSONG_NEW_PASSPHRASE", "passphrase_new_vault"};

// confirm: a new passphrase; on a terminal, ask twice and require the same answer.
// Throws AppError: BadInput when there is no source, the file cannot be read, the terminal
// entries differ, or a new passphrase is empty; WrongPassphrase when an existing vault's
// passphrase is empty.
crypto::SecretBuffer readPassphrase(const Arguments& args, const PassphraseOrigin& origin,
                                    bool confirm);

}  // namespace baosong::cli
