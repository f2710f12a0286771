#include "recommendation_form.h"

#include <algorithm>

#include "base/temp_sibling.h"
#include "document_date.h"
#include "flow_docx.h"
#include "flow_pdf.h"

namespace baosong::app::documents {

namespace {

// Five columns on portrait A4 (9026 twentieths of a point between the margins): label,
// value, label, value, photo.
const std::vector<int> kWidths = {1700, 2300, 1500, 1926, 1600};
constexpr int kAll = 5;

const char* const kInstructions[] = {
    "1. 所在单位：填写候选人人事关系所在单位，应为法人单位。",
    "2. 推荐单位：各盟市科协，各全区学会、协会、研究会，各高校，国防科工办作为推荐单位，由哪个单位"
    "推荐的，填写单位名称。",
    "3. 推荐表中所涉及日期统一用阿拉伯数字，如 2023 年 01 月 01 日。",
    "4. 照片为小 2 寸正面免冠彩色标准照，将照片电子版插入本表。",
    "5. 专业技术职务：应填写具体的职务，如“研究员”、“研究员级高级工程师”等，请勿填写“正高”、"
    "“副高”等。",
    "6. 毕业院校、工作单位填写全称，职务等要按照国家有关规定详细填写，属于内设机构职务的应填写具体"
    "部门，如“××大学××学院院长”。",
    "7. 学习工作经历从中专或大学毕业后填起，含科普工作经历。",
    "8. 主要事迹 1500 字左右，感人故事 2000 字以内，内容应客观真实地反映候选人感人事迹、精神风貌和"
    "社会影响情况。",
};

// "1972-03" → "1972 年 03 月"; "至今" and other text as written.
std::string monthOf(const std::string& yearMonth) {
    if (yearMonth.size() == 7 && yearMonth[4] == '-') {
        return yearMonth.substr(0, 4) + " 年 " + yearMonth.substr(5, 2) + " 月";
    }
    return yearMonth;
}

Cell label(const std::string& text, int span = 1) {
    return labelCell(text, span);
}

// A side label set vertically, one character to a line, as 附件1 sets 推荐单位意见: it
// never breaks inside a word ("所在单位意" / "见") however narrow its column.
Cell sideLabel(const std::string& text) {
    std::string stacked;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t next = i + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) {
            ++next;
        }
        stacked += (stacked.empty() ? "" : "\n") + text.substr(i, next - i);
        i = next;
    }
    return labelCell(stacked);
}

Cell value(const std::string& text, int span = 1) {
    return valueCell(text, span);
}

Text line(const std::string& text, int halfPoints = 21, Align align = Align::Left,
          bool bold = false) {
    return {text, bold, halfPoints, align};
}

// A tall cell of running text: a heading line, then the text paragraph by paragraph.
Cell textBlock(const std::string& heading, const std::vector<std::string>& texts) {
    Cell cell{{line(heading, 24, Align::Left, true)}, kAll};
    for (const std::string& text : texts) {
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string paragraph = text.substr(start, end - start);
            cell.paragraphs.push_back(
                line(paragraph.empty() ? paragraph : kParagraphIndent + paragraph));
            start = end + 1;
        }
    }
    return cell;
}

// An opinion box: its guidance, the opinion, and the stamp and date at the right.
Cell opinionBlock(const std::string& guidance, const std::string& opinion,
                  const std::string& signLine) {
    return {{line(guidance, 18), line(opinion), line(""), line(signLine, 21, Align::Right),
             line("年    月    日", 21, Align::Right)},
            4};
}
}  // namespace

std::string recommenderName(const policy::Submission& s) {
    return s.channel == "defense_unit" ? "内蒙古自治区国防科学技术工业办公室" : s.unit.name;
}

const std::vector<std::string>& recommendationAreas() {
    static const std::vector<std::string> areas = {
        "面向世界科技前沿", "面向经济主战场", "面向国家重大需求", "面向人民生命健康", "社会服务"};
    return areas;
}

