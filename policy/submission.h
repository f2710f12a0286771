#pragma once
// A unit's submission: the notice's 附件1 (推荐表) and 附件2 (汇总表) as data, exactly the
// interchange format of spec/submission.md ("baosong.submission/1"). Plain values only;
// what makes them acceptable is the checker's business, not the model's.

#include <string>
#include <vector>

namespace baosong::policy {

// Format 2 adds the stamped scans (盖章版); format 1 is still read, without them
// (spec/submission.md "Versions").
inline constexpr const char* kSubmissionFormat = "baosong.submission/2";
inline constexpr const char* kSubmissionFormatV1 = "baosong.submission/1";

struct Contact {
    std::string name;
    std::string phone;
    std::string email;
    bool operator==(const Contact&) const = default;
};

struct Unit {
    std::string name;  // 推荐单位, full name
    std::string id;    // 统一社会信用代码
    Contact contact;
    bool operator==(const Unit&) const = default;
};

struct HistoryEntry {
    std::string from;  // YYYY-MM
    std::string to;    // YYYY-MM or 至今
    std::string unit;
    std::string work;
    bool operator==(const HistoryEntry&) const = default;
};

struct Honors {
    bool national = false;        // 曾获国家级荣誉表彰
    bool zuimeiNational = false;  // 中宣部"最美"系列称号
    bool zuimeiNmg = false;       // 已获内蒙古"最美科技工作者"称号
    std::string notes;
    bool operator==(const Honors&) const = default;
};

struct Candidate {
    std::string name;
    std::string gender;  // 男 | 女 ("" while not filled in)
    std::string ethnicity;
    std::string birth;  // YYYY-MM
    std::string nativePlace;
    std::string politicalStatus;
    std::string education;
    std::string degree;
    std::string school;
    std::string major;
    std::string employer;
    std::string position;
    std::string title;
    std::string officePhone;
    std::string mobile;
    std::string email;
    std::string address;
    std::string postcode;
    std::vector<std::string> areas;
    std::string discipline;
    std::string specialty;
    std::string identity = "staff";
    Honors honors;
    std::vector<HistoryEntry> history;
    std::string deeds;
    std::vector<std::string> stories;
    std::string photo;  // path, relative to the JSON file ("" when none)
    std::vector<std::string> lifePhotos;
    bool declarationSigned = false;
    std::string unitOpinion;
    std::string recommenderOpinion;
    std::vector<std::string> attachments;
    // The printed 推荐表 signed by the candidate and stamped by the unit, scanned to PDF
    // (通知“三、(三)1”: 电子版Word及盖章版PDF各一套); path, "" when not imported yet.
    std::string stampedForm;
    bool operator==(const Candidate&) const = default;
};

// The submission's own stamped scans (盖章版 PDF), paths, "" when not imported yet.
struct StampedScans {
    std::string summary;  // 汇总表
    std::string report;   // 推荐工作情况报告
    bool operator==(const StampedScans&) const = default;
};

struct Submission {
    std::string format = kSubmissionFormat;
    std::string campaign;
    std::string channel;
    Unit unit;
    std::string date;  // YYYY-MM-DD
    long long revision = 1;
    std::string report;
    std::vector<Candidate> candidates;
    std::vector<std::string> grants;
    StampedScans stamped;
    bool operator==(const Submission&) const = default;
};

// Where a file a submission refers to is named: the key path ("candidates[0].photo") and
// the relative path written there.
struct FileReference {
    // Photo: the ID photo and life photos; Stamped: a 盖章版 scan (a PDF).
    enum class Kind { Photo, Attachment, Grant, Stamped };
    std::string keyPath;
    std::string path;
    Kind kind = Kind::Photo;
};

// Every photo, life photo, attachment, stamped scan and grant path, in document order:
// each candidate's files (its stamped 推荐表 last), the grants, then the stamped 汇总表 and
// 推荐工作情况报告.
std::vector<FileReference> fileReferences(const Submission& submission);

}  // namespace baosong::policy
