#include <functional>
#include <utility>

#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

namespace {
// 附件1 填表说明 3: 推荐表中所涉及日期统一用阿拉伯数字.
constexpr const char* kDates = "（附件1 填表说明第 3 条：日期用阿拉伯数字）";

void missing(Findings& out, const Submission& s, std::size_t i, const char* field,
             const char* label) {
    report(out, "FIELD_MISSING", Severity::Error, i, field,
           candidateLabel(s, i) + "的“" + label +
               "”未填写；推荐表各栏须填写完整（见通知“三、(三)1”）");
}

void badFormat(Findings& out, std::optional<std::size_t> i, const std::string& who,
               const std::string& field, const std::string& label, const std::string& value,
               const std::string& expected) {
    const bool cited = expected.find("附件1") != std::string::npos;
    report(out, "FIELD_FORMAT", Severity::Error, i, field,
           who + "的“" + label + "”为“" + value + "”，格式不正确：应为 " + expected +
               (cited ? "" : "（附件1 推荐表）") + "；请改正");
}
}  // namespace

void checkFields(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    if (s.unit.name.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "unit.name",
               "推荐单位名称未填写；请填写全称（附件1 填表说明第 2 条）");
    }
    if (s.unit.contact.name.empty() || s.unit.contact.phone.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "unit.contact",
               "推荐单位联系人或电话未填写；请补充，国防科工办需要据此联系（见通知“三、(三)"
               "报送材料要求”）");
    }
    if (!parseDate(s.date)) {
        badFormat(out, std::nullopt, "报送数据", "date", "填报日期", s.date,
                  std::string("年-月-日，如 2023-07-10") + kDates);
    }
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        const std::pair<const char*, std::pair<const char*, const std::string*>> required[] = {
            {"name", {"姓名", &c.name}},
            {"gender", {"性别", &c.gender}},
            {"ethnicity", {"民族", &c.ethnicity}},
            {"birth", {"出生年月", &c.birth}},
            {"native_place", {"籍贯", &c.nativePlace}},
            {"political_status", {"政治面貌", &c.politicalStatus}},
            {"education", {"学历", &c.education}},
            {"school", {"毕业院校", &c.school}},
            {"major", {"所学专业", &c.major}},
            {"employer", {"工作单位", &c.employer}},
            {"position", {"职务", &c.position}},
            {"title", {"专业技术职务", &c.title}},
            {"email", {"电子邮箱", &c.email}},
            {"address", {"通讯地址", &c.address}},
            {"postcode", {"邮编", &c.postcode}},
            {"specialty", {"专业专长", &c.specialty}},
            {"deeds", {"主要事迹", &c.deeds}},
            {"unit_opinion", {"所在单位意见", &c.unitOpinion}},
        };
        for (const auto& [field, what] : required) {
            if (countCharacters(*what.second) == 0) {
                missing(out, s, i, field, what.first);
            }
        }
        if (c.officePhone.empty() && c.mobile.empty()) {
            missing(out, s, i, "mobile", "办公电话或手机");
        }
        const std::string who = candidateLabel(s, i);
        if (!c.birth.empty() && !parseYearMonth(c.birth)) {
            badFormat(out, i, who, "birth", "出生年月", c.birth,
                      std::string("年-月，如 1980-01") + kDates);
        }
        if (!c.postcode.empty() && !isPostcode(c.postcode)) {
            badFormat(out, i, who, "postcode", "邮编", c.postcode, "6 位数字");
        }
        if (!c.mobile.empty() && !isMobile(c.mobile)) {
            badFormat(out, i, who, "mobile", "手机", c.mobile, "以 1 开头的 11 位数字");
        }
        if (!c.officePhone.empty() && !isOfficePhone(c.officePhone)) {
            badFormat(out, i, who, "office_phone", "办公电话", c.officePhone,
                      "区号-号码，如 0471-6385020");
        }
        if (!c.email.empty() && !isEmail(c.email)) {
            badFormat(out, i, who, "email", "电子邮箱", c.email, "如 name@example.cn");
        }
        for (std::size_t k = 0; k < c.history.size(); ++k) {
            const auto& h = c.history[k];
            const std::string field = "history[" + std::to_string(k) + "]";
            if (!parseYearMonth(h.from)) {
                badFormat(out, i, who, field + ".from", "学习工作经历起始年月", h.from,
                          std::string("年-月，如 2008-07") + kDates);
            }
            if (h.to != "至今" && !parseYearMonth(h.to)) {
                badFormat(out, i, who, field + ".to", "学习工作经历截止年月", h.to,
                          std::string("年-月或“至今”") + kDates);
            }
        }
    }
}

}  // namespace baosong::policy
