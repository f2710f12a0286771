#pragma once
// Real one-page PDFs made at test time with qpdf, with the metadata scanners and office
// programs leave in them, so no binary documents live in git.

#include <string>

namespace baosong::test {

struct PdfMaking {
    std::string author;  // information dictionary entries; empty: left out
    std::string creator;
    std::string producer;
    bool xmp = false;             // an XMP stream on the catalog
    bool pieceInfo = false;       // /PieceInfo on the page
    bool signatureField = false;  // an AcroForm signature field (电子签章)
    std::string text = "scan";    // what the page shows
};

std::string makePdf(const PdfMaking& making = {});

// pdf (as makePdf wrote it: classic cross-reference table) with an incremental update
// appended that replaces its information dictionary by one naming author: the earlier
// dictionary stays in the file, as after an editor's incremental save.
std::string withIncrementalInfo(const std::string& pdf, const std::string& author);

}  // namespace baosong::test
