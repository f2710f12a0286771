#pragma once
// The BagIt tag files of a baosong bag (RFC 8493, bundle.md "Inside the age payload"):
// bagit.txt, bag-info.txt and the manifests (SHA-256 or SM3). The bag code is the only place that
// knows their syntax; the seal writes them and the office reads them back.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::app::bundle {

inline constexpr std::string_view kBagitFile = "bagit.txt";
inline constexpr std::string_view kBagInfoFile = "bag-info.txt";
// The manifests' and signatures' names depend on the profile: bag_profile.h.

// RFC 8493 §2.1.1, version 1.0, UTF-8 tag files.
std::string bagitText();

struct BagInfo {
    std::string sourceOrganization;  // the unit's name
    std::string unitId;              // External-Identifier
    std::string baggingDate;         // YYYY-MM-DD
    std::uint64_t payloadBytes = 0;  // Payload-Oxum = bytes.count
    std::uint64_t payloadFiles = 0;
    std::string campaign;
    long long revision = 0;
    std::string previous = "none";  // SHA-256 (hex) of the .bsx this one supersedes
};

// Throws AppError (BadInput) "bag_info_invalid" when a value would break the line format.
std::string bagInfoText(const BagInfo& info);
// Strict: exactly the labels above, once each. Throws AppError (Problem) "bag_info_invalid".
BagInfo parseBagInfo(std::string_view text);

struct ManifestLine {
    std::string digest;  // 64 lower-case hex digits (SHA-256 or SM3, by profile)
    std::string path;    // relative to the bag root
};
// "<digest>  <path>\n" per line, sorted by path: the form sha256sum -c reads.
std::string manifestText(std::vector<ManifestLine> lines);
// Throws AppError (Problem) "manifest_invalid" on a malformed line, an unsafe path or a
// path listed twice. Keys are paths.
std::map<std::string, std::string> parseManifest(std::string_view text, std::string_view name);

}  // namespace baosong::app::bundle
