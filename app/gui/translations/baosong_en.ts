<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ChannelNames</name>
    <message>
        <location filename="../channel_names.cpp" line="9"/>
        <source>国防科技工业单位（经国防科工办推荐）</source>
        <translation>Defense science and technology industry units (nominated via the defense industry office)</translation>
    </message>
    <message>
        <location filename="../channel_names.cpp" line="12"/>
        <source>盟市科协</source>
        <translation>League/city science and technology associations</translation>
    </message>
    <message>
        <location filename="../channel_names.cpp" line="15"/>
        <source>自治区级学会</source>
        <translation>Autonomous-region-level societies</translation>
    </message>
    <message>
        <location filename="../channel_names.cpp" line="18"/>
        <source>区直单位</source>
        <translation>Regional government units</translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <location filename="../chosen_file.cpp" line="13"/>
        <source>无法读取“%1”：%2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../chosen_file.cpp" line="18"/>
        <source>“%1”太大（超过 %2 MiB）</source>
        <translation>&quot;%1&quot; is too large (over %2 MiB)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../passphrase_strength.cpp" line="22"/>
        <source>很弱：很容易被猜出，请加长</source>
        <translation>Very weak: easy to guess, please make it longer</translation>
    </message>
    <message>
        <location filename="../passphrase_strength.cpp" line="23"/>
        <source>弱：建议用几个不相关的词连成一句</source>
        <translation>Weak: try joining several unrelated words into a sentence</translation>
    </message>
    <message>
        <location filename="../passphrase_strength.cpp" line="24"/>
        <source>中等</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../passphrase_strength.cpp" line="25"/>
        <source>强</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../passphrase_strength.cpp" line="26"/>
        <source>很强</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../passphrase_strength.cpp" line="30"/>
        <source>请输入口令</source>
        <translation>Please enter a passphrase</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../photo_panel.cpp" line="44"/>
        <source>不是 JPEG 文件（通知要求 JPG 格式）</source>
        <translation>Not a JPEG file (the notice requires JPG format)</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="47"/>
        <source>像素数超出常理，未解码</source>
        <translation>Implausible pixel count, not decoded</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="49"/>
        <source>JPEG，%1 × %2 像素，%3 KB</source>
        <translation>JPEG, %1 × %2 pixels, %3 KB</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="54"/>
        <source>，蓝底</source>
        <translation>, blue background</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="55"/>
        <source>，不是蓝底</source>
        <translation>, not a blue background</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../role_chooser.cpp" line="9"/>
        <source>报送 baosong</source>
        <translation>baosong</translation>
    </message>
    <message>
        <location filename="../role_chooser.cpp" line="10"/>
        <source>请选择工作方式：</source>
        <translation>Choose how this machine works:</translation>
    </message>
    <message>
        <location filename="../role_chooser.cpp" line="11"/>
        <source>单位：填报与保密审查</source>
        <translation>Unit: fill in and security review</translation>
    </message>
    <message>
        <location filename="../role_chooser.cpp" line="12"/>
        <source>国防科工办：接收与汇总</source>
        <translation>Office: receive and compile</translation>
    </message>
</context>
<context>
    <name>ReceiveStep</name>
    <message>
        <location filename="../receive_step.cpp" line="11"/>
        <source>找到这个报送包的签名文件</source>
        <translation>The signature file for this bundle was found</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="13"/>
        <source>签名由已登记单位的密钥签署</source>
        <translation>Signed with the key of a registered unit</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="15"/>
        <source>报送包未被改动</source>
        <translation>The bundle has not been altered</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="17"/>
        <source>可信注释（单位、活动、版本、收件方）未被改动</source>
        <translation>Trusted comment (unit, campaign, version, recipient) has not been altered</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="20"/>
        <source>收件方是本办</source>
        <translation>The recipient is this office</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="22"/>
        <source>版本号合规（不是旧版本，也未重复接收）</source>
        <translation>Version number is valid (not an old version, not received before)</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="25"/>
        <source>接收文件夹中没有同名的报送包</source>
        <translation>No bundle with the same name in the receiving folder</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="27"/>
        <source>解密成功</source>
        <translation>Decrypted successfully</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="29"/>
        <source>清单与内层签名（单位、保密审查员）核对一致</source>
        <translation>Manifest matches the inner signatures (unit, security reviewer)</translation>
    </message>
    <message>
        <location filename="../receive_step.cpp" line="32"/>
        <source>政策复核</source>
        <translation>Policy re-check</translation>
    </message>
</context>
<context>
    <name>ScannedFieldNames</name>
    <message>
        <source>工作单位</source>
        <translation type="vanished">Employer</translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="vanished">Position</translation>
    </message>
    <message>
        <source>通讯地址</source>
        <translation type="vanished">Mailing address</translation>
    </message>
    <message>
        <source>专业专长</source>
        <translation type="vanished">Expertise</translation>
    </message>
    <message>
        <source>荣誉情况</source>
        <translation type="vanished">Honors</translation>
    </message>
    <message>
        <source>主要事迹</source>
        <translation type="vanished">Main achievements</translation>
    </message>
    <message>
        <source>所在单位意见</source>
        <translation type="vanished">Employer&apos;s opinion</translation>
    </message>
    <message>
        <source>推荐单位意见</source>
        <translation type="vanished">Nominating unit&apos;s opinion</translation>
    </message>
    <message>
        <source>推荐报告</source>
        <translation type="vanished">Nomination report</translation>
    </message>
    <message>
        <source>感人故事 %1</source>
        <translation type="vanished">Moving story %1</translation>
    </message>
    <message>
        <source>工作经历 %1：单位</source>
        <translation type="vanished">Work history %1: employer</translation>
    </message>
    <message>
        <source>工作经历 %1：工作内容</source>
        <translation type="vanished">Work history %1: duties</translation>
    </message>
</context>
<context>
    <name>baosong::gui::AppController</name>
    <message>
        <location filename="../app_controller.cpp" line="59"/>
        <source>保险库已解锁，但无法显示其内容，已重新锁定：</source>
        <translation>The vault was unlocked but its content cannot be shown, so it has been locked again:</translation>
    </message>
    <message>
        <location filename="../app_controller.cpp" line="113"/>
        <source>已锁定：保险库已关闭，内存中的密钥已清除。</source>
        <translation>Locked: the vault is closed and the keys have been cleared from memory.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::AttachmentList</name>
    <message>
        <location filename="../attachment_list.cpp" line="26"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../attachment_list.cpp" line="28"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../attachment_list.cpp" line="30"/>
        <source>移除所选附件</source>
        <translation>Remove selected attachment</translation>
    </message>
    <message>
        <location filename="../attachment_list.cpp" line="46"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
