#include <cmath>

#include "check_rules.h"

namespace baosong::policy {

namespace {
// 通知“三、(三)2” and 附件1 填表说明 4.
Wording shapes(const RuleSet& r) {
    std::vector<Wording> each;
    for (const auto& [w, h] : r.idPhotoShapesMm) {
        each.push_back(findingWords("photo_shape_mm",
                                    {{"width", plain(std::to_string(static_cast<int>(w)))},
                                     {"height", plain(std::to_string(static_cast<int>(h)))}}));
    }
    return listOf(each);
}

bool twoInch(const RuleSet& r, int width, int height) {
    const double ratio = static_cast<double>(width) / height;
    for (const auto& [w, h] : r.idPhotoShapesMm) {
        if (std::abs(ratio / (w / h) - 1.0) <= r.idPhotoShapeTolerance) {
            return true;
        }
    }
    return false;
}
}  // namespace

void checkPhotos(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    const RuleSet& r = in.rules;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        const Wording who = candidateLabel(s, i);
        const auto facts = [&](const std::string& path) {
            return in.photo ? in.photo(path) : std::nullopt;
        };
        const auto notJpeg = [&](const std::string& field, const std::string& path,
                                 const PhotoFacts& f) {
            const Wording size = plain(std::to_string(f.width) + "×" + std::to_string(f.height));
            report(out, "PHOTO_FORMAT", Severity::Error, i, field,
                   findingWords(f.oversized ? "PHOTO_FORMAT.oversized"
                                : f.isJpeg  ? "PHOTO_FORMAT.damaged"
                                            : "PHOTO_FORMAT.not_jpeg",
                                {{"who", who}, {"path", plain(path)}, {"size", size}}));
        };
        if (c.photo.empty()) {
            report(out, "PHOTO_MISSING", Severity::Error, i, "photo",
                   findingWords("PHOTO_MISSING.id", {{"who", who}}));
        } else if (const auto f = facts(c.photo); !f) {
            report(out, "PHOTO_MISSING", Severity::Error, i, "photo",
                   findingWords("PHOTO_MISSING.id_file", {{"who", who}, {"path", plain(c.photo)}}));
        } else if (!f->isJpeg || !f->decoded || f->oversized) {
            notJpeg("photo", c.photo, *f);
        } else {
            if (!twoInch(r, f->width, f->height)) {
                report(
                    out, "ID_PHOTO_SHAPE", Severity::Warning, i, "photo",
                    findingWords("ID_PHOTO_SHAPE", {{"who", who},
                                                    {"size", plain(std::to_string(f->width) + "×" +
                                                                   std::to_string(f->height))},
                                                    {"shapes", shapes(r)}}));
            }
            if (f->blueBackground == false) {
                report(out, "ID_PHOTO_BACKGROUND", Severity::Warning, i, "photo",
                       findingWords("ID_PHOTO_BACKGROUND", {{"who", who}}));
            }
        }
        for (std::size_t k = 0; k < c.lifePhotos.size(); ++k) {
            const std::string& path = c.lifePhotos[k];
            const std::string field = "life_photos[" + std::to_string(k) + "]";
            const auto f = facts(path);
            if (!f) {
                report(out, "PHOTO_MISSING", Severity::Error, i, field,
                       findingWords("PHOTO_MISSING.life", {{"who", who}, {"path", plain(path)}}));
            } else if (!f->isJpeg || !f->decoded || f->oversized) {
                notJpeg(field, path, *f);
            } else if (static_cast<long long>(f->bytes) < r.lifePhotoMinBytes) {
                const Wording bytes = plain(std::to_string(f->bytes));
                const Wording min = plain(std::to_string(r.lifePhotoMinBytes));
                report(out, "PHOTO_TOO_SMALL", Severity::Error, i, field,
                       f->metadataBytes > 0
                           ? findingWords("PHOTO_TOO_SMALL.stripped",
                                          {{"who", who},
                                           {"path", plain(path)},
                                           {"bytes", bytes},
                                           {"min", min},
                                           {"removed", plain(std::to_string(f->metadataBytes))}})
                           : findingWords("PHOTO_TOO_SMALL", {{"who", who},
                                                              {"path", plain(path)},
                                                              {"bytes", bytes},
                                                              {"min", min}}));
            }
        }
        const auto count = static_cast<int>(c.lifePhotos.size());
        if (count > 0 && (count < r.lifePhotoMinCount || count > r.lifePhotoMaxCount)) {
            report(out, "LIFE_PHOTO_COUNT", Severity::Warning, i, "life_photos",
                   findingWords("LIFE_PHOTO_COUNT",
                                {{"who", who},
                                 {"count", plain(std::to_string(count))},
                                 {"min", plain(std::to_string(r.lifePhotoMinCount))},
                                 {"max", plain(std::to_string(r.lifePhotoMaxCount))}}));
        }
    }
}

}  // namespace baosong::policy
