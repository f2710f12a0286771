// The catalogue's sentences about enrolment, receiving bundles, quota grants and the summary.
// Chinese first, then English, with the same {names}; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> office() {
    static constexpr Sentence kSentences[] = {
        {"file_grant", "名额授权文件", "quota grant"},
        {"enrolment_profile_mismatch",
         "登记申请属于“{theirs}”形式的密钥，本办使用“{ours}”形式（gm 为国密，intl 为国际算法）；"
         "请单位先导入本办用 baosong office keys 写出的公钥，再重新生成登记申请",
         "the enrolment request holds keys of profile “{theirs}”, this office works in “{ours}” "
         "(gm: the national algorithms, intl: the international ones); have the unit import the "
         "keys this office wrote with baosong office keys, then make its request again"},
        {"grant_signature_invalid",
         "名额授权“{file}"
         "”的签名与本保险库导入的国防科工办公钥不符（或签名文件已损坏）；请向国防科工办"
         "核实后重新获取授权及其 .minisig 文件",
         "the signature of the quota grant “{file}” does not verify with the office key this "
         "vault imported (or the signature file is damaged); check with the office and get the "
         "grant and its .minisig again"},
        {"grant_other_unit",
         "该名额授权是发给单位 {unit}、活动 {campaign} 的，不是本单位本次活动的",
         "this quota grant was issued to unit {unit} for campaign {campaign}, not to this unit "
         "and campaign"},
        {"already_received", "这个报送包（第{revision}版）已经接收过，无需再次接收",
         "this bundle (revision {revision}) was received already; there is no need to receive it "
         "again"},
        {"bag_info_mismatch", "bag-info.txt 中的单位、活动或版本与签名中的不一致，报送包不可信",
         "the unit, campaign or revision in bag-info.txt differ from the signature's; the bundle "
         "is not trusted"},
        {"bundle_changed", "报送包文件在核验之后被替换或改动，已拒绝；请重新拷入后再接收",
         "the bundle file was replaced or changed after it was verified, so it was refused; copy "
         "it in again, then receive it"},
        {"bundle_decrypt_damaged", "解密失败，报送包内容已损坏：{why}",
         "decryption failed, the bundle's content is damaged: {why}"},
        {"bundle_not_for_this_office", "这个报送包不是用本办的公钥加密的，本办无法解密",
         "this bundle was not encrypted to this office's key, so this office cannot decrypt it"},
        {"bundle_not_found", "找不到报送包“{path}”", "the bundle “{path}” cannot be found"},
        {"bundle_profile_other",
         "这是“{theirs}”形式的报送包，本办使用“{ours}”形式（gm 为国密，intl "
         "为国际算法），不予接收；"
         "请该单位导入本办的公钥后重新封包",
         "this is a bundle of profile “{theirs}”, this office works in “{ours}” (gm: the national "
         "algorithms, intl: the international ones), so it is refused; have the unit import this "
         "office's keys and seal again"},
        {"bundle_profile_invalid", "报送包的加密形式不符合规定：{why}",
         "the bundle's encryption is not the form bundle.md requires: {why}"},
        {"statement_altered",
         "报送包声明文件（.statement）的签名与单位 {unit} 登记的 SM2 公钥不符：声明在签名后被改动，"
         "或不是该单位签的；请向该单位核实后重新拷入",
         "the signature of the bundle's statement (.statement) does not match the SM2 key unit "
         "{unit} enrolled: the statement was changed after signing, or the unit did not sign it; "
         "check with the unit and copy it in again"},
        {"bundle_submission_unreadable", "报送包中的 submission.json 无法读取：{why}",
         "the bundle's submission.json cannot be read: {why}"},
        {"bundle_undecryptable", "报送包无法解密：{why}", "the bundle cannot be decrypted: {why}"},
        {"bundle_unit_not_enrolled",
         "单位 {unit} 尚未登记；请先核对其盖章的登记申请并执行 baosong office enrol",
         "unit {unit} is not enrolled; check its stamped enrolment request, then run baosong "
         "office enrol"},
        {"enrolment_conflict",
         "单位 {unit} "
         "已用其他密钥登记；更换密钥须由单位重新提交盖章的登记申请，并由经办人核实后处理",
         "unit {unit} is enrolled with other keys; to change keys, the unit must send a new "
         "stamped enrolment request and an officer must verify it"},
        {"enrolment_format", "format 应为 baosong.enrolment/1",
         "format must be baosong.enrolment/1"},
        {"enrolment_key_bad", "公钥无效：{why}", "a public key is invalid: {why}"},
        {"enrolment_key_invalid", "登记申请中的公钥无效：{why}",
         "a public key in the enrolment request is invalid: {why}"},
        {"enrolment_keys_equal", "单位签名密钥与审查员密钥相同",
         "the unit signing key and the reviewer key are the same"},
        {"enrolment_unit_id_invalid", "单位代码“{unit_id}”不是有效的统一社会信用代码",
         "the unit code “{unit_id}” is not a valid unified social credit code"},
        {"enrolment_unit_name_empty", "单位名称为空", "the unit's name is empty"},
        {"enrolment_unusable", "登记申请“{path}”无法使用：{why}",
         "the enrolment request “{path}” cannot be used: {why}"},
        {"fingerprint_mismatch",
         "登记申请中{which}"
         "的指纹与纸质登记表上的不同：这不是该单位盖章的登记申请，未登记。请核对纸面抄录无误后，电"
         "话向该单位核实",
         "the fingerprints of the {which} in the enrolment request differ from those on the paper "
         "form: this is not the request the unit stamped, and nothing was enrolled. Check that you "
         "copied the fingerprints from the paper correctly, then telephone the unit to verify"},
        {"office_keys_both_profiles",
         "文件夹中同时有国际算法（office.recipient、office-grant.pub）和国密（office.pub.pem、"
         "office-grant.pub.pem）两种公钥文件，无法判断导入哪一种；请只保留国防科工办本次给出的文件",
         "the folder holds the key files of both profiles (office.recipient, office-grant.pub and "
         "office.pub.pem, office-grant.pub.pem), so which to import is unclear; keep only the "
         "files the office gave this time"},
        {"office_keys_same_key", "接收公钥与名额授权公钥是同一把密钥，公钥文件有误",
         "the receiving key and the grant key are the same key, so the key files are wrong"},
        {"gm_envelope_not_ustar", "国密报送包不是纯 POSIX ustar 格式（含有 pax、GNU 或其他扩展头）",
         "the gm bundle is not plain POSIX ustar (it has pax, GNU or other extension headers)"},
        {"gm_marker_invalid", "baosong-gm.txt 应为“baosong-gm/1”和一行“recipient <指纹>”",
         "baosong-gm.txt must be “baosong-gm/1” and one line “recipient <fingerprint>”"},
        {"gm_member_extra", "国密报送包内有多余的“{found}”",
         "the gm bundle holds the extra “{found}”"},
        {"gm_payload_too_large",
         "报送包超过国密报送包（POSIX ustar）能容纳的 8 GiB，请减少或压缩附件和照片后重新封包",
         "the bundle is over the 8 GiB a gm bundle (POSIX ustar) can hold; leave out or shrink "
         "attachments and photos and seal again"},
        {"gm_member_size", "国密报送包内“{name}”的长度不对",
         "the gm bundle's “{name}” has the wrong size"},
        {"gm_member_unexpected", "国密报送包内此处应为“{expected}”，却是“{found}”",
         "the gm bundle must hold “{expected}” here, not “{found}”"},
        {"grant_fields_empty", "unit、campaign 和 issued 不能为空",
         "unit, campaign and issued must not be empty"},
        {"grant_fields_missing", "额度授权须有活动编号、不小于 1 的名额和理由",
         "a quota grant needs a campaign, at least 1 place and a reason"},
        {"grant_format", "format 应为 baosong.grant/1", "format must be baosong.grant/1"},
        {"grant_malformed", "额度授权文件不合格式：{why}",
         "the quota grant file is malformed: {why}"},
        {"grant_max_range", "max 应为 1 到 1000 之间的整数",
         "max must be a whole number from 1 to 1000"},
        {"key_enrolled_elsewhere",
         "登记申请中的密钥已登记给单位 {unit}；一个密钥只能属于一个单位，请核实登记申请",
         "a key in the enrolment request is already enrolled for unit {unit}; a key may belong to "
         "one unit only, so verify the request"},
        {"key_grant", "名额授权密钥", "grant key"},
        {"key_reviewer", "保密审查员密钥", "security reviewer key"},
        {"key_unit_signing", "单位签名密钥", "unit signing key"},
        {"keys_unit_and_reviewer", "单位签名密钥和保密审查员密钥",
         "unit signing key and security reviewer key"},
        {"notice_no_earlier", "这是第{revision}版，本办没有收到过此前的版本",
         "this is revision {revision}, and this office received no earlier one"},
        {"notice_previous_differs",
         "第{revision}版声明的上一版不是本办收到的第{received}"
         "版（可能跳过了版本），请与报送单位核实",
         "revision {revision} names a previous revision other than revision {received}, the one "
         "this office received (a revision may have been skipped); verify with the unit"},
        {"office_keys_no_recipient", "没有 age1… 接收方", "it holds no age1… recipient"},
        {"office_keys_one_recipient", "只能有一个接收方", "it may hold one recipient only"},
        {"office_keys_unusable", "国防科工办公钥文件“{path}”无法使用：{why}",
         "the office key file “{path}” cannot be used: {why}"},
        {"office_unit_unreadable", "保险库中单位 {unit} 的报送数据无法读取：{detail}",
         "the vault's data for unit {unit} cannot be read: {detail}"},
        {"recipient_other_office",
         "这个报送包是发给另一个接收方（{recipient}）的，不是本办；本办无法解密，请联系报送单位",
         "this bundle is addressed to another recipient ({recipient}), not this office, which "
         "cannot decrypt it; contact the unit that sent it"},
        {"revision_conflict",
         "第{revision}"
         "版已收到过，但这个包的内容不同：同一版本不能有两个不同的报送包，请与报送单位核实",
         "revision {revision} was received already, but this bundle's content differs: one "
         "revision cannot have two bundles, so verify with the unit"},
        {"revision_stale", "这是旧版本（第{revision}版），已收到第{received}版",
         "this is an old revision ({revision}); revision {received} was received already"},
        {"signature_missing", "报送包旁没有签名文件“{path}”；没有签名的包不能接收",
         "there is no signature file “{path}” beside the bundle; a bundle without its signature "
         "cannot be received"},
        {"signature_other_bundle", "签名文件属于另一个报送包（{bundle}），不是“{file}”的签名",
         "the signature file belongs to another bundle ({bundle}), not to “{file}”"},
        {"signer_not_enrolled",
         "签名不是已登记单位的密钥：报送包自称来自单位 {unit}，但签名密钥不是该单位登记的",
         "the signature is not by the enrolled unit's key: the bundle claims to come from unit "
         "{unit}, but it was signed with a key that unit did not enrol"},
        {"signer_other_unit",
         "签名不是已登记单位的密钥：报送包自称来自单位 "
         "{unit}，但签名密钥不是该单位登记的（这是单位 {owner} 的密钥）",
         "the signature is not by the enrolled unit's key: the bundle claims to come from unit "
         "{unit}, but it was signed with another key (unit {owner}'s)"},
        {"submission_label_mismatch",
         "审查员签署的 submission.json 是 {unit} 的 {campaign} 第{revision}版，而签名标明的是 "
         "{label_unit} 的 {label_campaign} 第{label_revision}版：报送包不可信，已拒绝",
         "the submission.json the reviewer signed is {unit}'s {campaign} revision {revision}, but "
         "the signature names {label_unit}'s {label_campaign} revision {label_revision}: the "
         "bundle is not trusted and was refused"},
        {"summary_empty", "本办还没有接收任何报送包", "this office has received no bundle yet"},
        {"summary_format", "汇总表文件名须以 .xlsx 或 .docx 结尾：“{path}”",
         "the summary table's file name must end in .xlsx or .docx: “{path}”"},
        {"unit_not_enrolled", "单位 {unit} 尚未登记，不能为其签发额度授权",
         "unit {unit} is not enrolled, so no quota grant can be issued for it"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
