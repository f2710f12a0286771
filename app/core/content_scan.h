#pragma once
// `baosong scan`: what the scanner reads (a plain text file, an interchange JSON, or the
// submission in a vault), with the lexicons that apply: the vault's own, plus any named
// for one run. A unit lexicon is never echoed: errors name its line, not its words.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "policy/scan/scanner.h"
#include "policy/submission.h"
#include "store/vault.h"

namespace baosong::app {

inline constexpr std::uint64_t kMaxScannedTextBytes = std::uint64_t{256} << 20;
inline constexpr std::uint64_t kMaxLexiconBytes = std::uint64_t{16} << 20;

// Throws AppError (BadInput): "lexicon_invalid" naming file and line, or the input errors.
std::vector<policy::LexiconTerm> readLexiconFile(const std::string& path);

// A .json file is read as a submission, anything else as one text. Throws AppError
// (BadInput) for unreadable input: "invalid_utf8" naming the byte offset, key paths for
// malformed JSON, "input_too_large".
// The flags, and the submission they point into (empty for a plain text), so that a flag
// can name its candidate and field as the form does (field_label.h).
struct InputScan {
    std::vector<policy::ScanFlag> flags;
    policy::Submission submission;
};
InputScan scanInputFile(const std::string& path, const std::vector<policy::LexiconTerm>& lexicon);

// The vault's submission with the vault's lexicon and the extra words, its fields first and
// then the words of its files (file_words.h); no flags when the vault holds no submission yet.
std::vector<policy::ScanFlag> scanVault(Vault& vault,
                                        const std::vector<policy::LexiconTerm>& extra = {});

// The scanner scanVault uses (built-in rules and the vault's lexicon), for scanning as
// the officer types. Throws AppError (Problem) "scan_rules_invalid".
std::unique_ptr<policy::Scanner> vaultScanner(Vault& vault);

// Replaces the vault's lexicon with the file's words; the audit entry records how many
// words, never which. Returns the number of words.
std::size_t replaceVaultLexicon(Vault& vault, const std::string& path, const std::string& actor);

}  // namespace baosong::app
