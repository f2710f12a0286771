// The catalogue's sentences about the vault, its keys, its audit log and the unit's identity.
// Chinese first, then English, with the same {names}; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> vault() {
    static constexpr Sentence kSentences[] = {
        {"audit_broken",
         "{problem}。该保险库的操作记录在 baosong "
         "之外被改动过，已拒绝修改。请通知保密管理员；数据仍可用 vault export-json "
         "导出后导入新的保险库",
         "{problem}. The vault's record of work was changed outside baosong, so no change is "
         "allowed. Tell the security officer; the data can still be exported with vault "
         "export-json and imported into a new vault"},
        {"audit_empty", "审计日志为空：至少应有保险库创建记录，记录被整体删除",
         "the audit log is empty, though it must hold at least the vault's creation record: its "
         "records were deleted wholesale"},
        {"audit_entry_altered", "审计日志第 {seq} 条已被改动",
         "entry {seq} of the audit log was altered"},
        {"audit_entry_missing", "审计日志第 {seq} 条缺失",
         "entry {seq} of the audit log is missing"},
        {"audit_first_not_creation", "审计日志第 1 条不是保险库创建记录，开头的记录被删除或替换",
         "entry 1 of the audit log is not the vault's creation record: the first entries were "
         "deleted or replaced"},
        {"audit_tail_removed", "审计日志末尾的记录被删除或替换（与记录的最新条目不符）",
         "the last entries of the audit log were deleted or replaced (they differ from the "
         "recorded newest entry)"},
        {"audit_unknown", "审计日志不完整", "the audit log is incomplete"},
        {"channel_invalid",
         "推荐渠道“{channel}”无效，应为 defense_unit、league_city、regional_society 或 "
         "regional_institution",
         "the channel “{channel}” is invalid; it must be defense_unit, league_city, "
         "regional_society or regional_institution"},
        {"disk_full_vault_unchanged", "磁盘空间不足，操作未完成，保险库保持原样",
         "the disk is full; the operation did not finish and the vault is as it was"},
        {"identity_campaign", "活动编号", "campaign"},
        {"identity_channel", "推荐渠道", "channel"},
        {"identity_control_character", "{what}含有控制字符 {found}；请删去后重试",
         "the {what} holds the control character {found}; remove it and try again"},
        {"identity_missing", "缺少{what}（{option}）", "the {what} is missing ({option})"},
        {"identity_unit_id", "统一社会信用代码", "unified social credit code"},
        {"identity_unit_name", "推荐单位名称", "unit name"},
        {"kdf_params_invalid", "Argon2id 内存参数必须是 2 的整数次幂，轮数不超过 255",
         "the Argon2id memory must be a power of two and the passes at most 255"},
        {"key_missing_any", "保险库中缺少密钥，保险库可能不完整",
         "a key is missing from the vault; the vault may be incomplete"},
        {"key_missing_grant", "保险库中没有额度授权签名密钥，保险库可能不完整",
         "the vault holds no quota-grant signing key; the vault may be incomplete"},
        {"key_missing_office_receive",
         "保险库中没有国防科工办的 SM2 接收密钥（国密），保险库可能不完整或建于国密之前",
         "the vault holds no SM2 receiving key of the office (profile gm); the vault may be "
         "incomplete or made before that profile"},
        {"key_missing_reviewer", "保险库中没有审查员密钥，保险库可能不完整",
         "the vault holds no reviewer key; the vault may be incomplete"},
        {"key_missing_unit", "保险库中没有单位签名密钥，保险库可能不完整",
         "the vault holds no unit signing key; the vault may be incomplete"},
        {"not_a_regular_file", "“{path}”不是普通文件", "“{path}” is not a regular file"},
        {"not_a_vault", "不是 baosong 保险库文件（文件头不符）",
         "not a baosong vault file (its header differs)"},
        {"not_a_vault_path", "“{path}”不是 baosong 保险库文件（文件头不符）",
         "“{path}” is not a baosong vault file (its header differs)"},
        {"not_office_vault", "这不是国防科工办的保险库（请用 baosong office init 建立的保险库）",
         "this is not an office vault (use one made by baosong office init)"},
        {"passphrase_new_vault", "新的保险库口令", "new vault passphrase"},
        {"passphrase_not_utf8", "{whose}不是有效的 UTF-8 文本",
         "the {whose} is not valid UTF-8 text"},
        {"passphrase_reviewer", "保密审查员口令", "security reviewer's passphrase"},
        {"passphrase_too_short", "{whose}太短：至少需要 {min} 个字符",
         "the {whose} is too short: it needs at least {min} characters"},
        {"passphrase_vault", "保险库口令", "vault passphrase"},
        {"passphrases_differ", "两次输入的{whose}不一致。",
         "the two entries of the {whose} differ."},
        {"passphrases_equal", "审查员口令不能与保险库口令相同：保密审查须由审查员本人完成",
         "the reviewer's passphrase must differ from the vault passphrase: the security review "
         "must be done by the reviewer personally"},
        {"reviewer_wrong_passphrase", "审查员口令不正确", "the reviewer's passphrase is wrong"},
        {"seal_record_unreadable", "保险库中未完成封包的记录无法读取；请从备份恢复",
         "the vault's record of an unfinished seal cannot be read; restore the vault from a "
         "backup"},
        {"sqlcipher_missing",
         "链接的数据库库不是 SQLCipher 4（{version}）；请按 README 从 bookworm-backports 安装 "
         "libsqlcipher1",
         "the database library linked is not SQLCipher 4 ({version}); install libsqlcipher1 from "
         "bookworm-backports as the README says"},
        {"sqlite_error", "数据库操作失败（{what}）：{detail}",
         "a database operation failed ({what}): {detail}"},
        {"submission_unsavable", "报送数据无法保存：{why}",
         "the submission cannot be saved: {why}"},
        {"unit_id_invalid",
         "统一社会信用代码“{unit_id}”无效（应为 18 位，末位校验码符合 GB "
         "32100-2015）；请照营业执照或事业单位法人证书核对",
         "the unified social credit code “{unit_id}” is invalid (18 characters, the last a GB "
         "32100-2015 check character); check it against the business licence or the institution's "
         "legal-person certificate"},
        {"vault_altered", "保险库文件“{path}”已损坏或被改动（{detail}）；请从备份恢复",
         "the vault file “{path}” is damaged or altered ({detail}); restore it from a backup"},
        {"vault_references_broken",
         "保险库中有文件记录指向不存在的内容，无法升级到本版本的格式；请从备份恢复",
         "the vault has file records that point at content it does not hold, so it cannot be "
         "upgraded to this version's format; restore it from a backup"},
        {"vault_busy",
         "保险库“{path}”正在被另一个程序使用（例如已解锁的桌面程序或另一个 baosong "
         "命令）；请先在那里锁定或退出，再重试。未做任何改动",
         "the vault “{path}” is in use by another program (an unlocked desktop app or another "
         "baosong command); lock or quit it there and try again. Nothing was changed"},
        {"vault_busy_process",
         "保险库正被另一个 baosong 进程使用；请等它结束（或关闭桌面程序）后再试",
         "the vault is in use by another baosong process; wait for it to finish (or close the "
         "desktop app) and try again"},
        {"vault_file_checksum",
         "保险库已损坏：其中的文件“{path}”内容与其校验值不符；请从备份恢复保险库",
         "the vault is damaged: the content of “{path}” in it does not match its checksum; "
         "restore the vault from a backup"},
        {"vault_file_damaged", "保险库文件已损坏（{detail}）；请从备份恢复",
         "the vault file is damaged ({detail}); restore it from a backup"},
        {"vault_file_read_failed",
         "保险库已损坏：读取其中的文件“{path}”时校验失败；请从备份恢复保险库",
         "the vault is damaged: reading the file “{path}” in it failed its check; restore the "
         "vault from a backup"},
        {"vault_file_unopenable", "保险库已损坏：无法打开其中的文件“{path}”；请从备份恢复保险库",
         "the vault is damaged: the file “{path}” in it cannot be opened; restore the vault "
         "from a backup"},
        {"vault_header_params", "保险库文件头中的密钥派生参数无效：{why}",
         "the key-derivation settings in the vault's header are invalid: {why}"},
        {"vault_is_office_vault", "这是国防科工办的保险库；请在国防科工办模式中打开",
         "this is the office's vault; open it as the office"},
        {"vault_is_unit_vault", "这是单位的保险库，不是国防科工办的；请在单位模式中打开",
         "this is a unit's vault, not the office's; open it as a unit"},
        {"vault_key_rejected", "保险库文件已损坏或被改动，无法解密；请从备份恢复",
         "the vault file is damaged or altered and cannot be decrypted; restore it from a backup"},
        {"vault_missing", "保险库文件“{path}”不存在", "the vault file “{path}” does not exist"},
        {"vault_open_failed", "无法打开保险库文件“{path}”：{detail}",
         "cannot open the vault file “{path}”: {detail}"},
        {"vault_schema_newer",
         "该保险库由更新版本的 baosong 创建（结构版本 {version}），请升级 baosong 后再打开",
         "this vault was made by a newer baosong (schema version {version}); upgrade baosong, then "
         "open it"},
        {"vault_submission_unreadable", "保险库中的报送数据无法读取：{detail}",
         "the submission in the vault cannot be read: {detail}"},
        {"vault_truncated",
         "保险库文件“{path}”不完整（长度 {size} 字节，不是整页），可能被截断；请从备份恢复",
         "the vault file “{path}” is incomplete ({size} bytes, not whole pages) and may have been "
         "cut short; restore it from a backup"},
        {"vault_unlockable", "无法锁定保险库文件“{path}”", "cannot lock the vault file “{path}”"},
        {"vault_unopenable", "无法打开保险库文件“{path}”", "cannot open the vault file “{path}”"},
        {"vault_unreadable", "无法读取保险库文件“{path}”：{reason}",
         "cannot read the vault file “{path}”: {reason}"},
        {"vault_version_unsupported", "保险库格式版本 {version} 不受支持；请升级 baosong 后再打开",
         "vault format version {version} is not supported; upgrade baosong, then open it"},
        {"wrong_passphrase",
         "口令不正确，保险库未打开（文件未被改动）。若确定口令无误，则文件开头可能已损坏，请从备份"
         "恢复",
         "wrong passphrase; the vault was not opened (the file is unchanged). If you are sure the "
         "passphrase is right, the start of the file may be damaged: restore it from a backup"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
