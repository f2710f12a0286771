// The catalogue's --help pages of the CLI (app/cli/help_text.cpp picks them by verb).
// Chinese first, then English; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> cliHelp() {
    static constexpr Sentence kSentences[] = {
        {"help",
         "用法：baosong <命令> [参数]\n\n"
         "  vault init|import|export-json|passwd|audit|lexicon|stamped VAULT …\n"
         "                          单位保险库：创建、导入、导出、换口令、审计、词表、盖章版\n"
         "                          （baosong vault --help 列出各子命令）\n"
         "  scan [--json] [--lexicon FILE]... TEXTFILE|SUBMISSION.json|VAULT   疑似涉密内容扫描\n"
         "  review VAULT list|resolve|approve|sign-off   保密审查\n"
         "  check [--json] [--rules FILE] SUBMISSION.json|VAULT   按通知规则检查报送数据\n"
         "  keys VAULT show                      显示密钥指纹\n"
         "  keys VAULT enrolment OUT             写出密钥登记申请 OUT.json\n"
         "  keys VAULT import-office DIR         导入国防科工办的公钥\n"
         "  keys VAULT import-grant FILE         导入国防科工办签发的名额授权\n"
         "  keys VAULT import-rules FILE         导入国防科工办签名的规则集更新\n"
         "  documents VAULT --out DIR            写出推荐表、汇总表、推荐工作情况报告和照片\n"
         "  seal VAULT --out DIR                 封装报送包（签名、加密）\n"
         "  office init|keys|enrol|verify|open|grant|rules|summary|candidates|opinion|decide|\n"
         "         export|set-check …   "
         "国防科工办：登记、接收、核验、汇总、统一审核推荐、报送科协\n"
         "                          （baosong office --help 列出各子命令）\n\n"
         "每个命令都可加 --help。退出码：0 成功；1 发现问题；2 用法或输入有误（未做任何改动）；\n"
         "3 口令错误或保险库已锁定。\n",
         "usage: baosong <command> [arguments]\n\n"
         "  vault init|import|export-json|passwd|audit|lexicon|stamped VAULT …\n"
         "                          the unit's vault: create, import, export, passphrase,\n"
         "                          audit, lexicon, stamped scans (baosong vault --help)\n"
         "  scan [--json] [--lexicon FILE]... TEXTFILE|SUBMISSION.json|VAULT   sensitive content\n"
         "  review VAULT list|resolve|approve|sign-off   the security review\n"
         "  check [--json] [--rules FILE] SUBMISSION.json|VAULT   check against the notice\n"
         "  keys VAULT show                      key fingerprints\n"
         "  keys VAULT enrolment OUT             enrolment request OUT.json\n"
         "  keys VAULT import-office DIR         the office's public keys\n"
         "  keys VAULT import-grant FILE         a quota grant the office signed\n"
         "  keys VAULT import-rules FILE         a rule-set update the office signed\n"
         "  documents VAULT --out DIR            推荐表, 汇总表, 推荐工作情况报告 and photos\n"
         "  seal VAULT --out DIR                 the signed, encrypted bundle\n"
         "  office init|keys|enrol|verify|open|grant|rules|summary|candidates|opinion|decide|\n"
         "         export|set-check …   the office: enrol, receive, verify, review, send on\n"
         "                          (baosong office --help)\n\n"
         "Every command takes --help. Exit codes: 0 success; 1 a problem was found; 2 bad\n"
         "usage or input (nothing changed); 3 wrong passphrase or locked vault.\n"},
        {"help_vault",
         "用法：baosong vault <子命令> VAULT [参数]\n\n"
         "  init VAULT --campaign ID --channel CH --unit-name N --unit-id ID\n"
         "                          创建加密保险库，并生成单位签名密钥和审查员密钥\n"
         "  import VAULT SUBMISSION.json   导入报送数据及其照片、附件\n"
         "  export-json VAULT DIR          导出为报送数据 JSON 及照片\n"
         "  passwd VAULT                   更换保险库口令\n"
         "  audit VAULT                    查看并校验审计日志\n"
         "  lexicon VAULT FILE             导入本单位敏感词表（只存于保险库中）\n"
         "  stamped VAULT FILE --form N|--summary|--report   导入盖章版 PDF 扫描件\n\n"
         "每个子命令都可加 --help，例如 baosong vault import --help。\n",
         "usage: baosong vault <subcommand> VAULT [arguments]\n\n"
         "  init VAULT --campaign ID --channel CH --unit-name N --unit-id ID\n"
         "                          new encrypted vault with unit and reviewer keys\n"
         "  import VAULT SUBMISSION.json   import a submission with its photos\n"
         "  export-json VAULT DIR          export as interchange JSON and photos\n"
         "  passwd VAULT                   change the vault passphrase\n"
         "  audit VAULT                    show and verify the audit log\n"
         "  lexicon VAULT FILE             import the unit's own lexicon (kept in the vault)\n"
         "  stamped VAULT FILE --form N|--summary|--report   import a stamped PDF scan\n\n"
         "Every subcommand takes --help, e.g. baosong vault import --help.\n"},
        {"help_office",
         "用法：baosong office <子命令> OFFICE_VAULT [参数]\n\n"
         "  init OFFICE_VAULT                    创建国防科工办保险库和办公室密钥\n"
         "  keys OFFICE_VAULT --out DIR          写出供各单位导入的公钥和报送公钥单\n"
         "  enrol OFFICE_VAULT ENROLMENT.json    核对盖章登记表后登记单位密钥\n"
         "  verify OFFICE_VAULT BUNDLE.bsx       不解密，核验报送包的签名和版本\n"
         "  open OFFICE_VAULT BUNDLE.bsx --out DIR   核验、解密、解包并复核政策\n"
         "  grant OFFICE_VAULT --unit ID --max N --reason 文字 --out FILE   签发名额授权\n"
         "  rules OFFICE_VAULT RULES.json --out FILE   签名规则集更新\n"
         "  summary OFFICE_VAULT --out FILE.xlsx|FILE.docx   收到的全部候选人汇总\n"
         "  candidates OFFICE_VAULT              列出待审核的候选人\n"
         "  opinion OFFICE_VAULT --unit ID --candidate N --text 文字   填写推荐单位意见\n"
         "  decide OFFICE_VAULT --unit ID --candidate N --forward|--withhold   推荐或暂缓\n"
         "  export OFFICE_VAULT --out DIR        写出报送内蒙古科协的材料\n"
         "  set-check SET_FOLDER                 核对报送内蒙古科协的材料是否齐全\n\n"
         "每个子命令都可加 --help，例如 baosong office open --help。\n",
         "usage: baosong office <subcommand> OFFICE_VAULT [arguments]\n\n"
         "  init OFFICE_VAULT                    new office vault and office keys\n"
         "  keys OFFICE_VAULT --out DIR          the public keys for units, and their key sheet\n"
         "  enrol OFFICE_VAULT ENROLMENT.json    enrol a unit's keys against its stamped sheet\n"
         "  verify OFFICE_VAULT BUNDLE.bsx       check a bundle's signature and revision, "
         "unopened\n"
         "  open OFFICE_VAULT BUNDLE.bsx --out DIR   verify, decrypt, unpack, re-check policy\n"
         "  grant OFFICE_VAULT --unit ID --max N --reason TEXT --out FILE   sign a quota grant\n"
         "  rules OFFICE_VAULT RULES.json --out FILE   sign a rule-set update\n"
         "  summary OFFICE_VAULT --out FILE.xlsx|FILE.docx   every candidate received\n"
         "  candidates OFFICE_VAULT              the candidates to review\n"
         "  opinion OFFICE_VAULT --unit ID --candidate N --text TEXT   the 推荐单位意见\n"
         "  decide OFFICE_VAULT --unit ID --candidate N --forward|--withhold   forward or "
         "withhold\n"
         "  export OFFICE_VAULT --out DIR        the set for 内蒙古科协\n"
         "  set-check SET_FOLDER                 whether the set for 内蒙古科协 is complete\n\n"
         "Every subcommand takes --help, e.g. baosong office open --help.\n"},
        {"help_vault_init",
         "用法：baosong vault init VAULT --campaign ID --channel CH --unit-name 名称 --unit-id "
         "代码\n"
         "       [--passphrase-file F] [--reviewer-passphrase-file F] [--reviewer-name 姓名]\n"
         "       [--kdf-memory-mib 256] [--kdf-passes 3] [--json]\n\n"
         "创建新的加密保险库（文件权限 0600；文件已存在时拒绝）。CH 为 "
         "defense_unit、league_city、\n"
         "regional_society 或 regional_institution。同时生成单位签名密钥，以及用审查员口令\n"
         "（BAOSONG_REVIEWER_PASSPHRASE，须与保险库口令不同）单独密封的审查员密钥。\n"
         "统一社会信用代码须有效（GB 32100-2015 校验码），创建后不能更改。--reviewer-name\n"
         "为随审查记录报送的审查员姓名（也可由审查员日后用 review VAULT name 设置）。\n",
         "usage: baosong vault init VAULT --campaign ID --channel CH --unit-name NAME --unit-id "
         "ID\n"
         "       [--passphrase-file F] [--reviewer-passphrase-file F] [--reviewer-name NAME]\n"
         "       [--kdf-memory-mib 256] [--kdf-passes 3] [--json]\n\n"
         "Creates a new encrypted vault (mode 0600; refuses an existing file) with the unit's\n"
         "signing key and the reviewer's key, sealed under the reviewer passphrase\n"
         "(BAOSONG_REVIEWER_PASSPHRASE, which must differ from the vault passphrase). The unit\n"
         "id must be a valid unified social credit code (GB 32100-2015); it cannot change\n"
         "later. --reviewer-name: the reviewer's name as review.json carries it (the reviewer\n"
         "may also set it later with review VAULT name).\n"},
        {"help_vault_import",
         "用法：baosong vault import VAULT SUBMISSION.json [--passphrase-file F] [--json]\n\n"
         "导入报送数据（baosong.submission/1）及其中列出的照片和附件（路径相对于 JSON 文件）。\n"
         "全部内容在一个事务中写入：任何错误都不会改动保险库。\n",
         "usage: baosong vault import VAULT SUBMISSION.json [--passphrase-file F] [--json]\n\n"
         "Imports a submission (baosong.submission/1) and the photos and attachments it names\n"
         "(paths relative to the JSON file) in one transaction: any error changes nothing.\n"},
        {"help_vault_export_json",
         "用法：baosong vault export-json VAULT DIR [--passphrase-file F] [--json]\n\n"
         "把报送数据写到新文件夹 DIR（submission.json 及照片、附件）。DIR 不能已存在。\n",
         "usage: baosong vault export-json VAULT DIR [--passphrase-file F] [--json]\n\n"
         "Writes the submission into the new folder DIR (submission.json, photos,\n"
         "attachments). DIR must not exist.\n"},
        {"help_vault_passwd",
         "用法：baosong vault passwd VAULT [--passphrase-file F] [--new-passphrase-file F]\n"
         "       [--kdf-memory-mib 256] [--kdf-passes 3]\n\n"
         "用新口令（BAOSONG_NEW_PASSPHRASE）重新加密整个保险库，可同时提高 Argon2id 参数。\n"
         "先写出新文件再替换旧文件：中途断电也不会损坏保险库。\n",
         "usage: baosong vault passwd VAULT [--passphrase-file F] [--new-passphrase-file F]\n"
         "       [--kdf-memory-mib 256] [--kdf-passes 3]\n\n"
         "Re-encrypts the whole vault under a new passphrase (BAOSONG_NEW_PASSPHRASE), "
         "optionally\n"
         "with stronger Argon2id parameters; the new file replaces the old atomically.\n"},
        {"help_vault_audit",
         "用法：baosong vault audit VAULT [--passphrase-file F] [--json]\n\n"
         "列出审计日志并校验其哈希链；日志被改动时退出码为 1。\n",
         "usage: baosong vault audit VAULT [--passphrase-file F] [--json]\n\n"
         "Lists the audit log and verifies its hash chain; exit code 1 if it was altered.\n"},
        {"help_vault_stamped",
         "用法：baosong vault stamped VAULT FILE (--form N | --summary | --report) "
         "[--passphrase-file F] [--json]\n\n"
         "导入盖章版 PDF 扫描件（通知“三、(三)”：电子版Word及盖章版PDF各一套）：--form N 为第 N "
         "名\n"
         "候选人签名、单位盖章后的推荐表，--summary 为盖章的汇总表，--report "
         "为盖章的推荐工作情况报告。\n"
         "FILE 必须是 PDF；导入时去除元数据，之后须经保密审查员查看批准；再次导入即替换。\n",
         "usage: baosong vault stamped VAULT FILE (--form N | --summary | --report) "
         "[--passphrase-file F] [--json]\n\n"
         "Imports a stamped PDF scan (盖章版; the notice asks for one set as Word and one as\n"
         "stamped PDF): --form N the 推荐表 of candidate N, signed and stamped; --summary the\n"
         "stamped 汇总表; --report the stamped 推荐工作情况报告. FILE must be a PDF; its metadata\n"
         "is removed and the reviewer must approve it; importing again replaces it.\n"},
        {"help_check",
         "用法：baosong check [--json] [--rules 规则集.json [--allow-unsigned-rules]] "
         "SUBMISSION.json|VAULT\n\n"
         "按通知（内科协协字〔2023〕30号）的规则检查报送数据：名额、青年、身份、荣誉、填表、照片、"
         "\n"
         "意见等。每条结果给出代码、所依据的通知条款和改法。退出码：0 无错误；1 有错误；\n"
         "2 "
         "数据无法读取（指出键路径）。默认使用保险库导入的国防科工办签名规则集，否则用内置规则集；"
         "\n"
         "--rules 须有国防科工办的有效签名，未签名的只能加 --allow-unsigned-rules 用于测试。\n",
         "usage: baosong check [--json] [--rules RULES.json [--allow-unsigned-rules]] "
         "SUBMISSION.json|VAULT\n\n"
         "Checks a submission against the notice's rules (quota, youth, identity, honours, form,\n"
         "photos, opinions); each finding has a code, its source in the notice and a fix.\n"
         "Exit 0 when there is no error, 1 when there is, 2 when the input cannot be read.\n"
         "The rules are the office's signed update the vault imported, else the built-in ones;\n"
         "--rules needs the office's signature, or --allow-unsigned-rules for testing only.\n"},
        {"help_vault_lexicon",
         "用法：baosong vault lexicon VAULT FILE [--passphrase-file F]\n\n"
         "以 FILE 替换本单位敏感词表（项目名称、代号、场所等）。FILE 为 UTF-8 文本，每行一个词，\n"
         "可在词后加制表符和类别（如 GEO_LOCATION，默认 PROJECT_CODE）；# 开头为注释。\n"
         "词表只保存在加密保险库中，之后每次扫描都会使用，不会导出，也不写入审计日志。\n",
         "usage: baosong vault lexicon VAULT FILE [--passphrase-file F]\n\n"
         "Replaces the unit's own lexicon (project names, code names, sites) with FILE: UTF-8,\n"
         "one word per line, optionally TAB and a category (default PROJECT_CODE); # comments.\n"
         "The words live only inside the encrypted vault; every scan uses them; never "
         "exported.\n"},
        {"help_scan",
         "用法：baosong scan [--json] [--lexicon 词表]... TEXTFILE|SUBMISSION.json|VAULT\n\n"
         "扫描疑似涉密内容（密级标志、部队代号、装备型号、坐标、项目代号、性能指标、频率、数量等）"
         "，\n"
         "并识别全角、空格、零宽字符、繁体和中文数字等变体。位置以原文字符计。.json "
         "文件按报送数据\n"
         "扫描每个文字字段，保险库还会使用其中的本单位词表。退出码：0 无标记；1 有标记；2 "
         "无法读取。\n",
         "usage: baosong scan [--json] [--lexicon FILE]... TEXTFILE|SUBMISSION.json|VAULT\n\n"
         "Flags text that may be classified (markings, unit codes, designations, coordinates,\n"
         "code names, performance figures, frequencies, quantities), also when written in\n"
         "full-width, spaced, zero-width, traditional or Chinese-numeral form. Offsets count\n"
         "code points of the original. Exit 0 no flags, 1 flags, 2 unreadable input.\n"},
        {"help_review",
         "用法：baosong review VAULT list [--json]\n"
         "       baosong review VAULT resolve FLAG... --decision cleared|redacted|removed\n"
         "                                    [--replacement 文字] --note 理由\n"
         "       baosong review VAULT approve ITEM...\n"
         "       baosong review VAULT sign-off\n"
         "       baosong review VAULT name 姓名\n\n"
         "保密审查：每个标记须放行（cleared，写明理由）、替换（redacted，默认替换为某型/某部/"
         "某地）\n"
         "或删除所在句子（removed）；每张照片和附件须确认；全部处理后由审查员用自己的密钥签署即将"
         "\n"
         "报送的内容清单。之后改变报送内容的改动会使签署失效（显示为【审查签署已失效】及原因）；\n"
         "name 设置随审查记录报送的审查员姓名。resolve、approve、sign-off、name 需要审查员口令\n"
         "（--reviewer-passphrase-file 或 BAOSONG_REVIEWER_PASSPHRASE）。resolve 和 approve "
         "可一次写多个\n"
         "标记或文件（同一决定和理由），只解锁一次审查员密钥，全部生效或全部不生效。list "
         "在签署有效时退出码为 0。\n",
         "usage: baosong review VAULT list [--json]\n"
         "       baosong review VAULT resolve FLAG... --decision cleared|redacted|removed\n"
         "                                    [--replacement TEXT] --note REASON\n"
         "       baosong review VAULT approve ITEM...\n"
         "       baosong review VAULT sign-off\n"
         "       baosong review VAULT name NAME\n\n"
         "The security review: clear (with a reason), redact (replace) or remove (the sentence)\n"
         "every flag; approve every photo and attachment; then sign the export manifest with\n"
         "the reviewer key. A later change to what would be exported voids the sign-off (shown\n"
         "as void, with its cause). name sets the reviewer's name review.json carries.\n"
         "resolve, approve, sign-off and name need the reviewer passphrase. resolve and approve\n"
         "take several flags or items (one decision and reason), open the reviewer key once,\n"
         "and decide them all or none. list exits 0 only while a valid sign-off holds.\n"},
        {"help_keys",
         "用法：baosong keys VAULT show [--json]\n"
         "       baosong keys VAULT enrolment OUT\n"
         "       baosong keys VAULT import-office DIR\n"
         "       baosong keys VAULT import-grant FILE [--json]\n"
         "       baosong keys VAULT import-rules FILE [--json]\n\n"
         "show 显示单位签名密钥和审查员密钥的指纹（公钥的 SHA-256，64 位十六进制，四位一组）\n"
         "及公钥；密钥 ID 仅作标签；\n"
         "enrolment 写出密钥登记申请 OUT.json 和待盖章的 OUT.pdf，盖章后送国防科工办登记；\n"
         "import-office 导入国防科工办用 office keys 写出的 office.recipient 和 "
         "office-grant.pub，\n"
         "并显示其指纹，请与国防科工办书面提供的逐位核对；\n"
         "import-grant 导入国防科工办签发的名额授权 FILE 及其签名 FILE.minisig：用已导入的\n"
         "国防科工办公钥核验，须为本单位本活动的授权，之后检查和封包按授权的名额计算；\n"
         "import-rules 导入国防科工办签名的规则集更新 FILE 及 "
         "FILE.minisig，核验后检查和封包使用它。\n",
         "usage: baosong keys VAULT show [--json]\n"
         "       baosong keys VAULT enrolment OUT\n"
         "       baosong keys VAULT import-office DIR\n"
         "       baosong keys VAULT import-grant FILE [--json]\n"
         "       baosong keys VAULT import-rules FILE [--json]\n\n"
         "show prints the unit and reviewer key fingerprints (SHA-256 of the public key, 64 hex\n"
         "digits in groups of four; the key id is only a label) and public keys; enrolment "
         "writes\n"
         "the enrolment request OUT.json for the office and OUT.pdf to stamp; import-office\n"
         "takes the office's office.recipient and office-grant.pub (from office keys) and shows\n"
         "their fingerprints to compare with the office's printed sheet (office-keys.pdf);\n"
         "import-grant takes a quota grant FILE and FILE.minisig from the office, verified with\n"
         "the office key imported and for this unit and campaign; check and seal then count it;\n"
         "import-rules takes a rule-set update FILE and FILE.minisig the office signed; once\n"
         "verified, check and seal use it.\n"},
        {"help_documents",
         "用法：baosong documents VAULT --out DIR [--json]\n\n"
         "在 DIR 中新建“<单位代码>-<活动>-r<版本>-文件”文件夹，写出每名候选人的推荐表（Word 和\n"
         "PDF）、汇总表（Word 和 "
         "Excel）、推荐工作情况报告（Word），以及按“姓名+序号”命名的照片，\n"
         "供打印、签字、盖章后扫描；与报送包中的文件逐字节相同。\n",
         "usage: baosong documents VAULT --out DIR [--json]\n\n"
         "Writes a new folder <unit>-<campaign>-r<n>-文件 in DIR with each candidate's 推荐表\n"
         "(Word and PDF), the 汇总表 (Word and Excel), the 推荐工作情况报告 (Word) and the "
         "photos\n"
         "named name+number, for printing, signing, stamping and scanning: the same bytes the\n"
         "bundle carries.\n"},
        {"help_seal",
         "用法：baosong seal VAULT --out DIR [--json]\n\n"
         "把审查员签署的内容封装为报送包：DIR/<单位代码>-<活动>-r<版本>.bsx（age "
         "加密，只有国防科工办\n"
         "能解开）、.bsx.minisig（单位签名）和同名的 .README.txt（不用 baosong、只用 "
         "minisign、age、\n"
         "tar、sha256sum "
         "核验的方法）；不覆盖任何已有文件。政策检查有错误、敏感内容或照片未审查完、\n"
         "审查签署缺失或失效、未导入国防科工办公钥时拒绝，并列出全部原因。每次封包是一个新版本；\n"
         "之后须重新审查签署。上次封包若被中断，本次先补记或清理它。\n",
         "usage: baosong seal VAULT --out DIR [--json]\n\n"
         "Seals what the reviewer signed: DIR/<unit>-<campaign>-r<n>.bsx (age, for the office),\n"
         "its .minisig (the unit key) and <same name>.README.txt (how to check it with\n"
         "minisign, age, tar and sha256sum alone), never replacing a file. Refuses, listing\n"
         "every reason, while policy has errors, flags or photos are open, the sign-off is\n"
         "missing or void, or the office key is missing. Every seal is a new revision and\n"
         "needs a fresh sign-off. A seal interrupted earlier is recorded or cleaned up first.\n"},
        {"help_office_init",
         "用法：baosong office init OFFICE_VAULT [--profile gm|intl]\n\n"
         "建立国防科工办的加密保险库，内含接收报送包的私钥和额度授权签名密钥，两种密码算法\n"
         "各一套：--profile gm（默认，国密 SM2、SM3、SM4）或 intl（age、minisign）选定本办\n"
         "使用哪一种；各单位导入本办公钥后即按同一种封包。\n",
         "usage: baosong office init OFFICE_VAULT [--profile gm|intl]\n\n"
         "Creates the office's encrypted vault with the keys that receive bundles and sign quota\n"
         "grants, one set for each profile: --profile gm (the default: SM2, SM3, SM4) or intl\n"
         "(age, minisign) chooses the one this office works in; units seal in the profile of the\n"
         "office keys they import.\n"},
        {"help_office_keys",
         "用法：baosong office keys OFFICE_VAULT --out DIR [--with-secret]\n\n"
         "写出交给各单位的 DIR/office.recipient（age1…）和 "
         "DIR/office-grant.pub，并显示指纹供打印；\n"
         "--with-secret 另写出 DIR/office.key（私钥，权限 0600），供离线备份和用 age 工具解密。\n",
         "usage: baosong office keys OFFICE_VAULT --out DIR [--with-secret]\n\n"
         "Writes DIR/office.recipient (age1…) and DIR/office-grant.pub for the units and prints\n"
         "their fingerprints; --with-secret also writes DIR/office.key (mode 0600) for offline\n"
         "backup and for decrypting with the age tool.\n"},
        {"help_office_enrol",
         "用法：baosong office enrol OFFICE_VAULT ENROLMENT.json [--yes]\n"
         "       [--unit-fingerprint 指纹 --reviewer-fingerprint 指纹]\n\n"
         "登记单位的密钥：显示两个指纹（公钥的 SHA-256，64 "
         "位十六进制），经办人与盖章的纸质登记表\n"
         "逐位核对后输入 yes 确认；或用 --unit-fingerprint 与 --reviewer-fingerprint 照纸面录入\n"
         "两个指纹（空格、大小写不限），由 baosong 比对，不一致即拒绝（fingerprint_mismatch）。\n"
         "脚本中可用 --yes。已用其他密钥登记的单位会被拒绝。\n",
         "usage: baosong office enrol OFFICE_VAULT ENROLMENT.json [--yes]\n"
         "       [--unit-fingerprint FP --reviewer-fingerprint FP]\n\n"
         "Trusts a unit's keys after the clerk compares both fingerprints (SHA-256 of the public\n"
         "key, 64 hex digits) with the stamped paper and types yes; or types both fingerprints\n"
         "from the paper (spaces and case do not matter) with --unit-fingerprint and\n"
         "--reviewer-fingerprint, and baosong compares them (fingerprint_mismatch: nothing\n"
         "enrolled). --yes in scripts. A unit enrolled with other keys is refused.\n"},
        {"help_office_verify",
         "用法：baosong office verify OFFICE_VAULT BUNDLE.bsx [--json]\n\n"
         "不解密，核验外层签名（已登记单位的密钥）、可信注释、接收方是否本办和版本规则。\n",
         "usage: baosong office verify OFFICE_VAULT BUNDLE.bsx [--json]\n\n"
         "Without decrypting: the outer signature by the enrolled unit key, the trusted\n"
         "comment, that the bundle is for this office, and the revision rules.\n"},
        {"help_office_open",
         "用法：baosong office open OFFICE_VAULT BUNDLE.bsx --out DIR [--json]\n\n"
         "核验后解密，安全解包到 "
         "DIR/<包名>，核对两个清单和单位、审查员的内层签名，复核政策并记录。\n"
         "复核发现错误时退出码为 1。\n",
         "usage: baosong office open OFFICE_VAULT BUNDLE.bsx --out DIR [--json]\n\n"
         "Verifies, decrypts, unpacks safely into DIR/<bundle>, checks both manifests and the\n"
         "unit's and reviewer's inner signatures, re-checks policy and records the bundle.\n"
         "Exits 1 when the re-check finds errors.\n"},
        {"help_office_grant",
         "用法：baosong office grant OFFICE_VAULT --unit ID --max N --reason 理由 --out FILE "
         "[--campaign ID]\n\n"
         "签发增加名额的授权 FILE 及其签名 FILE.minisig，交单位附在报送数据中。\n",
         "usage: baosong office grant OFFICE_VAULT --unit ID --max N --reason TEXT --out FILE "
         "[--campaign ID]\n\n"
         "Signs a quota grant FILE and FILE.minisig for the unit to attach to its submission.\n"},
        {"help_office_rules",
         "用法：baosong office rules OFFICE_VAULT RULES.json --out FILE [--json]\n\n"
         "用国防科工办的授权签名密钥签名规则集更新（如已获内蒙古“最美科技工作者”名单、截止日期），"
         "\n"
         "写出 FILE 及 FILE.minisig，交各单位用 keys VAULT import-rules 导入；本办复核也使用它。\n",
         "usage: baosong office rules OFFICE_VAULT RULES.json --out FILE [--json]\n\n"
         "Signs a rule-set update (say the former awardees, a changed deadline) with the office's\n"
         "grant key into FILE and FILE.minisig, for the units to import with keys VAULT\n"
         "import-rules; the office's own re-checks use it too.\n"},
        {"help_office_summary",
         "用法：baosong office summary OFFICE_VAULT --out FILE.xlsx|FILE.docx\n\n"
         "各单位最新接收版本的候选人汇总表（附件2 的各列）。\n",
         "usage: baosong office summary OFFICE_VAULT --out FILE.xlsx|FILE.docx\n\n"
         "The combined 汇总表 of the latest accepted revision of each unit (附件2's columns).\n"},
        {"help_office_candidates",
         "用法：baosong office candidates OFFICE_VAULT [--json]\n\n"
         "列出各单位最新版本的全部候选人、推荐单位意见和推荐决定，以及跨单位的问题：\n"
         "同一人由两个单位推荐、单位超出名额、新版本使已作的决定需重新作出。\n",
         "usage: baosong office candidates OFFICE_VAULT [--json]\n\n"
         "Lists every candidate of each unit's latest revision with the office's opinion and\n"
         "decision, and the problems across units: one person nominated by two units, a unit\n"
         "over its quota, a new revision that reopens decisions made.\n"},
        {"help_office_opinion",
         "用法：baosong office opinion OFFICE_VAULT --unit ID --candidate N --text 意见 "
         "[--revision R] [--campaign ID]\n\n"
         "写入第 N 名候选人（该单位最新版本汇总表的序号）的推荐单位意见：对候选人主要事迹和\n"
         "学风道德等方面作出评价，并明确写出“同意推荐”或“不同意推荐”。\n",
         "usage: baosong office opinion OFFICE_VAULT --unit ID --candidate N --text TEXT "
         "[--revision R] [--campaign ID]\n\n"
         "Writes the recommender's opinion (推荐单位意见) of candidate N (the 序号 in the unit's\n"
         "latest revision): an appraisal of the deeds and conduct that says outright 同意推荐\n"
         "or 不同意推荐.\n"},
        {"help_office_decide",
         "用法：baosong office decide OFFICE_VAULT --unit ID --candidate N --forward|--withhold "
         "[--reason 理由] [--revision R] [--campaign ID]\n\n"
         "决定第 N 名候选人是否推荐至内蒙古科协：--forward 推荐（意见须为同意推荐），\n"
         "--withhold 暂缓推荐（须写 --reason 理由）。\n",
         "usage: baosong office decide OFFICE_VAULT --unit ID --candidate N --forward|--withhold "
         "[--reason TEXT] [--revision R] [--campaign ID]\n\n"
         "Decides whether candidate N goes forward to 内蒙古科协: --forward (the opinion must\n"
         "agree), --withhold (with --reason).\n"},
        {"help_office_export",
         "用法：baosong office export OFFICE_VAULT --out DIR [--campaign ID] [--json]\n\n"
         "在已有文件夹 DIR 中写出报送内蒙古科协的材料（新文件夹，不覆盖）：推荐的候选人的推荐表\n"
         "（已填推荐单位意见，Word 和 PDF）、汇总表（Word、Excel、PDF）、国防科工办的推荐工作情况\n"
         "报告、照片、README.txt 和盖章版的位置。仍有候选人缺意见或决定时拒绝。\n",
         "usage: baosong office export OFFICE_VAULT --out DIR [--campaign ID] [--json]\n\n"
         "Writes the set for 内蒙古科协 into a new folder inside DIR (never overwriting): the\n"
         "推荐表 of each forwarded candidate with the office's opinion (Word and PDF), the 汇总表\n"
         "(Word, Excel, PDF), the office's report, the photos, README.txt and the places for\n"
         "the stamped scans. Refused while a candidate lacks an opinion or a decision.\n"},
        {"help_office_set_check",
         "用法：baosong office set-check SET_FOLDER [--json]\n\n"
         "核对 office export 写出的材料：文件未被改动，盖章版扫描件（PDF）均已放入。\n"
         "齐全时退出码为 0，否则为 1 并列出缺少或改动之处。\n",
         "usage: baosong office set-check SET_FOLDER [--json]\n\n"
         "Checks a set office export wrote: its files unchanged and every stamped scan (a PDF)\n"
         "in place. Exit code 0 when complete, else 1 with what is missing or changed.\n"},
        {"cli_passphrase_note",
         "口令从 --passphrase-file 文件（第一行）、环境变量 BAOSONG_PASSPHRASE "
         "或终端（不回显）读取；\n"
         "绝不从命令行参数读取。\n",
         "The passphrase comes from --passphrase-file (first line), BAOSONG_PASSPHRASE, or the\n"
         "terminal without echo; never from the command line.\n"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