</context>
<context>
    <name>baosong::gui::CandidateForm</name>
    <message>
        <location filename="../candidate_form.cpp" line="41"/>
        <source>面向世界科技前沿</source>
        <translation>Frontiers of world science and technology</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="42"/>
        <source>面向经济主战场</source>
        <translation>Main economic battlefield</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="43"/>
        <source>面向国家重大需求</source>
        <translation>Meeting major national needs</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="44"/>
        <source>面向人民生命健康</source>
        <translation>People&apos;s life and health</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="45"/>
        <source>社会服务</source>
        <translation>Social service</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="52"/>
        <source>推荐表</source>
        <translation>Nomination form</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="56"/>
        <source>一、基本情况</source>
        <translation>1. Basic information</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="57"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="58"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="59"/>
        <source>（请选择）</source>
        <translation>(Please select)</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="60"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="61"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="63"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="64"/>
        <source>如：汉族、蒙古族</source>
        <translation>e.g. Han, Mongolian</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="65"/>
        <source>出生年月</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="65"/>
        <source>年-月，如 1980-01</source>
        <translation>Year-month, e.g. 1980-01</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="66"/>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="67"/>
        <source>政治面貌</source>
        <translation>Political affiliation</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="69"/>
        <source>中共党员</source>
        <translation>Member of the CPC</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="70"/>
        <source>中共预备党员</source>
        <translation>Probationary member of the CPC</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="71"/>
        <source>共青团员</source>
        <translation>Member of the Communist Youth League</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="72"/>
        <source>民主党派</source>
        <translation>Democratic party member</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="73"/>
        <source>无党派人士</source>
        <translation>Non-party personage</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="74"/>
        <source>群众</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="76"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="78"/>
        <source>研究生</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="79"/>
        <source>大学本科</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="80"/>
        <source>大学专科</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="81"/>
        <source>中专</source>
        <translation>Secondary vocational school</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="83"/>
        <source>学位</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="84"/>
        <source>毕业院校</source>
        <translation>Alma mater</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="85"/>
        <source>所学专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="86"/>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="87"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="88"/>
        <source>专业技术职务</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="89"/>
        <source>写明具体职称，如“研究员”，不写“高级”</source>
        <translation>Give the exact title, e.g. &quot;Research Fellow&quot;, not just &quot;Senior&quot;</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="91"/>
        <source>二、联系方式</source>
        <translation>2. Contact information</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="92"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="93"/>
        <source>区号-号码，如 0471-6385020</source>
        <translation>Area code-number, e.g. 0471-6385020</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="94"/>
        <source>手机</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="95"/>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="96"/>
        <source>通讯地址</source>
        <translation>Mailing address</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="97"/>
        <source>邮编</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="99"/>
        <source>三、推荐领域与专业</source>
        <translation>3. Nomination areas and specialty</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="101"/>
        <source>学科领域</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="102"/>
        <source>专业专长</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="104"/>
        <source>四、身份与曾获荣誉</source>
        <translation>4. Status and past honors</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="105"/>
        <source>人员身份</source>
        <translation>Personnel status</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="106"/>
        <source>一线科技工作者</source>
        <translation>Front-line sci-tech worker</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="107"/>
        <source>现役军人</source>
        <translation>Active-duty military</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="108"/>
        <source>公务员</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="109"/>
        <source>参照公务员法管理人员</source>
        <translation>Staff managed under the Civil Servant Law</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="110"/>
        <source>科协专职工作人员</source>
        <translation>Full-time staff of a science and technology association</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="114"/>
        <source>五、学习工作经历</source>
        <translation>5. Education and work history</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="117"/>
        <source>六、主要事迹</source>
        <translation>6. Main achievements</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="118"/>
        <source>主要事迹</source>
        <translation>Main achievements</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="123"/>
        <source>七、感人故事</source>
        <translation>7. Moving stories</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="126"/>
        <source>八、照片与附件</source>
        <translation>8. Photos and attachments</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="128"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="136"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="138"/>
        <source>九、承诺与意见</source>
        <translation>9. Pledge and opinions</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="139"/>
        <source>候选人已签字承诺所填内容真实</source>
        <translation>The candidate has signed a pledge that the information is true</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="140"/>
        <source>本人承诺</source>
        <translation>Candidate&apos;s pledge</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="146"/>
        <source>所在单位意见</source>
        <translation>Employer&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="147"/>
        <source>推荐单位意见</source>
        <translation>Nominating unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="192"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="282"/>
        <source>推荐领域</source>
        <translation>Nomination areas</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="295"/>
        <source>曾获国家级荣誉表彰</source>
        <translation>Has received national-level honors</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="296"/>
        <source>曾获中宣部“最美”系列称号</source>
        <translation>Has received a &quot;Most Beautiful&quot; title from the Publicity Department of the CPC Central Committee</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="297"/>
        <source>已获内蒙古“最美科技工作者”称号</source>
        <translation>Already holds the Inner Mongolia &quot;Most Beautiful Sci-Tech Worker&quot; title</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="309"/>
        <source>荣誉说明</source>
        <translation>Honor details</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="310"/>
        <source>何时获得何种荣誉</source>
        <translation>Which honors were received and when</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="315"/>
        <source>曾获荣誉</source>
        <translation>Past honors</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="329"/>
        <source>起始年月</source>
        <translation>Start (year-month)</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="329"/>
        <source>截止年月（或“至今”）</source>
        <translation>End (year-month, or &quot;present&quot;)</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="329"/>
        <source>单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="329"/>
        <source>工作内容</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="335"/>
        <source>学习工作经历</source>
        <translation>Education and work history</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="337"/>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="339"/>
        <source>删除所选行</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="366"/>
        <source>经历</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="403"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="403"/>
        <source>%1（可不填）：</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>感人故事 %1</source>
        <translation type="vanished">Moving story %1</translation>
    </message>
    <message>
        <source>故事一：</source>
        <translation type="vanished">Story 1:</translation>
    </message>
    <message>
        <source>故事%1（可不填）：</source>
        <translation type="vanished">Story %1 (optional):</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="419"/>
        <source>感人故事</source>
        <translation>Moving stories</translation>
    </message>
    <message>
        <location filename="../candidate_form.cpp" line="439"/>
        <source>合计 %1 / %2 字</source>
        <translation>Total %1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>baosong::gui::CandidatePage</name>
    <message>
        <location filename="../candidate_page.cpp" line="23"/>
        <source>正在填写</source>
        <translation>Now editing</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="32"/>
        <source>正在填写(&amp;W)：</source>
        <translation>Now &amp;editing:</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="38"/>
        <source>检查全部栏目(&amp;K)</source>
        <translation>Check every field (&amp;K)</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="40"/>
        <source>显示本候选人全部未填或有误的栏目</source>
        <translation>Show every field of this candidate that is empty or wrong</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="50"/>
        <source>检查结果（双击转到该项）：</source>
        <translation>Check results (double-click to go to the item):</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="79"/>
        <source>推荐单位与推荐工作情况报告</source>
        <translation>Nominating unit and nomination work report</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="84"/>
        <source>候选人 %1：%2</source>
        <translation>Candidate %1: %2</translation>
    </message>
    <message>
        <location filename="../candidate_page.cpp" line="86"/>
        <source>（未填姓名）</source>
        <translation>(no name entered)</translation>
    </message>
