#include "submission_owner.h"

#include "base/app_error.h"

namespace baosong::app {

void requireOwnSubmission(const policy::Submission& s, const VaultIdentity& id) {
    const auto mismatch = [](const char* what, const std::string& got, const std::string& want) {
        return AppError(ErrorKind::BadInput, "submission_other_unit",
                        std::string("报送数据的") + what + "是“" + got + "”，而该保险库属于“" +
                            want + "”；不予导入");
    };
    if (s.unit.id != id.unitId) {
        throw mismatch("统一社会信用代码（unit.id）", s.unit.id, id.unitId);
    }
    if (s.campaign != id.campaign) {
        throw mismatch("活动编号（campaign）", s.campaign, id.campaign);
    }
    if (s.channel != id.channel) {
        throw mismatch("推荐渠道（channel）", s.channel, id.channel);
    }
}

}  // namespace baosong::app
