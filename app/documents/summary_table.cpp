#include "summary_table.h"

namespace baosong::app::documents {

const std::vector<int>& summaryColumnTwips() {
    static const std::vector<int> widths = {700,  1900, 700,  1100, 1100,
                                            1450, 2308, 1600, 1800, 1300};
    return widths;
}

const std::vector<std::string>& summaryColumns() {
    static const std::vector<std::string> columns = {"序号",
                                                     "姓名",
                                                     "性别",
                                                     "民族",
                                                     "党派",
                                                     "出生年月",
                                                     "工作单位及职务职称",
                                                     "专业专长",
                                                     "是否曾获国家级荣誉表彰或中宣部“最美”系列称号",
                                                     "研究领域属于理工农医哪科"};
    return columns;
}

std::vector<std::string> summaryRow(const policy::Candidate& c, int number) {
    // 出生年月 as the notice's forms write dates: 1980年05月.
    std::string birth = c.birth;
    if (birth.size() == 7 && birth[4] == '-') {
        birth = birth.substr(0, 4) + "年" + birth.substr(5, 2) + "月";
    }
    std::string employer = c.employer;
    for (const std::string* part : {&c.position, &c.title}) {
        if (!part->empty()) {
            employer += (employer.empty() ? "" : "，") + *part;
        }
    }
    std::string honors;
    if (c.honors.national) {
        honors = "国家级荣誉表彰";
    }
    if (c.honors.zuimeiNational) {
        honors += std::string(honors.empty() ? "" : "、") + "中宣部“最美”系列称号";
    }
    // The honour by name where the notes give it (what and when), not only its kind: the
    // office and 内蒙古科协 read this column to apply "原则上不再推荐".
    std::string notes;
    for (const char ch : c.honors.notes) {
        notes += ch == '\n' ? std::string("；") : std::string(1, ch);
    }
    if (!honors.empty() && !notes.empty()) {
        honors = notes;
    }
    honors = honors.empty() ? "否" : "是（" + honors + "）";
    return {std::to_string(number),
            c.name,
            c.gender,
            c.ethnicity,
            c.politicalStatus,
            birth,
            employer,
            c.specialty,
            honors,
            c.discipline};
}

}  // namespace baosong::app::documents
