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
    }
    for (std::size_t k = 0; k < submission.grants.size(); ++k) {
        refs.push_back({"grants[" + std::to_string(k) + "]", submission.grants[k],
                        FileReference::Kind::Grant});
    }
    return refs;
}

}  // namespace baosong::policy
