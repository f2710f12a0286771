#pragma once
// A zip package in memory (the container of DOCX and XLSX, ECMA-376 Part 2), read with
// limits that an untrusted file cannot push past and written so that the same parts always
// give the same bytes: every entry carries one fixed time and no extra fields, so nothing
// of when or where a file was made rides along, and a reviewer's sign-off over the bag
// (bundle.md) stays valid when the same document is made again.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::app::ooxml {

struct PackagePart {
    std::string name;  // as the zip names it: "word/document.xml"
    std::string data;
};

struct PackagePartView {
    std::string name;
    std::string_view data;
};

// What a package read from a file may hold at most: more parts or more bytes than any
// form's attachment needs is refused rather than unpacked (a zip bomb).
inline constexpr std::size_t kMaxPackageParts = 10'000;
inline constexpr std::uint64_t kMaxPackageBytes = std::uint64_t{512} << 20;

// Every part, in the zip's order. Throws AppError (BadInput, "attachment_malformed") naming
// `name` when the bytes are no zip libzip can read, a part is encrypted, the limits above
// are passed, or a part's bytes do not match its CRC.
std::vector<PackagePart> readPackage(std::span<const std::uint8_t> bytes, const std::string& name);

// The parts zipped (deflate) in the order given. Throws AppError (Problem)
// "package_write_failed".
std::string writePackage(const std::vector<PackagePartView>& parts);

}  // namespace baosong::app::ooxml
