#pragma once
// What the export wizard shows before it seals: every reason the vault cannot be sealed
// now, the files that would leave (bundle.md "data/") with their sizes, and whether the
// reviewer's sign-off covers exactly them. Gathered in one pass, off the GUI thread,
// because building the payload draws every document.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/review_workflow.h"
#include "store/vault.h"

namespace baosong::gui {

struct ExportPlan {
    struct File {
        std::string path;  // bag path, "data/推荐表/张三.pdf"
        std::uint64_t size = 0;
    };
    std::vector<std::string> refusals;  // app::sealRefusals, Chinese; empty when sealable
    std::vector<File> files;            // sorted by path
    std::uint64_t totalBytes = 0;
    app::SignOffStatus signOff;  // where the reviewer's sign-off stands over these files
    // A seal killed earlier, settled before the check (core/interrupted_seal.h), in words.
    std::optional<std::string> settled;
    bool signOffHolds() const { return signOff.state == app::SignOffStatus::State::Holds; }

    // The documents among files: the 推荐表 per candidate, the 汇总表, the 推荐工作情况报告.
    std::vector<File> documents() const;
    // What the destination must have free: the payload plus 10% for tar and age framing.
    std::uint64_t roomNeeded() const { return totalBytes + totalBytes / 10; }
};

// First settles a seal killed earlier, as the seal itself would (so the checks shown are
// the ones the seal will make). Throws AppError as app::buildExportPayload does
// ("submission_missing").
ExportPlan planExport(app::Vault& vault, const std::string& actor);

}  // namespace baosong::gui
