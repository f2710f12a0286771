#include "campaign_option.h"

#include "policy/rule_set.h"
#include "usage_error.h"

namespace baosong::cli {

std::string campaignFrom(const Arguments& args) {
    const auto& builtIn = policy::builtInRuleSets();
    std::string campaign =
        args.value("--campaign").value_or(builtIn.size() == 1 ? builtIn.begin()->first : "");
    if (campaign.empty()) {
        throw usageError(app::Text("usage_campaign"));
    }
    return campaign;
}

}  // namespace baosong::cli