</context>
<context>
    <name>baosong::gui::CandidatePapersDialog</name>
    <message>
        <location filename="../candidate_papers_dialog.cpp" line="15"/>
        <source>%1 的推荐表与盖章版</source>
        <translation>%1: nomination form and stamped copy</translation>
    </message>
    <message>
        <location filename="../candidate_papers_dialog.cpp" line="28"/>
        <source>报送包中没有这名候选人的盖章版推荐表（按格式 1 报送，或接收时尚未保存文件）。请向报送单位索取。</source>
        <translation>The bundle holds no stamped nomination form for this candidate (sent in format 1, or received before files were kept). Ask the sending unit for it.</translation>
    </message>
    <message>
        <location filename="../candidate_papers_dialog.cpp" line="31"/>
        <source>推荐表（含推荐单位意见）</source>
        <translation>Nomination form (with the recommender&apos;s opinion)</translation>
    </message>
    <message>
        <location filename="../candidate_papers_dialog.cpp" line="32"/>
        <source>单位盖章版扫描件</source>
        <translation>Unit&apos;s stamped scan</translation>
    </message>
    <message>
        <location filename="../candidate_papers_dialog.cpp" line="35"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>baosong::gui::CreateVaultDialog</name>
    <message>
        <location filename="../create_vault_dialog.cpp" line="51"/>
        <source>再次输入%1</source>
        <translation>Enter %1 again</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="53"/>
        <source>%1强度</source>
        <translation>%1 strength</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="54"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="55"/>
        <source>再输一次：</source>
        <translation>Enter again:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="56"/>
        <source>强度：</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="63"/>
        <source>新建单位保险库</source>
        <translation>New unit vault</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="63"/>
        <source>新建国防科工办保险库</source>
        <translation>New defense industry office vault</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="67"/>
        <source>新保险库文件</source>
        <translation>New vault file</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="68"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="72"/>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="79"/>
        <source>单位全称</source>
        <translation>Full unit name</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="82"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="85"/>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="91"/>
        <source>推荐渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="96"/>
        <source>单位全称：</source>
        <translation>Full unit name:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="97"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="98"/>
        <source>活动：</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="99"/>
        <source>推荐渠道：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="107"/>
        <source>密码算法</source>
        <translation>Cryptography</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="109"/>
        <source>国际算法（age、minisign）</source>
        <translation>International (age, minisign)</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="110"/>
        <source>各单位导入本办公钥后即按同一种算法封包。</source>
        <translation>Units seal with the same cryptography once they import this office&apos;s keys.</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="108"/>
        <source>国密（SM2、SM3、SM4）</source>
        <translation>Chinese national (SM2, SM3, SM4)</translation>
    </message>
    <message>
        <source>各单位导入本办公钥后即按同一种算法封包。国密形式目前尚不能签署规则集更新。</source>
        <translation type="vanished">Units seal with the same cryptography once they import this office&apos;s keys. The national profile cannot sign rule-set updates yet.</translation>
    </message>
    <message>
        <source>各单位导入本办公钥后即按同一种算法封包。国密形式目前尚不能签发名额授权和规则集。</source>
        <translation type="vanished">Units seal with the same cryptography once they import this office&apos;s keys. The national profile cannot sign quota grants or rule sets yet.</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="111"/>
        <source>密码算法：</source>
        <translation>Cryptography:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="113"/>
        <source>保险库口令</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="116"/>
        <source>保密审查员口令</source>
        <translation>Security reviewer passphrase</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="122"/>
        <source>保密审查员姓名</source>
        <translation>Security reviewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="124"/>
        <source>可不填：报送包中写作“保密审查员”，审查员以后可自行设置</source>
        <translation>Optional: the bundle says &quot;security reviewer&quot; until the reviewer sets a name</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="126"/>
        <source>保密审查员姓名：</source>
        <translation>Security reviewer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="137"/>
        <source>建立</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="151"/>
        <source>新保险库保存到</source>
        <translation>Save new vault to</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="152"/>
        <source>baosong 保险库 (*.bsv)</source>
        <translation>baosong vault (*.bsv)</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="164"/>
        <source>请选择新保险库的保存位置。</source>
        <translation>Please choose where to save the new vault.</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="167"/>
        <source>该位置已有文件；保险库不会覆盖任何文件。</source>
        <translation>A file already exists at that location; the vault never overwrites files.</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="202"/>
        <source>保密审查员口令必须与保险库口令不同：审查要由另一个人把关。</source>
        <translation>The security reviewer passphrase must differ from the vault passphrase: the review must be done by a different person.</translation>
    </message>
    <message>
        <location filename="../create_vault_dialog.cpp" line="245"/>
        <source>正在建立保险库并生成密钥（Argon2id 派生需要数秒）…</source>
        <translation>Creating the vault and generating keys (Argon2id derivation takes a few seconds)…</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportChecksPage</name>
    <message>
        <location filename="../export_checks_page.cpp" line="21"/>
        <source>检查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="23"/>
        <source>封包前，政策检查不能有错误，保密审查须已完成并签署，国防科工办的公钥须已导入。</source>
        <translation>Before sealing, the policy check must show no errors, the security review must be completed and signed off, and the defense industry office&apos;s public key must be imported.</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="27"/>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="31"/>
        <source>检查进度</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="35"/>
        <source>政策检查(&amp;P)：</source>
        <translation>&amp;Policy check:</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="38"/>
        <source>政策检查结果</source>
        <translation>Policy check results</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="42"/>
        <source>不能封包的原因(&amp;R)：</source>
        <translation>&amp;Reasons sealing is blocked:</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="45"/>
        <source>不能封包的原因</source>
        <translation>Reasons sealing is blocked</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="49"/>
        <source>重新检查(&amp;C)</source>
        <translation>Re&amp;check</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="51"/>
        <source>重新检查</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="102"/>
        <source>注意：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="121"/>
        <source>错误：%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="122"/>
        <source>提示：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="125"/>
        <source>政策检查未发现问题。</source>
        <translation>The policy check found no problems.</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="134"/>
        <source>正在检查（要生成全部文件，可能需要几秒钟）…</source>
        <translation>Checking (all files must be generated, this may take a few seconds)…</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="136"/>
        <source>无法检查保险库，不能封包。</source>
        <translation>Cannot check the vault; sealing is not possible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_checks_page.cpp" line="138"/>
        <source>还有 %n 个问题，解决后才能封包。</source>
        <translation>
            <numerusform>%n problem remains; resolve it before sealing.</numerusform>
            <numerusform>%n problems remain; resolve them before sealing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="141"/>
        <source>检查通过，可以继续。</source>
        <translation>Checks passed, you can continue.</translation>
    </message>
    <message>
        <location filename="../export_checks_page.cpp" line="147"/>
        <source>表单有未保存的修改：封包只带走已保存的内容，请先关闭本向导并保存，再重新导出。</source>
        <translation>The form has unsaved changes: the bundle only includes saved content. Please close this wizard, save, and export again.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportDestinationPage</name>
    <message>
        <location filename="../export_destination_page.cpp" line="25"/>
        <source>保存位置</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="26"/>
        <source>选择写出报送包的文件夹，例如要带到国防科工办的 U 盘。</source>
        <translation>Choose the folder to write the bundle to, e.g. the USB drive to take to the defense industry office.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="32"/>
        <source>报送包的保存文件夹</source>
        <translation>Folder to save the bundle in</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="33"/>
        <source>选择一个文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="34"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="36"/>
        <source>选择保存文件夹</source>
        <translation>Choose destination folder</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="39"/>
        <source>可用空间</source>
        <translation>Free space</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="43"/>
        <source>不能保存的原因</source>
        <translation>Reason it cannot be saved</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="47"/>
        <source>文件夹(&amp;D)：</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="82"/>
        <source>请选择保存报送包的文件夹。</source>
        <translation>Please choose a folder to save the bundle in.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="86"/>
        <source>文件夹“%1”不存在。</source>
        <translation>Folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="89"/>
        <source>“%1”不是文件夹。</source>
        <translation>&quot;%1&quot; is not a folder.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="92"/>
        <source>文件夹“%1”不可写（只读介质或没有权限）。</source>
        <translation>Folder &quot;%1&quot; is not writable (read-only medium or no permission).</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="99"/>
        <source>剩余空间 %1，报送包约需 %2；请换一个位置或腾出空间。</source>
        <translation>%1 free, the bundle needs about %2; choose another location or free up space.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="114"/>
        <source>保存报送包到</source>
        <translation>Save bundle to</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="125"/>
        <source>导出内容共 %1，报送包约需 %2。</source>
        <translation>Export content totals %1; the bundle needs about %2.</translation>
    </message>
    <message>
        <location filename="../export_destination_page.cpp" line="133"/>
        <source>该位置剩余 %1。</source>
        <translation>%1 free at this location.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportDocumentsPage</name>
    <message>
        <location filename="../export_documents_page.cpp" line="23"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="25"/>
        <source>报送包将带走下列文件。需要打印、签字盖章时，可先把它们写到一个文件夹（可选）。</source>
        <translation>The bundle will carry the files below. If you need to print, sign and stamp them, you can first write them to a folder (optional).</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="29"/>
        <source>报送包中的文件</source>
        <translation>Files in the bundle</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="33"/>
        <source>写出文件的文件夹</source>
        <translation>Folder to write the files to</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="34"/>
        <source>选择一个文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="35"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="37"/>
        <source>选择写出文件的文件夹</source>
        <translation>Choose a folder to write the files to</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="38"/>
        <source>写出文件供打印(&amp;W)</source>
        <translation>&amp;Write files for printing</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="40"/>
        <source>写出文件供打印</source>
        <translation>Write files for printing</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="44"/>
        <source>写出结果</source>
        <translation>Write result</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="48"/>
        <source>写到(&amp;F)：</source>
        <translation>Write to &amp;folder:</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="78"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="88"/>
        <source>写出文件到</source>
        <translation>Write files to</translation>
    </message>
    <message>
        <location filename="../export_documents_page.cpp" line="116"/>
        <source>正在写出文件…</source>
        <translation>Writing files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_documents_page.cpp" line="123"/>
        <source>已写出 %n 个文件到“%1”。</source>
        <translation>
            <numerusform>Wrote %n file to &quot;%1&quot;.</numerusform>
            <numerusform>Wrote %n files to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportProgressPage</name>
    <message>
        <location filename="../export_progress_page.cpp" line="19"/>
        <source>封装</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="20"/>
        <source>正在打包、签名并加密给国防科工办。报送包只在完整写出后才出现在文件夹中。</source>
        <translation>Packing, signing and encrypting for the defense industry office. The bundle appears in the folder only once it is completely written.</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="23"/>
        <source>封装进度</source>
        <translation>Sealing progress</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="27"/>
        <source>封装状态</source>
        <translation>Sealing status</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="31"/>
        <source>封装失败的原因</source>
        <translation>Reason sealing failed</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="35"/>
        <source>返回，换一个文件夹(&amp;B)</source>
        <translation>&amp;Back, choose another folder</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="37"/>
        <source>返回选择保存文件夹</source>
        <translation>Back to choosing the destination folder</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="56"/>
        <source>正在封装报送包：已用 %1 秒</source>
        <translation>Sealing the bundle: %1 s elapsed</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="81"/>
        <source>正在封装报送包…</source>
        <translation>Sealing the bundle…</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="94"/>
        <source>报送包已写出。</source>
        <translation>The bundle has been written.</translation>
    </message>
    <message>
        <location filename="../export_progress_page.cpp" line="102"/>
        <source>封装失败，未写出任何文件。</source>
        <translation>Sealing failed; no files were written.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportResultPage</name>
    <message>
        <location filename="../export_result_page.cpp" line="48"/>
        <source>报送包已写出</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="49"/>
        <source>把报送包、签名和说明一起交给国防科工办，并在电话中核对 SHA-256 指纹。</source>
        <translation>Hand the bundle, signature and notes to the defense industry office together, and confirm the SHA-256 fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="52"/>
        <source>报送包文件</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="53"/>
        <source>报送包的 SHA-256 指纹</source>
        <translation>SHA-256 fingerprint of the bundle</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="59"/>
        <source>报送包大小</source>
        <translation>Bundle size</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="60"/>
        <source>签名文件</source>
        <translation>Signature file</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="61"/>
        <source>说明文件</source>
        <translation>Notes file</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="64"/>
        <source>核验命令说明</source>
        <translation>Verification command instructions</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="68"/>
        <source>用标准工具核验报送包的命令</source>
        <translation>Commands to verify the bundle with standard tools</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="73"/>
        <source>复制命令(&amp;C)</source>
        <translation>&amp;Copy commands</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="75"/>
        <source>复制核验命令</source>
        <translation>Copy verification commands</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="80"/>
        <source>报送包：</source>
        <translation>Bundle:</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="81"/>
        <source>SHA-256：</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="82"/>
        <source>大小：</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="83"/>
        <source>签名：</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="84"/>
        <source>说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="99"/>
        <source>%1（%2 字节）</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="111"/>
        <source>国密报送包。在国防科工办，进入报送包所在的文件夹（%1），备好国防科工办的 office.pem，不用 baosong、只用 openssl 命令行即可核验：用 bash 运行以下命令，全部通过时最后输出 OK（同名的 .README.txt 中也有）：</source>
        <translation>A bundle of the national profile (gm). At the office, in the bundle&apos;s folder (%1), with the office&apos;s office.pem at hand, it can be checked without baosong, with the openssl command line alone: run these commands with bash; they end with OK when every check holds (the .README.txt of the same name has them too):</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="115"/>
        <source>在国防科工办，进入报送包所在的文件夹（%1），备好国防科工办的 office.key，不用 baosong、只用 minisign、age、tar 和 sha256sum 即可核验（同名的 .README.txt 中也有）：</source>
        <translation>At the office, go to the bundle&apos;s folder (%1), have the office&apos;s office.key at hand, and verify with minisign, age, tar and sha256sum alone, without baosong (also in the .README.txt of the same name):</translation>
    </message>
    <message>
        <location filename="../export_result_page.cpp" line="122"/>
        <source>注意：%1。</source>
        <translation>Note: %1.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportSignOffPage</name>
    <message>
        <location filename="../export_signoff_page.cpp" line="13"/>
        <source>保密审查签署</source>
        <translation>Security review sign-off</translation>
    </message>
    <message>
        <location filename="../export_signoff_page.cpp" line="14"/>
        <source>审查员的签署针对的是确切的导出内容：签署后改变导出内容的改动会使它失效。</source>
        <translation>The reviewer signs exactly what will be exported: a later change to that content voids the sign-off.</translation>
    </message>
    <message>
        <location filename="../export_signoff_page.cpp" line="17"/>
        <source>签署状态</source>
        <translation>Sign-off status</translation>
    </message>
    <message>
        <location filename="../export_signoff_page.cpp" line="21"/>
        <source>签署涵盖的内容</source>
        <translation>Content covered by the sign-off</translation>
    </message>
    <message>
        <location filename="../export_signoff_page.cpp" line="33"/>
        <source>尚未检查。</source>
        <translation>Not checked yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_signoff_page.cpp" line="42"/>
        <source>导出内容：%n 个文件，共 %1。</source>
        <translation>
            <numerusform>Export content: %n file, %1 in total.</numerusform>
            <numerusform>Export content: %n files, %1 in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baosong::gui::ExportWizard</name>
    <message>
        <location filename="../export_wizard.cpp" line="17"/>
        <source>导出报送包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="18"/>
        <source>导出报送包向导</source>
        <translation>Export bundle wizard</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="21"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="22"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="23"/>
        <source>封装报送包(&amp;S)</source>
        <translation>&amp;Seal bundle</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="24"/>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../export_wizard.cpp" line="25"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>baosong::gui::FindingsPanel</name>
    <message>
        <location filename="../findings_panel.cpp" line="21"/>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../findings_panel.cpp" line="62"/>
        <source>报送</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>第 %1 位候选人</source>
        <translation type="vanished">Candidate %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../findings_panel.cpp" line="75"/>
        <source>%1 · 还有 %n 项待填写或待改正，离开各栏后逐项显示；双击此行全部显示</source>
        <translation>
            <numerusform>%1 · %n more to fill in or correct, shown field by field as you leave them; double-click to show all</numerusform>
            <numerusform>%1 · %n more to fill in or correct, shown field by field as you leave them; double-click to show all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../findings_panel.cpp" line="81"/>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ItemViewer</name>
    <message>
        <location filename="../item_viewer.cpp" line="61"/>
        <source>查看照片（原尺寸）：%1</source>
        <translation>View photo (actual size): %1</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="61"/>
        <source>查看附件：%1</source>
        <translation>View attachment: %1</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="64"/>
        <source>文件信息</source>
        <translation>File information</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="65"/>
        <source>文件：%1
