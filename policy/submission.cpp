#include "submission.h"

namespace baosong::policy {

std::vector<FileReference> fileReferences(const Submission& submission) {
    std::vector<FileReference> refs;
    for (std::size_t i = 0; i < submission.candidates.size(); ++i) {
        const Candidate& c = submission.candidates[i];
        const std::string base = "candidates[" + std::to_string(i) + "].";
        if (!c.photo.empty()) {
            refs.push_back({base + "photo", c.photo, FileReference::Kind::Photo});
        }
        for (std::size_t k = 0; k < c.lifePhotos.size(); ++k) {
            refs.push_back({base + "life_photos[" + std::to_string(k) + "]", c.lifePhotos[k],
                            FileReference::Kind::Photo});
        }
        for (std::size_t k = 0; k < c.attachments.size(); ++k) {
            refs.push_back({base + "attachments[" + std::to_string(k) + "]", c.attachments[k],
                            FileReference::Kind::Attachment});
        }
        if (!c.stampedForm.empty()) {
            refs.push_back({base + "stamped_form", c.stampedForm, FileReference::Kind::Stamped});
        }
    }
    for (std::size_t k = 0; k < submission.grants.size(); ++k) {
        refs.push_back({"grants[" + std::to_string(k) + "]", submission.grants[k],
                        FileReference::Kind::Grant});
    }
    if (!submission.stamped.summary.empty()) {
        refs.push_back(
            {"stamped.summary", submission.stamped.summary, FileReference::Kind::Stamped});
    }
    if (!submission.stamped.report.empty()) {
        refs.push_back({"stamped.report", submission.stamped.report, FileReference::Kind::Stamped});
    }
    return refs;
}

}  // namespace baosong::policy
