#pragma once
// JPEG bytes made at test time (libjpeg-turbo), so no binary images live in git.

#include <cstdint>
#include <functional>
#include <vector>

namespace baosong::test {

struct Rgb {
    unsigned char r, g, b;
};

std::vector<unsigned char> makeJpeg(int width, int height,
                                    const std::function<Rgb(int x, int y)>& pixel,
                                    int quality = 95);

// A plain cyan CMYK JPEG, as print workflows write them (libjpeg-turbo: Adobe marker, YCCK).
std::vector<unsigned char> cmykJpeg(int width, int height);

// A 2-inch ID photo (413×579 px, 35×49 mm at 300 dpi): a face and shoulders on background.
std::vector<unsigned char> idPhoto(std::uint32_t seed, Rgb background = {62, 142, 222});
// Camera noise, grown until the JPEG has at least minBytes.
std::vector<unsigned char> lifePhoto(std::uint32_t seed, std::uint64_t minBytes);

// Appends one JPEG marker segment (0xFF, marker, big-endian length, payload).
void appendJpegSegment(std::vector<unsigned char>& out, unsigned char marker,
                       const std::vector<unsigned char>& payload);
// jpeg with what cameras and editors leave in a file: EXIF (camera "TestCam", taken
// 2023:05:20 08:00:00 at 40°44'30.12" N, 111°39'12.34" E), XMP, IPTC, a comment and an APP12
// segment after its JFIF segment, and bytes after its end. Stripping them all gives jpeg back byte
// for byte.
std::vector<unsigned char> withMetadata(const std::vector<unsigned char>& jpeg);

}  // namespace baosong::test