大小：%2 字节
SHA-256：%3</source>
        <translation>File: %1
Size: %2 bytes
SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="69"/>
        <source>已清除的元数据</source>
        <translation>Removed metadata</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="71"/>
        <source>元数据：导入时未记录（请在打印件上核对）</source>
        <translation>Metadata: not recorded at import (please check on the printout)</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="72"/>
        <source>元数据：%1</source>
        <translation>Metadata: %1</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="87"/>
        <source>图像尺寸</source>
        <translation>Image size</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="88"/>
        <source>原尺寸 %1 × %2 像素，按 100% 显示；请滚动查看每个角落。</source>
        <translation>Actual size %1 × %2 pixels, shown at 100%; please scroll to check every corner.</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="94"/>
        <source>照片原尺寸</source>
        <translation>Photo at actual size</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="99"/>
        <source>照片（可滚动）</source>
        <translation>Photo (scrollable)</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="109"/>
        <location filename="../item_viewer.cpp" line="148"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="112"/>
        <source>这张照片无法显示（文件可能已损坏或不是图片），不能在此确认。请核对下面的文件开头，并请经办人重新提供。</source>
        <translation>This photo cannot be displayed (the file may be damaged or not an image) and cannot be confirmed here. Please check the start of the file below and ask the submitter to provide it again.</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="117"/>
        <source>附件内容无法在此完整显示：请核对文件名、大小和开头，并在打印件上逐页检查，确认无涉密内容后再确认。</source>
        <translation>The attachment cannot be fully displayed here: check the file name, size and beginning, and check the printout page by page; confirm only after making sure it contains no classified content.</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="123"/>
        <source>文件开头的字节</source>
        <translation>First bytes of the file</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="133"/>
        <source>看完了，关闭</source>
        <translation>Done, close</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="135"/>
        <source>关闭查看窗口</source>
        <translation>Close the viewer</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="150"/>
        <source>PDF 共 %1 页，此处显示前 %2 页：其余各页请在打印件上逐页检查，确认无涉密内容后再确认。</source>
        <translation>The PDF has %1 pages; the first %2 are shown here. Check the other pages on the printout, one by one, and confirm only when nothing classified is in them.</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="155"/>
        <source>以下是 PDF 的全部 %1 页，与报送包中的文件相同。请逐页查看，确认无涉密内容后再确认。</source>
        <translation>Below are all %1 pages of the PDF, the same file the bundle will carry. Look at every page and confirm only when nothing classified is in them.</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="180"/>
        <source>文件中的标记</source>
        <translation>Flags in the file</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="188"/>
        <source>第 %1 页</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="189"/>
        <source>%1%2：“%3”  %4</source>
        <translation>%1%2: “%3”  %4</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="190"/>
        <source>（文字识别）</source>
        <translation> (read by OCR)</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="210"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../item_viewer.cpp" line="211"/>
        <source>扫描在这个文件的文字中发现 %1 处标记（红框）；请在审查页逐一决定：</source>
        <translation>The scan found %1 flag(s) in this file’s words (outlined in red); decide on each on the review page:</translation>
    </message>
</context>
<context>
    <name>baosong::gui::LongTextEdit</name>
    <message>
        <location filename="../long_text_edit.cpp" line="65"/>
        <source>%1 字（要求 %2–%3 字）</source>
        <translation>%1 characters (required: %2–%3)</translation>
    </message>
    <message>
        <location filename="../long_text_edit.cpp" line="67"/>
        <source>%1 / %2 字</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../long_text_edit.cpp" line="69"/>
        <source>%1 字</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../long_text_edit.cpp" line="88"/>
        <source>保密审查员须放行、替换或删除此处后才能导出。</source>
        <translation>The security reviewer must clear, redact or remove this before it can be exported.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::OfficeReviewPage</name>
    <message>
        <location filename="../office_review_page.cpp" line="49"/>
        <source>各单位候选人</source>
        <translation>Candidates of every unit</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="50"/>
        <source>报送单位</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="50"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="50"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="50"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="51"/>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="51"/>
        <location filename="../office_review_page.cpp" line="68"/>
        <source>推荐单位意见</source>
        <translation>Recommender&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="51"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="58"/>
        <location filename="../office_review_page.cpp" line="198"/>
        <source>（在上表中选择一名候选人）</source>
        <translation>(choose a candidate in the table above)</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="64"/>
        <source>查看推荐表与盖章版…</source>
        <translation>View the form and the stamped copy…</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="70"/>
        <source>对候选人主要事迹和学风道德等方面作出评价，意见中应明确写出是否同意推荐</source>
        <translation>Appraise the candidate&apos;s deeds, scholarship and conduct, and say outright whether the office agrees to recommend (同意推荐 / 不同意推荐)</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="72"/>
        <source>保存意见</source>
        <translation>Save the opinion</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="76"/>
        <source>暂缓推荐的理由</source>
        <translation>Reason for withholding</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="77"/>
        <location filename="../office_review_page.cpp" line="148"/>
        <source>推荐</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="79"/>
        <source>暂缓推荐</source>
        <translation>Withhold</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="83"/>
        <source>推荐单位意见与决定</source>
        <translation>Recommender&apos;s opinion and decision</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="91"/>
        <source>推荐单位意见：</source>
        <translation>Recommender&apos;s opinion:</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="100"/>
        <source>决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="103"/>
        <source>写出报送内蒙古科协的材料…</source>
        <translation>Write the set for the regional science association…</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="126"/>
        <source>选择写出材料的文件夹</source>
        <translation>Choose the folder to write the set into</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="146"/>
        <source>未定</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="150"/>
        <source>暂缓（%1）</source>
        <translation>Withheld (%1)</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="158"/>
        <source>未写</source>
        <translation>Not written</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="158"/>
        <source>已写</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="204"/>
        <source>%1 第 %2 名：%3（%4），%5</source>
        <translation>%1 no. %2: %3 (%4), %5</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="213"/>
        <source>保密审查：%1，已决定 %2 处标记、查看 %3 个文件</source>
        <translation>Security review: %1; %2 flags decided, %3 files looked at</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="218"/>
        <source>政策复核：无问题</source>
        <translation>Policy re-check: nothing found</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="220"/>
        <source>政策复核：</source>
        <translation>Policy re-check:</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="290"/>
        <source>还没有接收任何报送包。</source>
        <translation>No bundle has been received yet.</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="293"/>
        <source>正在写出材料…</source>
        <translation>Writing the set…</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="303"/>
        <source>已写出到 %1：推荐 %2 名，暂缓 %3 名。请按其中 README.txt 打印、盖章、扫描。</source>
        <translation>Written to %1: %2 forwarded, %3 withheld. Print, stamp and scan as its README.txt says.</translation>
    </message>
    <message>
        <location filename="../office_review_page.cpp" line="312"/>
        <source>未能写出：%1</source>
        <translation>Could not write the set: %1</translation>
    </message>
