#include <cmath>

#include "check_rules.h"

namespace baosong::policy {

namespace {
// 通知“三、(三)2” and 附件1 填表说明 4.
constexpr const char* kSource = "（见通知“三、(三)2”）";

std::string shapes(const RuleSet& r) {
    std::string text;
    for (const auto& [w, h] : r.idPhotoShapesMm) {
        text += (text.empty() ? "" : " 或 ") + std::to_string(static_cast<int>(w)) + "×" +
                std::to_string(static_cast<int>(h)) + " 毫米";
    }
    return text;
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
        const std::string who = candidateLabel(s, i);
        const auto facts = [&](const std::string& path) {
            return in.photo ? in.photo(path) : std::nullopt;
        };
        const auto notJpeg = [&](const std::string& field, const std::string& path,
                                 const PhotoFacts& f) {
            report(
                out, "PHOTO_FORMAT", Severity::Error, i, field,
                who + "的照片“" + path + "”" +
                    (f.oversized ? "的像素尺寸过大（" + std::to_string(f.width) + "×" +
                                       std::to_string(f.height) + "），不是正常的照片"
                     : f.isJpeg ? std::string("是损坏的 JPEG，无法解码")
                                : std::string("不是 JPEG 图片（按文件内容判断，与扩展名无关）")) +
                    "；通知要求 jpg 格式" + kSource + "，请提供 jpg 原图");
        };
        if (c.photo.empty()) {
            report(out, "PHOTO_MISSING", Severity::Error, i, "photo",
                   who + "没有 2 寸正面免冠蓝底证件照，须插入推荐表" + kSource);
        } else if (const auto f = facts(c.photo); !f) {
            report(out, "PHOTO_MISSING", Severity::Error, i, "photo",
                   who + "的证件照“" + c.photo + "”找不到" + kSource + "；请补充该文件");
        } else if (!f->isJpeg || !f->decoded || f->oversized) {
            notJpeg("photo", c.photo, *f);
        } else {
            if (!twoInch(r, f->width, f->height)) {
                report(out, "ID_PHOTO_SHAPE", Severity::Warning, i, "photo",
                       who + "的证件照为 " + std::to_string(f->width) + "×" +
                           std::to_string(f->height) + " 像素，不是 2 寸照片的比例（" + shapes(r) +
                           "）；请提供标准 2 寸证件照（附件1 填表说明第 4 条）");
            }
            if (f->blueBackground == false) {
                report(out, "ID_PHOTO_BACKGROUND", Severity::Warning, i, "photo",
                       who + "的证件照背景看起来不是蓝色；通知要求蓝底照片" + kSource +
                           "，请换用蓝底证件照");
            }
        }
        for (std::size_t k = 0; k < c.lifePhotos.size(); ++k) {
            const std::string& path = c.lifePhotos[k];
            const std::string field = "life_photos[" + std::to_string(k) + "]";
            const auto f = facts(path);
            if (!f) {
                report(out, "PHOTO_MISSING", Severity::Error, i, field,
                       who + "的生活或工作照片“" + path + "”找不到；请补充该文件或从列表中删除" +
                           kSource);
            } else if (!f->isJpeg || !f->decoded || f->oversized) {
                notJpeg(field, path, *f);
            } else if (static_cast<long long>(f->bytes) < r.lifePhotoMinBytes) {
                report(out, "PHOTO_TOO_SMALL", Severity::Error, i, field,
                       who + "的照片“" + path + "”只有 " + std::to_string(f->bytes) +
                           " 字节，要求不小于 " + std::to_string(r.lifePhotoMinBytes) + " 字节" +
                           kSource + "；请提供原图");
            }
        }
        const auto count = static_cast<int>(c.lifePhotos.size());
        if (count > 0 && (count < r.lifePhotoMinCount || count > r.lifePhotoMaxCount)) {
            report(out, "LIFE_PHOTO_COUNT", Severity::Warning, i, "life_photos",
                   who + "有 " + std::to_string(count) + " 张生活或工作照片，通知要求 " +
                       std::to_string(r.lifePhotoMinCount) + "—" +
                       std::to_string(r.lifePhotoMaxCount) + " 张" + kSource + "；请补足或删减");
        }
    }
}

}  // namespace baosong::policy