FlowDocument recommendationForm(const policy::Submission& s, std::size_t index,
                                const std::optional<std::vector<std::uint8_t>>& idPhoto) {
    const policy::Candidate& c = s.candidates.at(index);
    FlowDocument doc{"2023 年“最美科技工作者”推荐表 " + c.name, s.date};
    auto& body = doc.blocks;
    const auto blank = [&body](int count) {
        for (int i = 0; i < count; ++i) {
            body.push_back(line(""));
        }
    };

    // Cover.
    body.push_back(attachmentLabel("附件 1"));
    blank(4);
    body.push_back(line("2023 年“最美科技工作者”", 44, Align::Center, true));
    body.push_back(line("推 荐 表", 52, Align::Center, true));
    blank(6);
    for (const auto& [name, text] :
         std::vector<std::pair<std::string, std::string>>{{"候选人姓名：", c.name},
                                                          {"工作单位：", c.employer},
                                                          {"推荐单位：", recommenderName(s)},
                                                          {"填报日期：", noticeDate(s.date)}}) {
        body.push_back(line("        " + name + text, 32));
        blank(1);
    }
    body.push_back(PageBreak{});

    // 填表说明.
    body.push_back(line("填 表 说 明", 32, Align::Center, true));
    blank(1);
    for (const char* instruction : kInstructions) {
        body.push_back(line(instruction, 24));
    }
    body.push_back(PageBreak{});

    // The form.
    Table form{kWidths, {}};
    auto& rows = form.rows;
    Cell photo{{}, 1, Merge::Start};
    if (idPhoto) {
        photo.picture = Picture{*idPhoto, 25, 35};  // 小 2 寸: 35 × 49 mm, shown smaller
    } else {
        photo.paragraphs = {
            line("（照片缺失：请插入小 2 寸正面免冠彩色标准照）", 21, Align::Center)};
    }
    const Cell photoRest{{}, 1, Merge::Continue};
    constexpr int kLine = 560;  // a comfortable row height for one line
    rows.push_back(
        {{label("姓名"), value(c.name), label("性别"), value(c.gender), photo}, true, kLine});
    rows.push_back(
        {{label("民族"), value(c.ethnicity), label("出生年月"), value(monthOf(c.birth)), photoRest},
         true,
         kLine});
    rows.push_back({{label("籍贯"), value(c.nativePlace), label("政治面貌"),
                     value(c.politicalStatus), photoRest},
                    true,
                    kLine});
    rows.push_back({{label("学历"), value(c.education), label("学位"), value(c.degree), photoRest},
                    true,
                    kLine});
    rows.push_back(
        {{label("毕业院校"), value(c.school), label("所学专业"), value(c.major, 2)}, true, kLine});
    rows.push_back({{label("工作单位及职务"), value(c.employer + c.position, 4)}, true, kLine});
    rows.push_back({{label("专业技术职务"), value(c.title, 4)}, true, kLine});
    // The e-mail address has a row of its own: in 附件1's narrow last column an address
    // breaks in the middle, and a copied address must be the address.
    rows.push_back({{label("办公电话"), value(c.officePhone), label("手机"), value(c.mobile, 2)},
                    true,
                    kLine});
    rows.push_back({{label("电子邮箱"), value(c.email, 4)}, true, kLine});
    rows.push_back(
        {{label("通讯地址"), value(c.address, 2), label("邮编"), value(c.postcode)}, true, kLine});
    std::string areas;
    for (const std::string& area : recommendationAreas()) {
        const bool chosen = std::find(c.areas.begin(), c.areas.end(), area) != c.areas.end();
        areas += std::string(chosen ? "☑ " : "☐ ") + area + "    ";
    }
    rows.push_back({{label("推荐领域"), valueCell(areas, 4, Align::Left)}, true, kLine});
    const std::size_t historyRows = std::max<std::size_t>(c.history.size(), 1);
    Cell historyLabel = label("学习工作经历");
    historyLabel.merge = Merge::Start;
    Cell workHeading = label("在何单位从事何工作", 3);
    workHeading.paragraphs.push_back(
        line("（学习工作经历从中专或大学毕业后填起，含科普工作经历）", 18, Align::Center));
    rows.push_back({{historyLabel, label("起止年月"), workHeading}, true, kLine});
    for (std::size_t i = 0; i < historyRows; ++i) {
        const bool has = i < c.history.size();
        // Two dates turn after the dash, a line each, rather than wherever the narrow
        // column runs out ("…—2002" / "年 06 月").
        const std::string to = has ? monthOf(c.history[i].to) : "";
        const std::string when =
            has ? monthOf(c.history[i].from) + "—" + (to != c.history[i].to ? "\n" : "") + to : "";
        const std::string what = has ? c.history[i].unit + "  " + c.history[i].work : "";
        rows.push_back(
            {{Cell{{}, 1, Merge::Continue}, value(when), valueCell(what, 3, Align::Left)},
             true,
             kLine});
    }
    rows.push_back({{textBlock("主要事迹：（1500 字左右，内容应客观真实地反映候选人感人事迹、"
                               "精神风貌和社会影响情况，如有获得奖项，也请写明）",
                               {c.deeds})},
                    false,
                    6000});
    rows.push_back(
        {{textBlock("感人故事（1—2个，2000字以内，深入挖掘“最美”故事）", c.stories)}, false, 6000});
    rows.push_back(
        {{sideLabel("个人声明"),
          // The candidate signs the print by hand; whether the declaration was signed stays
          // in the data and the check (DECLARATION_UNSIGNED), not on the form.
          {{line("本人接受推荐，承诺推荐材料中所有信息真实可靠，若有失实和造假行为，本人愿承担"
                 "一切责任。"),
            line(""), line("候选人签名：                    ", 21, Align::Right),
            line("年    月    日", 21, Align::Right)},
           4}},
         true,
         2400});
    rows.push_back({{sideLabel("所在单位意见"),
                     opinionBlock("（候选人人事关系所在单位需对候选人政治表现、廉洁自律、道德品"
                                  "行，以及材料的真实性、准确性及涉密情况出具明确意见。意见中应明"
                                  "确写出是否同意推荐）",
                                  c.unitOpinion, "（盖 章）")},
                    false,
                    3000});
    rows.push_back({{sideLabel("推荐单位意见"),
                     opinionBlock("（对候选人主要事迹和学风道德等方面作出评价，意见中应明确写出"
                                  "是否同意推荐）",
                                  c.recommenderOpinion, "（盖 章）")},
                    false,
                    3000});
    body.push_back(std::move(form));
    return doc;
}

void writeRecommendationFormDocx(const std::string& path, const policy::Submission& s,
                                 std::size_t index,
                                 const std::optional<std::vector<std::uint8_t>>& idPhoto) {
    writeNewFile(path, flowDocx(recommendationForm(s, index, idPhoto)));
}

void writeRecommendationFormPdf(const std::string& path, const policy::Submission& s,
                                std::size_t index,
                                const std::optional<std::vector<std::uint8_t>>& idPhoto) {
    writeNewFile(path, flowPdf(recommendationForm(s, index, idPhoto)));
}

}  // namespace baosong::app::documents