</context>
<context>
    <name>baosong::gui::OfficeWindow</name>
    <message>
        <location filename="../office_window.cpp" line="113"/>
        <source>报送 baosong（国防科工办）— %1</source>
        <translation>baosong (defense industry office) — %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="117"/>
        <source>国防科工办页面</source>
        <translation>Defense industry office pages</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="118"/>
        <source>接收报送包(&amp;1)</source>
        <translation>Receive bundle (&amp;1)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="119"/>
        <source>已接收与汇总(&amp;2)</source>
        <translation>Received and summary (&amp;2)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="122"/>
        <source>统一审核推荐(&amp;3)</source>
        <translation>Review and recommend (&amp;3)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="130"/>
        <source>警告：审计记录链不完整</source>
        <translation>Warning: the audit log chain is incomplete</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="139"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="140"/>
        <location filename="../office_window.cpp" line="156"/>
        <source>打开报送包(&amp;O)…</source>
        <translation>&amp;Open bundle…</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="143"/>
        <location filename="../office_window.cpp" line="232"/>
        <source>导出汇总表(&amp;E)…</source>
        <translation>&amp;Export summary table…</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="146"/>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="150"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="157"/>
        <source>更改接收文件夹…</source>
        <translation>Change receiving folder…</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="158"/>
        <source>接收文件夹</source>
        <translation>Receiving folder</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="159"/>
        <location filename="../office_window.cpp" line="272"/>
        <source>解出到：%1</source>
        <translation>Extract to: %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="165"/>
        <source>接收状态</source>
        <translation>Receiving status</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="167"/>
        <source>核验步骤</source>
        <translation>Verification steps</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="168"/>
        <source>逐项核验</source>
        <translation>Step-by-step verification</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="173"/>
        <source>报送单位</source>
        <translation>Submitting unit</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="174"/>
        <location filename="../office_window.cpp" line="230"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="175"/>
        <source>密码算法</source>
        <translation>Cryptography</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="176"/>
        <source>SHA-256 指纹</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="178"/>
        <source>解出位置</source>
        <translation>Extracted to</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="179"/>
        <source>注意事项</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="181"/>
        <source>报送包</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="183"/>
        <source>报送单位：</source>
        <translation>Submitting unit:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="184"/>
        <source>版本：</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="185"/>
        <source>密码算法：</source>
        <translation>Cryptography:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="186"/>
        <source>SHA-256：</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="187"/>
        <source>解出到：</source>
        <translation>Extracted to:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="188"/>
        <source>注意：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="190"/>
        <location filename="../office_window.cpp" line="192"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="191"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="191"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="191"/>
        <source>出生年月</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="191"/>
        <source>工作单位及职务职称</source>
        <translation>Employer, position and title</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="196"/>
        <location filename="../office_window.cpp" line="197"/>
        <source>政策复核结果</source>
        <translation>Policy re-check results</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="229"/>
        <source>已接收的报送包</source>
        <translation>Received bundles</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="230"/>
        <source>推荐单位</source>
        <translation>Nominating unit</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="230"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="230"/>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="231"/>
        <source>封包时间</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="231"/>
        <source>接收时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="231"/>
        <source>政策错误</source>
        <translation>Policy errors</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="233"/>
        <source>汇总表导出结果</source>
        <translation>Summary table export result</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="239"/>
        <source>每个单位最新接收的版本（汇总表按此生成）：</source>
        <translation>Latest received version per unit (the summary table is generated from these):</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="260"/>
        <source>打开报送包</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="261"/>
        <source>报送包 (*.bsx);;所有文件 (*)</source>
        <translation>Bundle (*.bsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="269"/>
        <source>选择接收文件夹</source>
        <translation>Choose receiving folder</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="284"/>
        <source>尚未打开报送包。</source>
        <translation>No bundle opened yet.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="310"/>
        <source>（未进行）</source>
        <translation>(not performed)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="317"/>
        <source>接收未完成：</source>
        <translation>Receiving incomplete:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="338"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;未接收&lt;/b&gt;：报送包未通过核验，接收文件夹中没有写入任何内容。</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Not received&lt;/b&gt;: the bundle failed verification; nothing was written to the receiving folder.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="350"/>
        <source>找不到报送包“%1”</source>
        <translation>Bundle &quot;%1&quot; not found</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="351"/>
        <source>未接收：找不到报送包文件。</source>
        <translation>Not received: the bundle file was not found.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="363"/>
        <source>无法创建接收文件夹“%1”（%2）</source>
        <translation>Cannot create receiving folder &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="365"/>
        <source>未接收：请选择一个可写的接收文件夹。</source>
        <translation>Not received: please choose a writable receiving folder.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="370"/>
        <source>正在核验并解密“%1”…</source>
        <translation>Verifying and decrypting &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="390"/>
        <source>已接收，但无法显示结果：%1</source>
        <translation>Received, but the result cannot be displayed: %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="418"/>
        <source>：未发现问题</source>
        <translation>: no problems found</translation>
    </message>
    <message numerus="yes">
        <location filename="../office_window.cpp" line="418"/>
        <source>：无错误，%n 条提示</source>
        <translation>
            <numerusform>: no errors, %n note</numerusform>
            <numerusform>: no errors, %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../office_window.cpp" line="424"/>
        <source>：发现 %n 处错误（报送包已接收，见“政策复核结果”）</source>
        <translation>
            <numerusform>: %n error found (the bundle was received, see &quot;Policy re-check results&quot;)</numerusform>
            <numerusform>: %n errors found (the bundle was received, see &quot;Policy re-check results&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="431"/>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="433"/>
        <source>此前已收到第 %1 版</source>
        <translation>Version %1 was received before</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="434"/>
        <source>首次收到</source>
        <translation>First received</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="435"/>
        <source>%1（%2）；活动 %3，封包时间 %4</source>
        <translation>%1 (%2); campaign %3, sealed at %4</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="441"/>
        <source>国密（SM2、SM3、SM4）；SM3 %1</source>
        <translation>Chinese national (SM2, SM3, SM4); SM3 %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="442"/>
        <source>国际算法（age、minisign）</source>
        <translation>International (age, minisign)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="459"/>
        <source>无法读出候选人名单：%1</source>
        <translation>Cannot read the candidate list: %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="468"/>
        <source>候选人 %1：</source>
        <translation>Candidate %1:</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="471"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="471"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="478"/>
        <source>政策复核未发现问题。</source>
        <translation>The policy re-check found no problems.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="481"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;已接收&lt;/b&gt;：全部核验通过。</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Received&lt;/b&gt;: all verification steps passed.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="482"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;已接收，但政策复核发现错误&lt;/b&gt;，请与报送单位核实。</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Received, but the policy re-check found errors&lt;/b&gt;; please verify with the submitting unit.</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="484"/>
        <source>已解出到 %1</source>
        <translation>Extracted to %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="486"/>
        <source>已接收 %1 的第 %2 版</source>
        <translation>Received version %2 from %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="504"/>
        <source>无法读出已接收的报送包：%1</source>
        <translation>Cannot read the received bundles: %1</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="512"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="513"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="517"/>
        <source>导出汇总表</source>
        <translation>Export summary table</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="517"/>
        <source>汇总表.xlsx</source>
        <translation>汇总表.xlsx</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="534"/>
        <source>正在生成汇总表…</source>
        <translation>Generating summary table…</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="542"/>
        <source>已写出汇总表 %1：%2 个单位，%3 名候选人</source>
        <translation>Summary table %1 written: %2 units, %3 candidates</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="547"/>
        <source>（其中 %1 个单位的政策复核有错误）</source>
        <translation>(policy re-check errors in %1 of these units)</translation>
    </message>
    <message>
        <location filename="../office_window.cpp" line="554"/>
        <source>未能导出汇总表：%1</source>
        <translation>Could not export the summary table: %1</translation>
    </message>
</context>
<context>
    <name>baosong::gui::OverviewPage</name>
    <message>
        <location filename="../overview_page.cpp" line="34"/>
        <source>推荐单位</source>
        <translation>Nominating unit</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="35"/>
        <source>推荐渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="36"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="37"/>
        <source>名额</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="38"/>
        <source>45 岁以下人选</source>
        <translation>Candidates aged 45 or under</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="39"/>
        <source>未解决的规则错误</source>
        <translation>Unresolved rule errors</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="40"/>
        <source>未处理的涉密标记</source>
        <translation>Open sensitive-content flags</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="41"/>
        <source>保密审查</source>
        <translation>Security review</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="42"/>
        <location filename="../overview_page.cpp" line="43"/>
        <source>（进入“保密审查”后显示）</source>
        <translation>(shown after entering &quot;Security review&quot;)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="45"/>
        <source>报送概况</source>
        <translation>Submission overview</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="47"/>
        <source>推荐单位：</source>
        <translation>Nominating unit:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="48"/>
        <source>推荐渠道：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="67"/>
        <source>导入规则集更新…</source>
        <translation>Import a rule-set update…</translation>
    </message>
    <message>
        <source>国防科工办签名的规则集更新（.json 及其旁边的 .minisig）</source>
        <translation type="vanished">A rule-set update the office signed (the .json with its .minisig beside it)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="70"/>
        <source>截止日期：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="72"/>
        <source>导入规则集更新</source>
        <translation>Import a rule-set update</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="73"/>
        <source>规则集 (*.json)</source>
        <translation>Rule sets (*.json)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="79"/>
        <source>导入名额授权…</source>
        <translation>Import a quota grant…</translation>
    </message>
    <message>
        <source>国防科工办签发的增加名额授权（.json 及其旁边的 .minisig）</source>
        <translation type="vanished">A quota grant the office signed (the .json with its .minisig beside it)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="68"/>
        <source>国防科工办签名的规则集更新（.json 及其旁边的 .minisig，国密为 .sig）</source>
        <translation>A rule-set update the office signed (the .json with its .minisig beside it, or .sig in the national profile)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="80"/>
        <source>国防科工办签发的增加名额授权（.json 及其旁边的 .minisig，国密为 .sig）</source>
        <translation>A quota grant from the office (the .json with its .minisig beside it, or .sig in the national profile)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="82"/>
        <source>名额：</source>
        <translation>Quota:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="83"/>
        <source>45 岁以下人选：</source>
        <translation>Candidates under 45:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="84"/>
        <source>未解决的规则错误：</source>
        <translation>Unresolved rule errors:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="85"/>
        <source>未处理的涉密标记：</source>
        <translation>Unhandled sensitive-content flags:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="86"/>
        <source>保密审查：</source>
        <translation>Security review:</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="90"/>
        <source>候选人列表</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="91"/>
        <source>添加候选人(&amp;A)</source>
        <translation>&amp;Add candidate</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="93"/>
        <source>删除所选候选人</source>
        <translation>Remove selected candidate</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="99"/>
        <source>候选人（双击打开推荐表）</source>
        <translation>Candidates (double-click to open the nomination form)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="120"/>
        <source>导入名额授权</source>
        <translation>Import a quota grant</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="121"/>
        <source>名额授权 (*.json)</source>
        <translation>Quota grants (*.json)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="133"/>
        <location filename="../overview_page.cpp" line="238"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview_page.cpp" line="134"/>
        <source>%n 处待审查员处理</source>
        <translation>
            <numerusform>%n item awaiting the reviewer</numerusform>
            <numerusform>%n items awaiting the reviewer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="136"/>
        <source>已签署，且与当前内容一致</source>
        <translation>Signed off, and matches the current content</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="140"/>
        <source>未完成：%1 处标记、%2 个照片、附件或盖章版待处理</source>
        <translation>Not finished: %1 flags and %2 photos, attachments or stamped scans to look at</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="145"/>
        <source>待审查员签署</source>
        <translation>Awaiting reviewer sign-off</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview_page.cpp" line="202"/>
        <source>%1，还有 %n 天</source>
        <translation>
            <numerusform>%1, %n day left</numerusform>
            <numerusform>%1, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../overview_page.cpp" line="203"/>
        <source>%1，已过期 %n 天</source>
        <translation>
            <numerusform>%1, %n day overdue</numerusform>
            <numerusform>%1, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="220"/>
        <source>（国防科工办授权：%1）</source>
        <translation> (granted by the office: %1)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="224"/>
        <source>没有该活动的规则集</source>
        <translation>No rule set for this campaign</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="234"/>
        <source>不满足</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="235"/>
        <source>待确认</source>
        <translation>To be confirmed</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="236"/>
        <source>满足</source>
        <translation>Met</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview_page.cpp" line="239"/>
        <source>%n 项（见“推荐表”页的检查结果）</source>
        <translation>
            <numerusform>%n item (see check results on the &quot;Nomination form&quot; page)</numerusform>
            <numerusform>%n items (see check results on the &quot;Nomination form&quot; page)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="248"/>
        <source>（未填姓名）</source>
        <translation>(no name entered)</translation>
    </message>
    <message>
        <location filename="../overview_page.cpp" line="252"/>
        <source>无错误</source>
        <translation>No errors</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview_page.cpp" line="252"/>
        <source>%n 项错误</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baosong::gui::PdfPages</name>
    <message>
        <location filename="../pdf_pages.cpp" line="21"/>
        <source>PDF 页面（可滚动）</source>
        <translation>PDF pages (scrollable)</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="51"/>
        <source>无法显示：这不是可读的 PDF 文件。</source>
        <translation>Cannot be shown: this is not a readable PDF file.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="55"/>
        <source>无法显示：这个 PDF 设有打开密码。请对方提供未加密的扫描件。</source>
        <translation>Cannot be shown: this PDF needs a password to open. Ask for a scan without encryption.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="70"/>
        <source>第 %1 页无法显示。</source>
        <translation>Page %1 cannot be shown.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="73"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="80"/>
        <source>共 %1 页，此处只显示前 %2 页；其余各页请在打印件上核对。</source>
        <translation>%1 pages; only the first %2 are shown here. Check the others on the printout.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.cpp" line="89"/>
        <source>这个 PDF 没有页面。</source>
        <translation>This PDF has no pages.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::PhotoPanel</name>
    <message>
        <location filename="../photo_panel.cpp" line="63"/>
        <location filename="../photo_panel.cpp" line="168"/>
        <source>（无证件照）</source>
        <translation>(no ID photo)</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="68"/>
        <source>选择证件照…</source>
        <translation>Choose ID photo…</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="72"/>
        <source>生活照（可拖动排序）</source>
        <translation>Life photos (drag to reorder)</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="78"/>
        <source>添加生活照…</source>
        <translation>Add life photos…</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="80"/>
        <source>前移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="81"/>
        <source>后移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="82"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="86"/>
        <source>照片信息</source>
        <translation>Photo information</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="104"/>
        <source>生活照（拖入文件即可添加，拖动可排序）：</source>
        <translation>Life photos (drop files to add, drag to reorder):</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="117"/>
        <source>选择证件照</source>
        <translation>Choose ID photo</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="117"/>
        <source>添加生活照</source>
        <translation>Add life photos</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="118"/>
        <source>JPEG 图片 (*.jpg *.jpeg)</source>
        <translation>JPEG images (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="173"/>
        <source>（无法显示）</source>
        <translation>(cannot display)</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="189"/>
        <source>生活照 %1</source>
        <translation>Life photo %1</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="189"/>
        <source>证件照</source>
        <translation>ID photo</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="192"/>
        <source>报送包中的文件名：%1</source>
        <translation>File name in the bundle: %1</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="202"/>
        <source>元数据（保存进保险库时清除）：%1</source>
        <translation>Metadata (removed when saved to the vault): %1</translation>
    </message>
    <message>
        <location filename="../photo_panel.cpp" line="209"/>
        <source>元数据（存入保险库时已清除）：%1</source>
        <translation>Metadata (removed when stored in the vault): %1</translation>
    </message>
</context>
<context>
    <name>baosong::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="78"/>
        <source>审查员口令</source>
        <translation>Reviewer passphrase</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="79"/>
        <source>审查员口令（不是保险库口令）</source>
        <translation>Reviewer passphrase (not the vault passphrase)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="80"/>
        <source>解锁审查(&amp;U)</source>
        <translation>&amp;Unlock review</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="82"/>
        <source>用审查员口令解锁审查</source>
        <translation>Unlock the review with the reviewer passphrase</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="83"/>
        <source>结束审查</source>
        <translation>End review</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="85"/>
        <source>忘掉审查员密钥</source>
        <translation>Forget the reviewer key</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="86"/>
        <source>审查提示</source>
        <translation>Review hints</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="87"/>
        <source>审查进度</source>
        <translation>Review progress</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="89"/>
        <source>审查员口令(&amp;R)：</source>
        <translation>&amp;Reviewer passphrase:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="97"/>
        <source>涉密标记列表</source>
        <translation>Sensitive-content flag list</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98"/>
        <location filename="../review_page.cpp" line="138"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98"/>
        <source>标记文字</source>
        <translation>Flagged text</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98"/>
        <location filename="../review_page.cpp" line="138"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="99"/>
        <source>标记所在的句子</source>
        <translation>Sentence containing the flag</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="104"/>
        <source>处理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="105"/>
        <source>放行：内容不涉密，原样保留</source>
        <translation>Clear: not classified, keep as is</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="106"/>
        <source>替换：把标记文字换成替换词</source>
        <translation>Redact: replace the flagged text with the replacement</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="107"/>
        <source>删除：删去标记所在的整句</source>
        <translation>Remove: delete the whole sentence containing the flag</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="110"/>
        <source>替换词</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="113"/>
        <source>处理理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="114"/>
        <source>必填：为什么这样处理（记入审计，供国防科工办复核）</source>
        <translation>Required: why this decision was made (recorded in the audit log for the defense industry office to review)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="115"/>
        <source>记录决定(&amp;D)</source>
        <translation>Record &amp;decision</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="117"/>
        <source>记录对所选标记的处理决定</source>
        <translation>Record the decision for the selected flag</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="118"/>
        <source>在文件中查看此处(&amp;F)…</source>
        <translation>Show in the &amp;file…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="120"/>
        <source>打开标记所在的文件，显示红框处</source>
        <translation>Open the file the flag is in, at its red outline</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="124"/>
        <source>决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="125"/>
        <source>替换词：</source>
        <translation>Replacement:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="126"/>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="128"/>
        <source>涉密标记（已保存文本的扫描结果）</source>
        <translation>Sensitive-content flags (scan of the saved text)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="137"/>
        <source>照片与附件列表</source>
        <translation>Photos and attachments list</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="138"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="138"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="138"/>
        <source>已清除的元数据</source>
        <translation>Removed metadata</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="142"/>
        <source>查看原尺寸(&amp;V)…</source>
        <translation>&amp;View at actual size…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="144"/>
        <source>按原尺寸查看所选文件</source>
        <translation>View the selected file at actual size</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="145"/>
        <source>确认可以报送(&amp;A)</source>
        <translation>&amp;Approve for submission</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="147"/>
        <source>确认所选文件可以报送</source>
        <translation>Approve the selected file for submission</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="152"/>
        <source>照片与附件（须先按原尺寸查看，再确认）</source>
        <translation>Photos and attachments (view at actual size first, then approve)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="158"/>
        <source>将要导出的文件</source>
        <translation>Files to be exported</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="159"/>
        <source>路径</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="159"/>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="159"/>
        <source>SHA-256（前 16 位）</source>
        <translation>SHA-256 (first 16 digits)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="160"/>
        <source>审查签署状态</source>
        <translation>Review sign-off status</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="161"/>
        <source>签署保密审查(&amp;S)</source>
        <translation>&amp;Sign off security review</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="163"/>
        <source>对以上全部导出内容签署保密审查</source>
        <translation>Sign off the security review for all the export content above</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="164"/>
        <source>审查签署：签署的正是下列将要导出的文件</source>
        <translation>Review sign-off: covers exactly the files below that will be exported</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="189"/>
        <source>审查员密钥已从内存中清除。</source>
        <translation>The reviewer key has been cleared from memory.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="219"/>
        <source>文件“%1”第 %2 页</source>
        <translation>file “%1” page %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="220"/>
        <source>文件“%1”的 %2</source>
        <translation>file “%1”, %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="221"/>
        <source>（文字识别）</source>
        <translation> (read by OCR)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="226"/>
        <source>（推荐报告）</source>
        <translation>(nomination report)</translation>
    </message>
    <message>
        <source>候选人 %1</source>
        <translation type="vanished">Candidate %1</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="345"/>
        <source>盖章版</source>
        <translation>Stamped scan</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="352"/>
        <source>（汇总表、报告）</source>
        <translation>(summary table, report)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="352"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="528"/>
        <source>审查员已解锁（密钥指纹 %1）。每个决定都以审查员身份记入审计。</source>
        <translation>Reviewer unlocked (key fingerprint %1). Every decision is recorded in the audit log as the reviewer&apos;s.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="679"/>
        <source>保密审查已签署：签署的是下列 %1 个文件。此后改变这些文件的改动会使签署失效。</source>
        <translation>Security review signed off: the sign-off covers the %1 files below. A later change to these files voids it.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="253"/>
        <source>尚未签署。全部标记处理完、全部文件确认后才能签署。</source>
        <translation>Not signed off yet. Sign-off is possible once all flags are handled and all files approved.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="256"/>
        <source>保险库中还没有保存的报送材料，无可签署的内容。</source>
        <translation>The vault contains no saved submission material yet; there is nothing to sign off.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="267"/>
        <source>待处理标记 %1 个，待确认文件 %2 个；审查签署：%3</source>
        <translation>Flags pending: %1, files awaiting approval: %2; review sign-off: %3</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="270"/>
        <source>有效</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="271"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="272"/>
        <source>【已失效】</source>
        <translation>[VOID]</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="297"/>
        <source>已放行</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="297"/>
        <source>已失效</source>
        <translation>Invalidated</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="297"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="299"/>
        <source>放行后所在句子改过了，须重新决定</source>
        <translation>The sentence changed after it was cleared; decide again</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="313"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="316"/>
        <source>已替换</source>
        <translation>Redacted</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="316"/>
        <source>已删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="344"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="346"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="354"/>
        <source>已确认</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="355"/>
        <source>已查看，待确认</source>
        <translation>Viewed, awaiting approval</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="356"/>
        <source>待查看</source>
        <translation>To be viewed</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="410"/>
        <source>已处理（文字已改），无需再决定。</source>
        <translation>Handled (text changed); no further decision needed.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="418"/>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="425"/>
        <source>在%1中：“%2”。baosong 不改写文件：确认不涉密请放行，否则请修改原文件后重新导入，或从表中去掉该文件。</source>
        <translation>In %1: “%2”. baosong does not rewrite files: clear the flag if nothing is classified; otherwise correct the original file and import it again, or take the file out of the form.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="451"/>
        <source>（表单中的文字有未保存的修改，无法显示上下文）标记文字：%1</source>
        <translation>(The form text has unsaved changes; context cannot be shown) Flagged text: %1</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="484"/>
        <source>请先按原尺寸查看这个文件</source>
        <translation>Please view this file at actual size first</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="490"/>
        <source>表单有未保存的修改：审查针对已保存的内容，请先保存再作决定或签署。</source>
        <translation>The form has unsaved changes: the review covers saved content. Please save before making decisions or signing off.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="503"/>
        <source>请输入审查员口令。</source>
        <translation>Please enter the reviewer passphrase.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="512"/>
        <source>正在用 Argon2id 解开审查员密钥（有意放慢以抵御猜测）…</source>
        <translation>Unlocking the reviewer key with Argon2id (deliberately slow to resist guessing)…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="541"/>
        <source>审查员口令不正确，未解锁。请重新输入（这是审查员自己的口令，不是保险库口令；注意大小写和输入法）。</source>
        <translation>Incorrect reviewer passphrase; not unlocked. Please try again (this is the reviewer&apos;s own passphrase, not the vault passphrase; check letter case and input method).</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="582"/>
        <source>已放行“%1”。</source>
        <translation>Cleared &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="584"/>
        <source>已把“%1”替换为“%2”。</source>
        <translation>Redacted &quot;%1&quot; as &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="587"/>
        <source>已删除“%1”所在的句子。</source>
        <translation>Removed the sentence containing &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="599"/>
        <source>决定已保存，但无法重新读取报送材料：</source>
        <translation>The decision was saved, but the submission could not be read again:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="665"/>
        <source>已确认 %1 可以报送。</source>
        <translation>Approved %1 for submission.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::StampedPanel</name>
    <message>
        <location filename="../stamped_panel.cpp" line="44"/>
        <source>电子版 Word 及盖章版 PDF（各一套）</source>
        <translation>Word files and stamped PDFs (one set of each)</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="49"/>
        <source>材料及其盖章版</source>
        <translation>Documents and their stamped copies</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="50"/>
        <source>材料</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="50"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="50"/>
        <source>盖章版 PDF</source>
        <translation>Stamped PDF</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="54"/>
        <source>导入所选材料的盖章版 PDF…</source>
        <translation>Import the stamped PDF of the selected document…</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="68"/>
        <source>打印各材料，由候选人签名、单位盖章后扫描为 PDF，在此导入（可把文件拖到对应行上）。</source>
        <translation>Print each document, have the candidate sign it and the unit stamp it, scan it to PDF and import it here (or drop the file on its row).</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="91"/>
        <source>推荐表：%1</source>
        <translation>Nomination form: %1</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="92"/>
        <source>第 %1 名</source>
        <translation>Candidate %1</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="97"/>
        <source>汇总表</source>
        <translation>Summary table</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="100"/>
        <source>推荐工作情况报告</source>
        <translation>Nomination work report</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="106"/>
        <source>✓ 自动生成</source>
        <translation>✓ made by baosong</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="111"/>
        <source>✓ 已导入</source>
        <translation>✓ imported</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="118"/>
        <source>✗ 缺少：请导入扫描件</source>
        <translation>✗ missing: import the scan</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="116"/>
        <source>✗ 有问题：见提示</source>
        <translation>✗ a problem: see the tooltip</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="120"/>
        <source>✗ 导入后内容有改动：请重新打印盖章扫描</source>
        <translation>✗ Changed since the scan: print, stamp and scan again</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="132"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;盖章版齐全（%1 份）&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;All %1 stamped copies are in&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="133"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;盖章版 %1 / %2 份&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Stamped copies: %1 of %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="142"/>
        <source>请先在列表中选择一份材料。</source>
        <translation>Select a document in the list first.</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="145"/>
        <source>导入盖章版 PDF</source>
        <translation>Import a stamped PDF</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="146"/>
        <source>PDF 文件 (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../stamped_panel.cpp" line="200"/>
        <source>请把一份盖章版 PDF 拖到它所对应的那一行上。</source>
        <translation>Drop one stamped PDF on the row of the document it is a copy of.</translation>
    </message>
</context>
<context>
    <name>baosong::gui::SubmissionForm</name>
    <message>
        <location filename="../submission_form.cpp" line="23"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="24"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="25"/>
        <source>联系人邮箱</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="26"/>
        <source>填报日期</source>
        <translation>Date of submission</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="27"/>
        <source>年-月-日，如 2023-07-10</source>
        <translation>Year-month-day, e.g. 2023-07-10</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="30"/>
        <source>版本号</source>
        <translation>Version number</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="34"/>
        <source>推荐工作情况报告</source>
        <translation>Nomination work report</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="36"/>
        <source>推荐单位</source>
        <translation>Nominating unit</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="38"/>
        <source>联系人：</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="39"/>
        <source>联系电话：</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="40"/>
        <source>电子邮箱：</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="41"/>
        <source>填报日期：</source>
        <translation>Date of submission:</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="42"/>
        <source>版本号（重报时加一）：</source>
        <translation>Version number (increase by one when resubmitting):</translation>
    </message>
    <message>
        <location filename="../submission_form.cpp" line="43"/>
        <source>推荐工作情况报告（推荐程序、公示情况等）</source>
        <translation>Nomination work report (nomination procedure, public notice, etc.)</translation>
    </message>
</context>
<context>
    <name>baosong::gui::UnitWindow</name>
    <message>
        <location filename="../unit_window.cpp" line="33"/>
        <source>报送 baosong — %1</source>
        <translation>baosong — %1</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="37"/>
        <source>概览(&amp;1)</source>
        <translation>Overview (&amp;1)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="39"/>
        <source>推荐表(&amp;2)</source>
        <translation>Nomination forms (&amp;2)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="41"/>
        <source>保密审查(&amp;3)</source>
        <translation>Security review (&amp;3)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="56"/>
        <source>警告：审计记录链不完整</source>
        <translation>Warning: the audit log chain is incomplete</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="64"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="65"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="67"/>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="71"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="72"/>
        <source>报送(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="73"/>
        <source>导出报送包…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="77"/>
        <source>导入国防科工办公钥…</source>
        <translation>Import the office&apos;s keys…</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="78"/>
        <source>生成报送密钥登记表…</source>
        <translation>Write the unit&apos;s key enrolment form…</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="79"/>
        <source>设置(&amp;T)</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="80"/>
        <source>自动锁定时间…</source>
        <translation>Auto-lock time…</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="81"/>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="89"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="90"/>
        <source>重新启动 baosong-gui 后生效。
Takes effect when baosong-gui starts again.</source>
        <translation>Takes effect when baosong-gui starts again.
重新启动 baosong-gui 后生效。</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="96"/>
        <location filename="../unit_window.cpp" line="133"/>
        <location filename="../unit_window.cpp" line="167"/>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="97"/>
        <source>已保存到保险库</source>
        <translation>Saved to the vault</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="108"/>
        <source>锁定前已把未保存的修改存入保险库。</source>
        <translation>Unsaved changes were saved to the vault before locking.</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="110"/>
        <source>锁定前未能保存修改（%1）；这些修改已丢弃，保险库保持上次保存的内容。</source>
        <translation>Could not save changes before locking (%1); the changes were discarded and the vault keeps its last saved content.</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="120"/>
        <source>正在处理，完成后才能关闭</source>
        <translation>Still working; close when it is done</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="126"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="126"/>
        <source>有未保存的修改。保存到保险库后退出吗？</source>
        <translation>There are unsaved changes. Save to the vault before quitting?</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="150"/>
        <source>删除候选人</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="151"/>
        <source>从本次报送中删除“%1”的推荐表？保存后不可恢复。</source>
        <translation>Remove the nomination form of &quot;%1&quot; from this submission? This cannot be undone after saving.</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="179"/>
        <source>选择国防科工办公钥所在的文件夹（office.recipient 与 office-grant.pub，国密为 office.pub.pem 与 office-grant.pub.pem）</source>
        <translation>Choose the folder holding the office keys (office.recipient and office-grant.pub, or office.pub.pem and office-grant.pub.pem for the national profile)</translation>
    </message>
    <message>
        <source>选择国防科工办公钥所在的文件夹（office.recipient 与 office-grant.pub）</source>
        <translation type="vanished">Choose the folder with the office&apos;s keys (office.recipient and office-grant.pub)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="185"/>
        <source>导入公钥失败</source>
        <translation>Importing the keys failed</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="196"/>
        <source>已导入国防科工办公钥（国密）</source>
        <translation>Office keys imported (national profile)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="197"/>
        <source>请与国防科工办打印下发的公钥单逐字核对：

接收公钥指纹（SM3）：
%1

名额授权密钥指纹（SM3）：
%2

不一致时不要报送，并电话联系国防科工办科技信息处。本单位此后按国密（SM2、SM3、SM4）封包；请保密审查员重新签署。</source>
        <translation>Compare them, character by character, with the key sheet the office printed:

receiving key fingerprint (SM3):
%1

quota-grant key fingerprint (SM3):
%2

If they differ, do not send anything and call the office&apos;s science and technology information division. From now on this unit seals with the national profile (SM2, SM3, SM4); the security reviewer must sign off again.</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="204"/>
        <source>已导入国防科工办公钥</source>
        <translation>Office keys imported</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="205"/>
        <source>请与国防科工办打印下发的公钥单逐字核对：

收件公钥：
%1

名额授权密钥指纹（SHA-256）：
%2
（密钥 ID %3 仅作标签）

不一致时不要报送，并电话联系国防科工办科技信息处。</source>
        <translation>Compare, character by character, with the key sheet the office printed and sent:

Recipient key:
%1

Quota-grant key fingerprint (SHA-256):
%2
(key ID %3 is only a label)

If anything differs, do not submit; telephone the office&apos;s science and technology information division.</translation>
    </message>
    <message>
        <source>已写出 %1 及其 PDF。打印 PDF，由单位负责人和保密审查员签字盖章后，连同文件一起报国防科工办登记。

登记时科技信息处会核对以下指纹（与 PDF 上的相同）：

单位签名密钥指纹（SHA-256）：
%2

保密审查员密钥指纹（SHA-256）：
%3</source>
        <translation type="vanished">Wrote %1 and its PDF. Print the PDF, have the head of the unit and the security reviewer sign it and stamp it, and send it with the file to the office for enrolment.

At enrolment the division compares these fingerprints (the same as on the PDF):

Unit signing key fingerprint (SHA-256):
%2

Security reviewer key fingerprint (SHA-256):
%3</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="218"/>
        <source>报送密钥登记表保存为（同时生成 .json 与 .pdf）</source>
        <translation>Save the key enrolment form as (writes .json and .pdf)</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="218"/>
        <source>报送密钥登记表</source>
        <translation>key-enrolment</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="224"/>
        <source>生成登记表失败</source>
        <translation>Writing the enrolment form failed</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="230"/>
        <source>登记表已生成</source>
        <translation>Enrolment form written</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="231"/>
        <source>已写出 %1 及其 PDF。打印 PDF，由单位负责人和保密审查员签字盖章后，连同文件一起报国防科工办登记。

登记时科技信息处会核对以下指纹（与 PDF 上的相同）：

单位签名密钥指纹（%4）：
%2

保密审查员密钥指纹（%4）：
%3</source>
        <translation>Wrote %1 and its PDF. Print the PDF, have the head of the unit and the security reviewer sign it and stamp it, and send it with the file to the office for enrolment.

At enrolment the division compares these fingerprints (the same as on the PDF):

unit signing key fingerprint (%4):
%2

security reviewer key fingerprint (%4):
%3</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="251"/>
        <source>自动锁定</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <location filename="../unit_window.cpp" line="251"/>
        <source>无键盘鼠标操作多少分钟后自动锁定：</source>
        <translation>Lock automatically after this many minutes without keyboard or mouse activity:</translation>
    </message>
</context>
<context>
    <name>baosong::gui::UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.cpp" line="24"/>
        <source>解锁保险库</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="24"/>
        <source>解锁国防科工办保险库</source>
        <translation>Unlock defense industry office vault</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="27"/>
        <source>保险库文件</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="28"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="29"/>
        <source>选择保险库文件</source>
        <translation>Choose vault file</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="36"/>
        <source>保险库口令</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="44"/>
        <source>密钥派生进度</source>
        <translation>Key derivation progress</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="47"/>
        <source>保险库(&amp;V)：</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="50"/>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="55"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="59"/>
        <source>新建保险库…</source>
        <translation>New vault…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="59"/>
        <source>新建国防科工办保险库…</source>
        <translation>New defense industry office vault…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="75"/>
        <source>正在用 Argon2id 从口令派生密钥（有意放慢以抵御猜测）：%1 秒</source>
        <translation>Deriving the key from the passphrase with Argon2id (deliberately slow to resist guessing): %1 s</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="97"/>
        <source>选择保险库</source>
        <translation>Choose vault</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="98"/>
        <source>baosong 保险库 (*.bsv);;所有文件 (*)</source>
        <translation>baosong vault (*.bsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="109"/>
        <source>保险库已建立。请输入刚才设定的口令解锁。</source>
        <translation>Vault created. Please enter the passphrase you just set to unlock it.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="133"/>
        <source>请先选择保险库文件。</source>
        <translation>Please choose a vault file first.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.cpp" line="160"/>
        <source>口令不正确，保险库未打开。请重新输入（注意大小写和输入法）。</source>
        <translation>Incorrect passphrase; the vault was not opened. Please try again (check letter case and input method).</translation>
    </message>
</context>
<context>
    <name>baosong::gui::WordsReading</name>
    <message>
        <location filename="../words_reading.cpp" line="43"/>
        <source>读取附件中的文字</source>
        <translation>Reading the words in a file</translation>
    </message>
    <message>
        <location filename="../words_reading.cpp" line="44"/>
        <source>正在读取“%1”中的文字，以便保密审查扫描…</source>
        <translation>Reading the words in “%1” for the security review’s scan…</translation>
    </message>
    <message>
        <location filename="../words_reading.cpp" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../words_reading.cpp" line="69"/>
        <source>正在读取“%1”中的文字：第 %2/%3 页</source>
        <translation>Reading the words in “%1”: page %2 of %3</translation>
    </message>
    <message>
        <location filename="../words_reading.cpp" line="117"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
