#pragma once
// Bringing an interchange JSON and every file it names into a vault: all of it in one
// transaction, so a bad input or a killed process leaves the vault exactly as it was.

#include <cstdint>
#include <functional>
#include <string>

#include "extract/read_progress.h"
#include "store/vault.h"

namespace baosong::app {

struct ImportSummary {
    std::size_t candidates = 0;
    std::size_t files = 0;
    std::uint64_t bytes = 0;
    std::size_t gpsRemoved = 0;  // photos whose GPS position was stripped
};

// Called after each file with bytes done so far and the total.
using ImportProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;
// Where reading the files' words stands (file, page, pages), and whether it was cancelled.
using ImportReading = extract::ReadProgress;

inline constexpr std::uint64_t kMaxStoredFileBytes = std::uint64_t{256} << 20;

// Throws AppError (BadInput) for unreadable JSON (naming the key path), a submission for
// another unit or campaign, an unsafe path, or missing files (all named at once).
// reading: where the reading of the files' words (OCR above all) stands, and whether the
// person cancelled it (then nothing is imported).
ImportSummary importSubmission(Vault& vault, const std::string& jsonPath, const std::string& actor,
                               const ImportProgress& progress = {},
                               const ImportReading& reading = {});

}  // namespace baosong::app
