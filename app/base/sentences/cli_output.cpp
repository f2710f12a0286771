// The catalogue's sentences about what the CLI's verbs print on success.
// Chinese first, then English, with the same {names}; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> cliOutput() {
    static constexpr Sentence kSentences[] = {
        {"cli_audit_altered", "审计日志已被改动：{problem}", "audit log altered: {problem}"},
        {"cli_audit_intact", "审计日志完整，共 {entries} 条。",
         "audit log intact, {entries} entries."},
        {"cli_check_candidate", "第 {number} 名候选人：", "candidate no. {number}:"},
        {"cli_check_candidate_named", "{name}（第 {number} 名）：", "{name} (no. {number}):"},
        {"cli_check_clean", "未发现问题。", "no findings."},
        {"cli_check_result", "结果：{errors} 个错误，{warnings} 个警告。",
         "result: {errors} errors, {warnings} warnings."},
        {"cli_check_result_errors",
         "结果：{errors} 个错误，{warnings} 个警告；改正错误后才能报送。",
         "result: {errors} errors, {warnings} warnings; fix the errors before sealing."},
        {"cli_check_rules", "检查规则：{rules}", "rules: {rules}"},
        {"cli_check_whole", "报送整体：", "submission:"},
        {"cli_documents_next",
         "打印、签字、盖章后扫描为 PDF（盖章版）。这些 Word 和 PDF "
         "文件与封包时报送包中的逐字节相同。",
         "print, sign, stamp and scan them (the stamped PDFs). These Word and PDF files are byte "
         "for byte the ones the bundle will carry."},
        {"cli_documents_written", "已写出报送文件到 {folder}", "wrote the documents to {folder}"},
        {"cli_enrol_confirm", "以上指纹与盖章的纸质登记申请逐位一致吗？一致请输入 yes：",
         "Do these fingerprints match the stamped paper request digit for digit? If they do, type "
         "yes: "},
        {"cli_enrolled", "已登记单位 {unit}", "enrolled unit {unit}"},
        {"cli_enrolment_written",
         "已写出密钥登记申请 {file} 和报送密钥登记表 "
         "{page}\n请打印报送密钥登记表，签字、盖章后送交国防科工办科技信息处，并当面核对以下指纹：",
         "wrote enrolment request {file} and its page {page}\nprint the page, sign and stamp it, "
         "take it to the office's science and technology information division and compare these "
         "fingerprints there in person:"},
        {"cli_error", "错误：{sentence} [{code}]", "error: {sentence} [{code}]"},
        {"cli_exported",
         "已导出到 {path}（{candidates} 名候选人、{files} "
         "个文件）\n注意：导出的文件未加密，用完请妥善处理。",
         "exported to {path} ({candidates} candidates, {files} files)\nnote: the exported files "
         "are not encrypted; dispose of them properly."},
        {"cli_finding_error", "✗ 错误", "x error"},
        {"cli_finding_warning", "! 警告", "! warning"},
        {"cli_flag_block", "✗ 阻断", "x block "},
        {"cli_flag_decided", "已处理标记 {flag}：{decision}", "decided flag {flag}: {decision}"},
        {"cli_decision_cleared", "放行", "cleared"},
        {"cli_decision_redacted", "替换", "redacted"},
        {"cli_decision_removed", "删除所在句子", "removed"},
        {"cli_flag_review", "! 复核", "! review"},
        {"cli_flag_span", "第 {start}–{end} 字", "chars {start}–{end}"},
        {"cli_flag_file_page", "文件“{path}”第 {page} 页", "file “{path}” page {page}"},
        {"cli_flag_file_part", "文件“{path}”的 {part}", "file “{path}”, {part}"},
        {"cli_review_words_incomplete", "【文字识别未读完，请逐字查看此图】",
         " [text recognition did not finish: read this picture yourself]"},
        {"cli_reading_words", "正在读取“{file}”的文字：第 {page}/{pages} 页",
         "reading the words of “{file}”: page {page} of {pages}"},
        {"cli_flag_ocr", "（文字识别）", " (read by OCR)"},
        {"cli_flags_none", "未发现疑似涉密内容。", "no flags."},
        {"cli_flags_summary",
         "共 {flags} 处标记，其中 {blocking} 处须阻断；每处都须由保密审查员处理（review "
         "resolve）。",
         "{flags} flags, {blocking} blocking; the security reviewer must decide each (review "
         "resolve)."},
        {"cli_gps_removed", "已从 {photos} 张照片中清除 GPS 拍摄位置（详见 review list）。",
         "stripped the GPS position from {photos} photos (see review list)."},
        {"cli_grant_written", "已签发额度授权 {file} 及 {signature}",
         "wrote quota grant {file} and {signature}"},
        {"cli_imported", "已导入 {candidates} 名候选人、{files} 个文件（{size}）到 {path}",
         "imported {candidates} candidates, {files} files ({size}) into {path}"},
        {"cli_importing", "导入中 {percent}%", "importing {percent}%"},
        {"cli_item_approved", "已确认 {item}", "approved {item}"},
        {"cli_key_fingerprint", "{key}指纹（{hash}）：", "{key} fingerprint ({hash}):"},
        {"cli_key_id", "密钥 ID {id}（仅作标签，不作核对依据）",
         "key id {id} (a label only, never what you compare)"},
        {"cli_key_public", "公钥 {key}", "public key {key}"},
        {"cli_key_recipient", "接收公钥（age，全文）：", "recipient (age, in full):"},
        {"cli_key_recipient_gm", "接收公钥指纹（国密 SM2，SM3）：",
         "receiving key fingerprint (SM2, SM3):"},
        {"cli_review_none", "尚未打开任何报送包（office open）",
         "no bundle has been opened yet (office open)"},
        {"cli_review_unit", "{unit}（{id}，{campaign}，第 {revision} 版{errors}）",
         "{unit} ({id}, {campaign}, revision {revision}{errors})"},
        {"cli_review_unit_errors", "，复核有 {count} 项错误", ", {count} errors at the re-check"},
        {"cli_review_candidate", "{number}. {name}  {birth}  意见：{opinion}  决定：{decision}",
         "{number}. {name}  {birth}  opinion: {opinion}  decision: {decision}"},
        {"cli_review_opinion_written", "已写", "written"},
        {"cli_review_opinion_missing", "未写", "not written"},
        {"cli_review_forward", "推荐", "forward"},
        {"cli_review_withhold", "暂缓（{reason}）", "withheld ({reason})"},
        {"cli_review_undecided", "未定", "not decided"},
        {"cli_review_warnings", "需要注意：", "to look at:"},
        {"cli_review_counts",
         "共 {candidates} 名候选人：{forward} 名推荐，{withheld} 名暂缓，{open} 名未定",
         "{candidates} candidates: {forward} forwarded, {withheld} withheld, {open} not decided"},
        {"cli_opinion_written",
         "已写入 {unit} 第 {number} 名候选人的推荐单位意见（第 {revision} 版）",
         "the recommender's opinion of candidate no. {number} of {unit} is written (revision "
         "{revision})"},
        {"cli_decided_forward", "{unit} 第 {number} 名候选人：推荐",
         "{unit} candidate no. {number}: forwarded"},
        {"cli_decided_withhold", "{unit} 第 {number} 名候选人：暂缓推荐",
         "{unit} candidate no. {number}: withheld"},
        {"cli_rules_imported",
         "国防科工办签名的规则集已核验并导入：活动 {campaign}，截止日期 "
         "{deadline}；此后检查和封包使用它",
         "the office's signed rule set is verified and imported: campaign {campaign}, deadline "
         "{deadline}; checks and seals use it from now on"},
        {"cli_rules_signed",
         "已签名规则集“{file}”及其签名 {signature}；请发给各单位用 keys VAULT import-rules 导入",
         "the rule set “{file}” is signed ({signature}); send both to the units to import with "
         "keys VAULT import-rules"},
        {"cli_grant_imported",
         "名额授权已核验并导入：本单位在活动 {campaign} 中最多可推荐 {max} 名（{reason}）",
         "the quota grant is verified and imported: this unit may nominate up to {max} in "
         "campaign {campaign} ({reason})"},
        {"cli_set_written",
         "报送内蒙古科协的材料已写出到“{folder}”：推荐 {forwarded} 名，暂缓 {withheld} 名。"
         "请按其中 README.txt 打印、盖章、扫描，再运行 office set-check",
         "the set for the regional science association is written to “{folder}”: {forwarded} "
         "forwarded, {withheld} withheld. Print, stamp and scan as its README.txt says, then run "
         "office set-check"},
        {"cli_set_complete", "材料齐全：{files} 个文件未被改动，{stamped} 份盖章版均已放入",
         "the set is complete: {files} files unchanged and all {stamped} stamped scans in place"},
        {"cli_set_incomplete", "材料还不齐全：", "the set is not complete yet:"},
        {"cli_stamped_imported",
         "盖章版已导入为“{path}”（{size}），元数据已去除；请保密审查员查看批准（review VAULT "
         "list）",
         "the stamped copy was imported as “{path}” ({size}) without its metadata; the reviewer "
         "must look at it and approve it (review VAULT list)"},
        {"cli_lexicon_replaced",
         "本单位敏感词表已更新：{count} "
         "个词。词表只保存在加密保险库中；原文件请按涉密载体管理规定处理。",
         "unit lexicon replaced: {count} words. They are kept only inside the encrypted vault; "
         "handle the source file as classified media."},
        {"cli_notice", "注意：{notice}", "notice: {notice}"},
        {"cli_office_created",
         "已创建国防科工办保险库 {path}\n接收方（age）：{recipient}\n用 baosong office keys "
         "写出交给各单位的公钥文件。",
         "created office vault {path}\nrecipient (age): {recipient}\nwrite the public key files "
         "for the units with baosong office keys."},
        {"cli_office_created_gm",
         "已创建国防科工办保险库 {path}（国密：SM2、SM3、SM4）\n接收公钥指纹（SM3）：{recipient}\n"
         "用 baosong office keys 写出交给各单位的公钥文件。",
         "created office vault {path} (profile gm: SM2, SM3, SM4)\nreceiving key fingerprint "
         "(SM3): {recipient}\nwrite the public key files for the units with baosong office keys."},
        {"cli_office_keys", "国防科工办公钥：", "office keys:"},
        {"cli_office_keys_imported", "已导入国防科工办公钥。请与国防科工办书面提供的指纹逐位核对：",
         "imported the office keys; compare them with the office's printed sheet:"},
        {"cli_office_keys_missing", "尚未导入", " not imported yet"},
        {"cli_office_keys_sheet", "国防科工办公钥（打印此页，与公钥文件一并交给各单位核对）",
         "office keys (print this page and hand it to the units with the files)"},
        {"cli_office_secret_key", "{file} 是私钥：只可离线备份，切勿交给任何单位。",
         "{file} is the SECRET key: keep it offline, never hand it out."},
        {"cli_opened", "✓ 解密成功，清单与内层签名（单位、保密审查员）均有效",
         "✓ decrypted; manifests and inner signatures (unit, reviewer) hold"},
        {"cli_passphrase_changed", "保险库口令已更换：{path}", "vault passphrase changed: {path}"},
        {"cli_recheck_error", "错误", "error"},
        {"cli_recheck_failed", "政策复核发现错误（见上）。",
         "the policy re-check found errors (above)."},
        {"cli_recheck_passed", "政策复核通过。", "policy re-check passed."},
        {"cli_recheck_warning", "提示", "warning"},
        {"cli_review_approved", "[已确认]", "[approved]"},
        {"cli_review_item_used_by", "（{people}）", " ({people})"},
        {"cli_list_separator", "、", ", "},
        {"cli_review_cleared", "[已放行]", "[cleared]"},
        {"cli_review_redacted", "[已替换]", "[redacted]"},
        {"cli_review_removed", "[已删除]", "[removed]"},
        {"cli_review_flags", "标记：", "flags:"},
        {"cli_review_items", "照片与附件：", "photos and attachments:"},
        {"cli_review_open", "[待处理]", "[open]   "},
        {"cli_review_stale", "[放行失效]", "[stale]  "},
        {"cli_review_state", "待处理标记 {flags}，待确认文件 {items}；审查签署：{sign_off}",
         "open flags {flags}, unapproved files {items}; sign-off: {sign_off}"},
        {"cli_review_unapproved", "[待确认]", "[unapproved]"},
        {"cli_reviewer_named", "审查员姓名已设为 {name}", "reviewer name set to {name}"},
        {"cli_sealed",
         "已封装报送包（第{revision}版）：\n  {bundle}\n  {signature}\n  "
         "{readme}\nSHA-256：{sha256}\n用标准工具核验的方法见 {readme}",
         "sealed bundle (revision {revision}):\n  {bundle}\n  {signature}\n  {readme}\nSHA-256: "
         "{sha256}\nhow to check it with standard tools: {readme}"},
        {"cli_signed_off", "保密审查已签署，签署内容清单：",
         "security review signed off; files covered by the sign-off:"},
        {"cli_summary_written", "已写出汇总表 {path}：{units} 个单位，{candidates} 名候选人",
         "wrote the summary {path}: {units} units, {candidates} candidates"},
        {"cli_unit", "推荐单位：{name} ({id})", "unit: {name} ({id})"},
        {"cli_unpacked", "已解出到 {folder}", "unpacked to {folder}"},
        {"cli_vault_created", "已创建保险库 {path}", "created vault {path}"},
        {"cli_vault_next", "下一步：baosong vault import {path} SUBMISSION.json",
         "next: baosong vault import {path} SUBMISSION.json"},
        {"cli_verified_claims",
         "  单位、活动和版本是单位签名所称；与审查员签署内容的核对在 office open 时进行",
         "  unit, campaign and revision are as the unit key signed them; office open checks them "
         "against what the reviewer signed"},
        {"cli_verified_label", "  活动 {campaign}，封包时间 {sealed}",
         "  campaign {campaign}, sealed {sealed}"},
        {"cli_verified_recipient", "✓ 接收方是本办", "✓ addressed to this office"},
        {"cli_verified_revision_after", "✓ 版本：第{revision}版（此前已收到第{previous}版）",
         "✓ revision {revision} (received before: {previous})"},
        {"cli_verified_revision_first", "✓ 版本：第{revision}版（首次收到）",
         "✓ revision {revision} (first received)"},
        {"cli_verified_signer", "✓ 签名有效：来自已登记单位 {name} ({id})",
         "✓ signed by enrolled unit {name} ({id})"},
        {"cli_warning", "警告：{problem}", "warning: {problem}"},
        {"cli_wrote", "已写出：{files}", "wrote: {files}"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
