#include "seal_plan.h"

#include "core/bundle_seal.h"
#include "core/export_payload.h"
#include "core/interrupted_seal.h"
#include "core/review_workflow.h"

namespace baosong::app {

std::vector<SealPlan::File> SealPlan::documents() const {
    std::vector<File> found;
    for (const File& f : files) {
        if (f.path.starts_with("data/推荐表/") || f.path.starts_with("data/汇总表.") ||
            f.path.starts_with("data/推荐工作情况报告.")) {
            found.push_back(f);
        }
    }
    return found;
}

SealPlan planSeal(Vault& vault, const std::string& actor) {
    SealPlan plan;
    plan.settled = settleInterruptedSeal(vault.db(), actor);
    // Built once and handed to both questions, as sealVault does.
    const ExportPayload payload = buildExportPayload(vault.db());
    plan.refusals = sealRefusals(vault, &payload);
    plan.signOff = signOffStatus(vault, &payload);
    for (const PayloadFile& f : payload.files) {
        plan.files.push_back({f.path, f.size});
        plan.totalBytes += f.size;
    }
    plan.roomNeeded = payload.sealedSizeBound();
    return plan;
}

}  // namespace baosong::app
