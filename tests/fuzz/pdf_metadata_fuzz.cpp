// Arbitrary bytes into the PDF metadata stripper (app/intake/pdf_metadata.h, qpdf): every
// input ends in a result or AppError "attachment_malformed", never a crash or another
// exception. What it promises is checked too: the same input gives the same bytes (so a
// re-import keeps the sign-off); a signed PDF comes back as it is; and a stripped PDF
// reads again, is not taken for signed, and has nothing left to remove.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "base/app_error.h"
#include "fuzz_require.h"
#include "intake/pdf_metadata.h"

namespace {

bool nothingLeft(const baosong::app::intake::RemovedPdfMetadata& removed) {
    return removed.info.empty() && !removed.xmp && !removed.pieceInfo && !removed.dates &&
           !removed.thumbnail && !removed.annotations && !removed.embeddedFiles &&
           !removed.imageMetadata;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    using fuzz::fuzzRequire;
    const std::span<const std::uint8_t> input(data, size);
    (void)app::intake::looksLikePdf(input);
    app::intake::StrippedPdf once;
    try {
        once = app::intake::stripPdfMetadata(input, "fuzz.pdf");
    } catch (const app::AppError& e) {
        fuzzRequire(e.code() == "attachment_malformed", "an unreadable PDF is malformed");
        return 0;
    }
    (void)once.removed.json();
    if (once.removed.signedDocument) {
        fuzzRequire(!once.removed.stripped && std::equal(once.bytes.begin(), once.bytes.end(),
                                                         input.begin(), input.end()),
                    "a signed PDF is left as it is");
        return 0;
    }
    fuzzRequire(once.removed.stripped, "an unsigned PDF is stripped");
    fuzzRequire(app::intake::stripPdfMetadata(input, "fuzz.pdf").bytes == once.bytes,
                "the same PDF gives the same bytes");
    app::intake::StrippedPdf twice;
    try {
        twice = app::intake::stripPdfMetadata(once.bytes, "fuzz.pdf");
    } catch (const app::AppError&) {
        fuzzRequire(false, "a stripped PDF can be read again");
    }
    fuzzRequire(!twice.removed.signedDocument, "a stripped PDF is not taken for signed");
    fuzzRequire(nothingLeft(twice.removed), "a stripped PDF has nothing left to remove");
    return 0;
}
