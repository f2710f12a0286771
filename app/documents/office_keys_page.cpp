#include "office_keys_page.h"

#include "base/shown_time.h"
namespace baosong::app::documents {

FlowDocument officeKeysPage(const OfficeKeys& keys) {
    FlowDocument doc{"baosong 国防科工办报送公钥单", keys.created.substr(0, 10)};
    auto& body = doc.blocks;
    body.push_back(textLine("国防科工办报送公钥单", 40, Align::Center, true));
    body.push_back(textLine(
        "（2023 年“最美科技工作者”推荐报送 · 内蒙古自治区国防科学技术工业办公室科技信息处）", 21,
        Align::Center));
    body.push_back(textLine(""));
    body.push_back(textLine(
        "各单位导入本办公钥（baosong keys VAULT import-office，或桌面程序“报送 → "
        "导入国防科工办公钥…”）后，须核对屏幕上显示的接收公钥与授权密钥指纹与本页逐字相同；"
        "不一致时不得报送，请电话联系科技信息处。",
        24));
    body.push_back(textLine(""));
    Table table{{2600, 6426}};
    if (keys.profile == "gm") {
        // bundle-gm.md "Keys and fingerprints": SM2 keys, SM3 fingerprints, no key id.
        table.rows = {keyRow("密码算法", "国密（SM2、SM3、SM4）", 24),
                      keyRow("接收公钥指纹（SM3）", keys.recipient, 26),
                      keyRow("名额授权密钥指纹（SM3）", keys.grantFingerprint, 26),
                      keyRow("名额授权公钥（PEM）", keys.grantPublicKey, 15),
                      keyRow("生成时间", chinaTime(keys.created))};
    } else {
        table.rows = {keyRow("接收公钥（age）", keys.recipient, 26),
                      keyRow("名额授权密钥指纹（SHA-256）", keys.grantFingerprint, 26),
                      keyRow("名额授权公钥", keys.grantPublicKey, 21),
                      keyRow("名额授权密钥 ID\n（仅作标签）", keys.grantKeyId, 21),
                      keyRow("生成时间", chinaTime(keys.created))};
    }
    body.push_back(std::move(table));
    body.push_back(textLine(""));
    body.push_back(textLine(""));
    body.push_back(textLine("经办人（签字）：____________"));
    body.push_back(textLine(""));
    body.push_back(textLine("科技信息处（盖章）", 24, Align::Right));
    body.push_back(textLine(""));
    body.push_back(textLine("年    月    日", 24, Align::Right));
    return doc;
}

}  // namespace baosong::app::documents
