#include "office_set_documents.h"

#include "document_date.h"
#include "official_report.h"

namespace baosong::app::documents {

namespace {
std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& p : parts) {
        out += (out.empty() ? "" : separator) + p;
    }
    return out;
}
}  // namespace

FlowDocument officeWorkReport(const OfficeSetFacts& f) {
    OfficialReport report{
        kReportTitleLines, f.date, {}, "推荐单位（盖章）：" + std::string(kOfficeName)};
    auto& text = report.paragraphs;
    text.push_back(
        "根据《关于开展2023年“最美科技工作者”学习宣传活动的通知》（内科协协字〔2023〕30号）"
        "要求，" +
        std::string(kOfficeName) +
        "作为各军工单位的推荐单位，组织开展了推荐工作，统一审核推荐。现将有关情况报告如下。");
    int candidates = 0;
    std::vector<std::string> units;
    for (const auto& u : f.units) {
        candidates += u.candidates;
        units.push_back(u.name + "（候选人 " + std::to_string(u.candidates) + " 名）");
    }
    text.push_back("一、报送情况");
    text.push_back("共收到 " + std::to_string(f.units.size()) + " 个军工单位报送的推荐材料：" +
                   joined(units, "；") +
                   "。各单位的材料均经本单位保密审查，以加密、签名的报送包报送，经我办核验无误。");
    text.push_back("二、审核过程");
    text.push_back("我办对各单位推荐的 " + std::to_string(candidates) +
                   " 名候选人逐一审核，对照通知的遴选标准、名额分配和报送材料要求复核推荐材料，"
                   "对候选人主要事迹和学风道德等方面作出评价，逐人出具推荐单位意见。");
    std::vector<std::string> names;
    for (const auto& p : f.forwarded) {
        names.push_back(p.name + "（" + p.unit + "）");
    }
    text.push_back("三、审核结果");
    text.push_back("经审核，同意推荐 " + std::to_string(f.forwarded.size()) + " 名：" +
                   joined(names, "、") + "。" +
                   (f.withheld > 0 ? "暂缓推荐 " + std::to_string(f.withheld) + " 名。" : ""));
    return officialReportFlow(report);
}

std::string officeSetReadme(const OfficeSetFacts& f) {
    std::string slots;
    for (const std::string& s : f.stampedSlots) {
        slots += "       " + s + "\n";
    }
    return "2023 年“最美科技工作者”推荐材料（" + std::string(kOfficeName) + "报内蒙古科协）\n\n" +
           "本文件夹由 baosong 于 " + noticeDate(f.date) +
           "生成，内含经国防科工办统一审核、同意推荐的 " + std::to_string(f.forwarded.size()) +
           " 名候选人的材料，均由各单位签名、加密的报送包生成，未经转录。\n\n"
           "一、内容\n"
           "  推荐表/<姓名>.docx 和 .pdf    各候选人的推荐表，已填入推荐单位意见\n"
           "  汇总表.docx、.xlsx 和 .pdf    候选人汇总表（附件2）\n"
           "  推荐工作情况报告.docx 和 .pdf  国防科工办的推荐工作情况报告\n"
           "  照片/                         2 寸蓝底证件照（姓名_证件照.jpg）和生活或工作照片"
           "（姓名+序号.jpg）\n"
           "  盖章版/                       盖章后的扫描件（见第二条）\n"
           "  留存/                         来源清单和文件清单，仅供国防科工办留存，不要报送\n\n"
           "二、打印、盖章、扫描\n"
           "  1. 打印推荐表、汇总表和推荐工作情况报告，在推荐表“推荐单位意见”栏、汇总表"
           "“推荐单位（盖章）”处和报告落款处加盖国防科工办公章。\n"
           "  2. 将盖章后的材料扫描为 PDF，按下列文件名放入本文件夹：\n" +
           slots +
           "  3. 运行 baosong office set-check <本文件夹>，确认文件未被改动、盖章版齐全。\n\n"
           "三、报送（通知“三、(三)”）\n"
           "  截止日期：" +
           noticeDate(f.deadline) +
           "前。\n"
           "  电子版 Word 及盖章版 PDF 各一套，发送至邮箱：nmgkx@163.com\n"
           "  纸质版邮寄至：呼和浩特市回民区新华大街70号内蒙古科协204宣传联络部\n"
           "  联系人：吕洁，电话：0471—6936137\n"
           "  推荐材料涉及国家秘密的，应严格遵守保密相关规定提供。\n";
}

std::string officeSetSources(const OfficeSetFacts& f) {
    std::string out = "序号\t姓名\t报送单位\t统一社会信用代码\t版本\t报送包 SHA-256\n";
    for (std::size_t k = 0; k < f.forwarded.size(); ++k) {
        const auto& p = f.forwarded[k];
        out += std::to_string(k + 1) + "\t" + p.name + "\t" + p.unit + "\t" + p.unitId + "\t" +
               std::to_string(p.revision) + "\t" + p.bundleSha256 + "\n";
    }
    return out;
}

}  // namespace baosong::app::documents
