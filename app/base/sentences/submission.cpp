// The catalogue's sentences about import, export, check, scan and the security review.
// Chinese first, then English, with the same {names}; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> submission() {
    static constexpr Sentence kSentences[] = {
        {"export_target_exists", "“{dir}”已存在；请指定一个新的文件夹名，baosong 不会覆盖已有内容",
         "“{dir}” already exists; name a new folder, baosong never overwrites what is there"},
        {"export_write_failed", "写入“{path}”失败（磁盘已满或无写权限）；未留下任何导出文件",
         "writing “{path}” failed (the disk is full or not writable); no exported file was left"},
        // The scanned fields as the form names them (core/field_label.h).
        {"field_label_address", "通讯地址", "address"},
        {"field_label_candidate_named", "{name}", "{name}"},
        {"field_label_candidate_unnamed", "第 {number} 名候选人", "candidate no. {number}"},
        {"field_label_deeds", "主要事迹", "main deeds"},
        {"field_label_employer", "工作单位", "employer"},
        {"field_label_history_unit", "学习工作经历第 {row} 行 工作单位",
         "education and work history, row {row}: unit"},
        {"field_label_history_work", "学习工作经历第 {row} 行 从事工作",
         "education and work history, row {row}: work"},
        {"field_label_honors_notes", "荣誉情况", "honours"},
        {"field_label_position", "职务", "position"},
        {"field_label_recommender_opinion", "推荐单位意见", "recommender's opinion"},
        {"field_label_report", "推荐工作情况报告", "report on the selection"},
        {"field_label_specialty", "专业专长", "specialty"},
        {"field_label_story_1", "感人故事一", "story 1"},
        {"field_label_story_2", "感人故事二", "story 2"},
        {"field_label_story_3", "感人故事三", "story 3"},
        {"field_label_story_n", "感人故事（第 {number} 个）", "story {number}"},
        {"field_label_unit_opinion", "所在单位意见", "unit's opinion"},
        {"field_label_unknown", "{field}", "{field}"},
        {"field_campaign", "活动编号（campaign）", "campaign (campaign)"},
        {"field_channel", "推荐渠道（channel）", "channel (channel)"},
        {"field_unit_id", "统一社会信用代码（unit.id）", "unified social credit code (unit.id)"},
        {"file_named", "{key}：{path}", "{key}: {path}"},
        {"file_problem", "{key}：{path} {problem}", "{key}: {path} {problem}"},
        {"files_not_chosen", "以下照片或附件既不在保险库中，也未重新选择：{files}",
         "these photos or attachments are neither in the vault nor chosen again:{files}"},
        {"files_unavailable",
         "以下照片或附件文件不可用（路径相对于 JSON 文件所在文件夹“{dir}”）：{files}",
         "these photos or attachments cannot be used (paths are relative to the JSON file's folder "
         "“{dir}”):{files}"},
        {"flag_unknown",
         "当前扫描结果中没有编号为“{flag}”的标记（文本可能已修改）；请先运行 review list 查看",
         "the current scan has no flag “{flag}” (the text may have changed); run review list "
         "first"},
        {"flag_in_file",
         "该标记在文件“{path}”的文字中，baosong 不改写文件：若确无涉密内容，请选择放行（cleared）；"
         "否则请在原文件中删改后重新导入，或把该文件从表中去掉",
         "this flag is in the words of the file “{path}”, which baosong does not rewrite: if "
         "nothing in it is classified, clear the flag; otherwise correct the original file and "
         "import it again, or take the file out of the form"},
        {"input_file_too_large", "{key}：文件“{path}”超过 {limit_mib} MiB",
         "{key}: the file “{path}” exceeds {limit_mib} MiB"},
        {"item_unknown", "没有编号为“{item}”的照片或附件；请先运行 review list 查看",
         "there is no photo or attachment “{item}”; run review list first"},
        {"lexicon_unusable", "敏感词表“{path}”无法使用：{why}",
         "the lexicon “{path}” cannot be used: {why}"},
        {"note_missing", "每个处理决定都要写明理由（--note），供审计和国防科工办复核",
         "every decision needs its reason (--note), for the audit log and the office's review"},
        {"parent_missing", "上级文件夹“{dir}”不存在", "the parent folder “{dir}” does not exist"},
        {"path_named_submission", "{key}：文件不能命名为 submission.json（导出时它是报送数据本身）",
         "{key}: a file may not be named submission.json (on export, that name is the submission "
         "itself)"},
        {"path_unsafe",
         "{key}：“{path}”不安全：{reason}；照片和附件须放在 JSON 文件所在的文件夹或其子文件夹中",
         "{key}: “{path}” is unsafe: {reason}; photos and attachments must lie in the JSON file's "
         "folder or below it"},
        {"photo_not_jpeg", "“{name}”不是 JPEG 图片；通知要求照片为 JPG 格式，请另选",
         "“{name}” is not a JPEG picture; the notice asks for JPG photos, so choose another"},
        {"removed_record_unreadable",
         "保险库中“{path}”的元数据清除记录无法读取，保险库可能已损坏；请从报送数据重新导入",
         "the record of metadata removed from “{path}” cannot be read, so the vault may be "
         "damaged; import the submission again"},
        {"replacement_missing", "这一类标记没有通用的替换词；请用 --replacement 给出替换文字",
         "flags of this kind have no standard replacement; give the replacement text with "
         "--replacement"},
        {"review_open",
         "还有 {flags} 个标记未处理、{items} 个照片或附件未确认，不能签署；请先运行 review list "
         "查看",
         "{flags} flags are undecided and {items} photos or attachments unapproved, so the review "
         "cannot be signed off; run review list first"},
        {"reviewer_key_mismatch", "所给的审查员密钥不是本保险库登记的审查员密钥",
         "the reviewer key given is not the reviewer key this vault enrolled"},
        {"reviewer_name_invalid", "审查员姓名须为 1 到 {max} 个字的一行文字，不含控制字符",
         "the reviewer's name must be one line of 1 to {max} characters, without control "
         "characters"},
        {"rules_imported", "（已导入的国防科工办签名更新）",
         "(the office's signed update imported)"},
        {"rules_imported_signature_invalid",
         "保险库中已导入的规则集与国防科工办公钥的签名不符；请重新导入国防科工办签名的规则集"
         "（keys VAULT import-rules）",
         "the rule set imported into the vault no longer verifies with the office key; import "
         "the office's signed rule set again (keys VAULT import-rules)"},
        {"rules_signature_invalid",
         "规则集“{path}”没有国防科工办的有效签名（缺少 .minisig，或签名与本保险库导入的国防科工办"
         "公钥不符）",
         "the rule set “{path}” carries no valid signature of the office (no .minisig, or one "
         "that does not verify with the office key this vault imported)"},
        {"rules_unsigned_vault",
         "规则集“{path}”未经国防科工办签名（或签名与本保险库导入的国防科工办公钥不符）；"
         "仅供测试时可加 --allow-unsigned-rules，封包只使用国防科工办签名的规则集",
         "the rule set “{path}” is not signed by the office (or its signature does not verify "
         "with the office key this vault imported); add --allow-unsigned-rules for testing only: "
         "a seal uses only rule sets the office signed"},
        {"rules_unsigned_file",
         "规则集“{path}”的签名只能对照保险库中的国防科工办公钥核验；检查 JSON 文件时仅供测试可加 "
         "--allow-unsigned-rules",
         "the signature of the rule set “{path}” can only be verified against the office key in "
         "a vault; when checking a JSON file add --allow-unsigned-rules, for testing only"},
        {"rules_unsigned_notice",
         "注意：规则集“{path}”未经国防科工办签名，本次检查仅供测试；封包不会使用它",
         "note: the rule set “{path}” is not signed by the office; this check is for testing "
         "only and no seal will use it"},
        {"rules_built_in", "（内置 {campaign}）", "(built in, {campaign})"},
        {"rules_from_file", "“{path}”", "“{path}”"},
        {"rules_missing",
         "没有活动“{campaign}”的内置规则集；请用 --rules 指定国防科工办下发的规则集文件",
         "there is no built-in rule set for campaign “{campaign}”; give the office's rule set file "
         "with --rules"},
        {"rules_other_campaign",
         "规则集“{path}”属于活动“{rules_campaign}”，而报送数据属于活动“{campaign}”",
         "the rule set “{path}” is for campaign “{rules_campaign}”, but the submission is for "
         "campaign “{campaign}”"},
        {"rules_unusable", "规则集{source}无法使用：{why}",
         "the rule set {source} cannot be used: {why}"},
        {"scan_rules_unusable", "内置扫描规则无法使用：{why}",
         "the built-in scan rules cannot be used: {why}"},
        {"sign_off_holds",
         "审查签署有效：{reviewer} 于 {signed_at} 签署，签署内容与现在将导出的文件逐一相同",
         "the sign-off holds: {reviewer} signed off at {signed_at}, over exactly the files that "
         "would be exported now"},
        {"sign_off_none", "尚未签署", "not signed off yet"},
        {"sign_off_void",
         "【审查签署已失效】{reviewer} 于 {signed_at} 签署，其后{cause}；须重新审查并签署",
         "[SIGN-OFF VOID] {reviewer} signed off at {signed_at}; since then {cause}; review and "
         "sign off again"},
        {"sign_off_void_cause_at", "{cause}（{at}）", "{cause} ({at})"},
        {"stored_file_too_large", "文件“{path}”超过 {limit_mib} MiB",
         "the file “{path}” exceeds {limit_mib} MiB"},
        {"submission_other_unit", "报送数据的{what}是“{got}”，而该保险库属于“{want}”；不予导入",
         "the submission's {what} is “{got}”, but this vault belongs to “{want}”; it was not "
         "imported"},
        {"submission_unimportable", "报送数据无法导入：{why}",
         "the submission cannot be imported: {why}"},
        {"submission_unreadable", "报送数据无法读取：{why}",
         "the submission cannot be read: {why}"},
        {"text_unscannable", "“{path}”无法扫描：{why}", "“{path}” cannot be scanned: {why}"},
        {"vault_file_missing", "保险库中没有文件“{path}”", "the vault holds no file “{path}”"},
        {"vault_has_no_submission_import",
         "保险库中还没有报送数据；请先用 baosong vault import 导入",
         "the vault holds no submission yet; import one first with baosong vault import"},
        {"vault_path_unsafe", "保险库中的文件路径“{path}”不安全",
         "the file path “{path}” stored in the vault is unsafe"},
        {"void_cause_approve", "确认了照片或附件", "a photo or attachment was approved"},
        {"void_cause_content_differs", "将导出的内容与签署时不同",
         "what would be exported differs from what was signed"},
        {"void_cause_edit", "修改了报送材料", "the submission was edited"},
        {"void_cause_import", "导入了新的报送数据", "a new submission was imported"},
        {"void_cause_lexicon", "更换了本单位词表", "the unit's lexicon was replaced"},
        {"void_cause_name", "更改了审查员姓名", "the reviewer's name was changed"},
        {"void_cause_resolve", "处理了一个标记", "a flag was decided"},
        {"void_cause_seal", "已封装报送包，下一版须重新审查签署",
         "a bundle was sealed; the next revision needs a new sign-off"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
