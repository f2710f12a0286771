#include "check_rules.h"
#include "social_credit_code.h"

namespace baosong::policy {

void checkUnitId(const CheckInput& in, Findings& out) {
    const std::string& id = in.submission.unit.id;
    if (!isValidSocialCreditCode(id)) {
        report(out, "UNIT_ID_INVALID", Severity::Error, std::nullopt, "unit.id",
               findingWords("UNIT_ID_INVALID", {{"unit_id", plain(id)}}));
    }
}

}  // namespace baosong::policy
