#pragma once
// One candidate's papers as the office sees them before it decides (通知“三、(三)”:
// 国防科工办统一审核推荐): the 推荐表 as the set for 内蒙古科协 carries it, and the unit's
// stamped scan (盖章版) as received. The one owner of "the unit's form with the office's
// 推荐单位意见": the preview and `office export` both draw it here, never retyped.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "documents/flow_document.h"
#include "office_review.h"
#include "policy/submission.h"
#include "store/vault.h"

namespace baosong::app {

// The form of submission's candidate at index, every field as the unit sent it, with the
// office's opinion in 推荐单位意见 and the photo the bundle carried (nullopt: none).
documents::FlowDocument officeForm(policy::Submission submission, std::size_t index,
                                   const std::string& opinion,
                                   const std::optional<std::vector<std::uint8_t>>& photo);

struct CandidatePapers {
    std::string name;     // the candidate's, for titles
    std::string formPdf;  // the 推荐表 with the opinion written so far ("" leaves the box empty)
    // The unit's stamped 推荐表 as it arrived; nullopt when the bundle carried none (a format
    // 1 submission, or a bundle received before files were kept).
    std::optional<std::vector<std::uint8_t>> stamped;
};

// Throws as locateCandidate.
CandidatePapers candidatePapers(Vault& vault, const CandidateRef& ref);

}  // namespace baosong::app
