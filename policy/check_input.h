#pragma once
// Everything the checker judges. Facts that need files or signatures (photo contents,
// grant signatures) are gathered by app/ and handed in, so policy/ reads no file and
// knows no cryptography.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rule_set.h"
#include "submission.h"

namespace baosong::policy {

// What a photo's bytes turned out to be (policy/photo_facts.h makes these from bytes).
struct PhotoFacts {
    std::uint64_t bytes = 0;
    bool isJpeg = false;   // by content (SOI marker and a decodable header), not by name
    bool decoded = false;  // the image itself could be decoded
    int width = 0;
    int height = 0;
    std::optional<bool> blueBackground;  // judged from the border pixels when decoded
    bool oversized = false;  // more pixels than any camera makes: not decoded, on purpose
    // Metadata (EXIF, XMP …) removed before bytes was counted: it never leaves the unit
    // (submission.md "Importing into a vault"), so it does not count toward the notice's
    // size, and a photo that passes only with it needs a larger original.
    std::uint64_t metadataBytes = 0;
};

// A quota grant named by the submission, after app/ tried its signature (bundle.md
// "Quota grants"). Only a verified grant for this unit and campaign raises the quota.
struct GrantEvidence {
    enum class Signature { Verified, Invalid, NotChecked };
    std::string path;
    Signature signature = Signature::NotChecked;
    std::string unit;
    std::string campaign;
    int max = 0;
};

struct CheckInput {
    const Submission& submission;
    const RuleSet& rules;
    // Facts of the photo at a submission path; nullopt when the file is not available.
    std::function<std::optional<PhotoFacts>(const std::string& path)> photo;
    std::vector<GrantEvidence> grants;
    // The office's re-check after opening a bundle: for defense units the office is the
    // 推荐单位 and must have written its opinion by then.
    bool officeRecheck = false;
    // Whether the file at a stamped scan's path is a PDF by content (%PDF- in its first
    // 1024 bytes); nullopt when the file is not available.
    std::function<std::optional<bool>(const std::string& path)> stampedPdf = {};
    // Whether the document a stamped scan is the copy of reads otherwise now than when the
    // scan was stored (a later edit or redaction); unset where nobody recorded that (a
    // JSON file on its own, the office's re-check).
    std::function<bool(const std::string& path)> stampedStale = {};
};

}  // namespace baosong::policy
