#include "enrolment_page.h"

#include "base/shown_time.h"
namespace baosong::app::documents {

namespace {
// A PEM line is 64 characters; at 7.5 pt each fits the key cell unbroken.
constexpr int kPemSize = 15;
}  // namespace

FlowDocument enrolmentPage(const EnrolmentKeys& keys) {
    FlowDocument doc{"baosong 报送密钥登记表 " + keys.unitName, keys.created.substr(0, 10)};
    auto& body = doc.blocks;
    body.push_back(textLine("报送密钥登记表", 40, Align::Center, true));
    body.push_back(
        textLine("（2023 年“最美科技工作者”推荐报送 · 送内蒙古自治区国防科学技术工业办公室"
                 "科技信息处）",
                 21, Align::Center));
    body.push_back(textLine(""));
    const std::string intro =
        "本单位使用以下两把密钥报送推荐材料：单位签名密钥签署报送包，保密审查员密钥"
        "签署保密审查意见。请科技信息处在登记（baosong office enrol）时核对屏幕上"
        "显示的两个指纹（各 64 位十六进制数字）与本页逐字相同，再予确认";
    body.push_back(
        textLine(intro + (keys.profile == "gm" ? "。" : "；只核对密钥 ID 不足以确认密钥。"), 24));
    body.push_back(textLine(""));
    Table table{{2600, 6426}};
    if (keys.profile == "gm") {
        // bundle-gm.md "Keys and fingerprints": SM2 keys as PEM, SM3 fingerprints, no id.
        table.rows = {keyRow("单位名称", keys.unitName),
                      keyRow("统一社会信用代码", keys.unitId),
                      keyRow("密码算法", "国密（SM2、SM3、SM4）", 24),
                      keyRow("单位签名密钥指纹（SM3）", keys.unitFingerprint, 26),
                      keyRow("单位签名公钥（PEM）", keys.unitPublicKey, kPemSize),
                      keyRow("保密审查员密钥指纹（SM3）", keys.reviewerFingerprint, 26),
                      keyRow("保密审查员公钥（PEM）", keys.reviewerPublicKey, kPemSize),
                      keyRow("生成时间", chinaTime(keys.created))};
    } else {
        table.rows = {keyRow("单位名称", keys.unitName),
                      keyRow("统一社会信用代码", keys.unitId),
                      keyRow("单位签名密钥指纹（SHA-256）", keys.unitFingerprint, 26),
                      keyRow("单位签名公钥", keys.unitPublicKey, 21),
                      keyRow("单位签名密钥 ID\n（仅作标签）", keys.unitKeyId, 21),
                      keyRow("保密审查员密钥指纹（SHA-256）", keys.reviewerFingerprint, 26),
                      keyRow("保密审查员公钥", keys.reviewerPublicKey, 21),
                      keyRow("保密审查员密钥 ID\n（仅作标签）", keys.reviewerKeyId, 21),
                      keyRow("生成时间", chinaTime(keys.created))};
    }
    body.push_back(std::move(table));
    body.push_back(textLine(""));
    body.push_back(textLine(""));
    body.push_back(
        textLine("单位经办人（签字）：____________        保密审查员（签字）：____________"));
    body.push_back(textLine(""));
    body.push_back(textLine(""));
    body.push_back(textLine("单位（盖章）", 24, Align::Right));
    body.push_back(textLine(""));
    body.push_back(textLine("年    月    日", 24, Align::Right));
    return doc;
}

}  // namespace baosong::app::documents
