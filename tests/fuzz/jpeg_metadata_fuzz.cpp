// Arbitrary bytes into the JPEG metadata stripper (app/intake/jpeg_metadata.h): every input
// ends in a stripped file or AppError "photo_malformed", never a crash. What it promises
// is checked too: only whole segments (and bytes after the end) go, so the output is never
// longer than the input and bytesRemoved is the difference; a non-JPEG comes back as it
// is; and stripping what was stripped changes nothing and finds nothing more to remove,
// so a photo stored after import is already the one that leaves the unit.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "base/app_error.h"
#include "fuzz_require.h"
#include "intake/jpeg_metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    using fuzz::fuzzRequire;
    const std::span<const std::uint8_t> input(data, size);
    app::intake::StrippedJpeg once;
    try {
        once = app::intake::stripJpegMetadata(input);
    } catch (const app::AppError& e) {
        fuzzRequire(e.code() == "photo_malformed", "a JPEG that cannot be walked is malformed");
        return 0;
    }
    (void)once.removed.json();
    fuzzRequire(once.bytes.size() <= size, "stripping never adds bytes");
    fuzzRequire(once.removed.bytesRemoved == size - once.bytes.size(),
                "bytesRemoved is what was removed");
    if (!once.removed.jpeg) {
        fuzzRequire(std::equal(once.bytes.begin(), once.bytes.end(), input.begin(), input.end()),
                    "a file that is not a JPEG is left as it is");
        return 0;
    }
    app::intake::StrippedJpeg twice;
    try {
        twice = app::intake::stripJpegMetadata(once.bytes);
    } catch (const app::AppError&) {
        fuzzRequire(false, "a stripped JPEG can be stripped again");
    }
    fuzzRequire(twice.removed.jpeg && !twice.removed.any(), "a stripped JPEG has nothing left");
    fuzzRequire(twice.bytes == once.bytes, "stripping a stripped JPEG changes nothing");
    fuzzRequire(!twice.removed.exif && !twice.removed.xmp && !twice.removed.iptc &&
                    !twice.removed.comment && !twice.removed.thumbnail &&
                    !twice.removed.trailingData && twice.removed.other.empty(),
                "a stripped JPEG reports no metadata");
    return 0;
}
