#include "export_plan.h"

#include "core/bundle_seal.h"
#include "core/export_payload.h"
#include "core/interrupted_seal.h"
#include "core/review_workflow.h"

namespace baosong::gui {

std::vector<ExportPlan::File> ExportPlan::documents() const {
    std::vector<File> found;
    for (const File& f : files) {
        if (f.path.starts_with("data/推荐表/") || f.path.starts_with("data/汇总表.") ||
            f.path == "data/推荐工作情况报告.docx") {
            found.push_back(f);
        }
    }
    return found;
}

ExportPlan planExport(app::Vault& vault, const std::string& actor) {
    ExportPlan plan;
    plan.settled = app::settleInterruptedSeal(vault.db(), actor);
    // Built once and handed to both questions, as sealVault does.
    const app::ExportPayload payload = app::buildExportPayload(vault.db());
    plan.refusals = app::sealRefusals(vault, &payload);
    plan.signOff = app::signOffStatus(vault, &payload);
    for (const app::PayloadFile& f : payload.files) {
        plan.files.push_back({f.path, f.size});
        plan.totalBytes += f.size;
    }
    return plan;
}

}  // namespace baosong::gui
