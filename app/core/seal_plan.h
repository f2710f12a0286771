#pragma once
// What a seal made now would do, as the export wizard shows it before sealing: every reason
// the vault cannot be sealed now, the files that would leave (bundle.md "data/") with their
// sizes, and whether the reviewer's sign-off covers exactly them. Gathered in one pass
// (building the payload draws every document), so a front end runs it off its UI thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/bundle_seal.h"
#include "core/review_workflow.h"
#include "core/vault_session.h"

namespace baosong::app {

struct SealPlan {
    struct File {
        std::string path;  // bag path, "data/推荐表/张三.pdf"
        std::uint64_t size = 0;
    };
    std::vector<SealRefusal> refusals;  // sealRefusals; empty when sealable
    std::vector<File> files;            // sorted by path
    std::uint64_t totalBytes = 0;
    SignOffStatus signOff;  // where the reviewer's sign-off stands over these files
    // A seal killed earlier, settled before the check (core/interrupted_seal.h), in words.
    std::optional<Text> settled;
    bool signOffHolds() const { return signOff.state == SignOffStatus::State::Holds; }

    // The documents among files: the 推荐表 per candidate, the 汇总表, the 推荐工作情况报告.
    std::vector<File> documents() const;
    // What the destination must have free: the bound the seal itself checks
    // (ExportPayload::sealedSizeBound).
    std::uint64_t roomNeeded = 0;
};

// First settles a seal killed earlier, as the seal itself would (so the checks shown are
// the ones the seal will make). Throws AppError as buildExportPayload does
// ("submission_missing").
SealPlan planSeal(Vault& vault, const std::string& actor);

}  // namespace baosong::app
