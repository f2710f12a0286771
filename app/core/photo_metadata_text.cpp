#include "photo_metadata_text.h"

#include <nlohmann/json.hpp>

#include "store/photo_metadata_store.h"
#include "store/submission_store.h"

namespace baosong::app {

std::string describeRemovedMetadata(const std::string& removedJson) {
    const auto r = nlohmann::json::parse(removedJson, nullptr, false);
    if (removedJson.empty() || r.is_discarded() || !r.is_object()) {
        return "未记录";
    }
    if (!r.value("jpeg", true)) {
        return "不是 JPEG，未清除元数据";
    }
    std::string out;
    const auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "、") + part; };
    if (r.value("gps", false)) {
        const std::string where = r.value("gps_position", "");
        add(where.empty() ? "GPS 位置" : "GPS 位置（拍摄地点：" + where + "）");
    }
    const std::pair<const char*, const char*> parts[] = {{"exif", "EXIF（相机、时间）"},
                                                         {"xmp", "XMP"},
                                                         {"iptc", "IPTC"},
                                                         {"comment", "注释"},
                                                         {"thumbnail", "缩略图"},
                                                         {"trailing_data", "尾随数据"}};
    for (const auto& [key, words] : parts) {
        if (r.value(key, false)) {
            add(words);
        }
    }
    return out.empty() ? "无元数据" : out;
}

std::string storedPhotoMetadataText(Vault& vault, const std::string& path) {
    for (const StoredFile& f : SubmissionStore(vault.db()).files()) {
        if (f.path == path) {
            return describeRemovedMetadata(
                PhotoMetadataStore(vault.db()).removed(f.sha256).value_or(""));
        }
    }
    return "未记录";
}

}  // namespace baosong::app
