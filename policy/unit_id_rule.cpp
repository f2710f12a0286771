#include "check_rules.h"
#include "social_credit_code.h"

namespace baosong::policy {

void checkUnitId(const CheckInput& in, Findings& out) {
    const std::string& id = in.submission.unit.id;
    if (!isValidSocialCreditCode(id)) {
        report(out, "UNIT_ID_INVALID", Severity::Error, std::nullopt, "unit.id",
               "推荐单位的统一社会信用代码“" + id +
                   "”无效（应为 18 位，末位校验码须符合 GB "
                   "32100-2015）；请对照营业执照或法人证书核对");
    }
}

}  // namespace baosong::policy
