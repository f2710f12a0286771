#pragma once
// The vault's submission written back out as interchange JSON with its files, into a new
// folder that appears only when complete.

#include <cstdint>
#include <string>

#include "store/vault.h"

namespace baosong::app {

struct ExportSummary {
    std::size_t candidates = 0;
    std::size_t files = 0;
    std::uint64_t bytes = 0;
};

// dir must not exist yet (AppError "target_exists"); its parent must. The export is
// recorded in the audit log: clear data left the vault.
ExportSummary exportSubmission(Vault& vault, const std::string& dir, const std::string& actor);

}  // namespace baosong::app
