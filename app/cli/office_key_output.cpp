#include "office_key_output.h"

#include "core/key_report.h"

namespace baosong::cli {

void printOfficeKeyFingerprints(CliContext& ctx, const std::string& recipient,
                                const std::string& grantKeyId) {
    ctx.out << ctx.say("  接收方（age）    ", "  recipient (age) ") << app::groupInFours(recipient)
            << "\n"
            << ctx.say("  额度授权密钥 ID  ", "  grant key id    ") << app::groupInFours(grantKeyId)
            << "\n";
}

}  // namespace baosong::cli
