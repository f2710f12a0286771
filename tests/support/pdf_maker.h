#pragma once
// Real one-page PDFs made at test time with qpdf, with the metadata scanners and office
// programs leave in them, so no binary documents live in git. Streams are written
// uncompressed, so a test can look for a string in the bytes.

#include <string>

namespace baosong::test {

struct PdfMaking {
    std::string author;  // information dictionary entries; empty: left out
    std::string creator;
    std::string producer;
    bool xmp = false;         // an XMP stream on the catalog
    bool pieceInfo = false;   // /PieceInfo on the page
    std::string id;           // the trailer's first /ID, as text; empty: qpdf's static one
    bool image = false;       // a JPEG image whose EXIF names camera "TestCam", with its own XMP
    bool annotation = false;  // a comment by "CommentAuthorName", dated
    // A comment by "DirectCommentAuthor", dated, written directly inside the page's /Annots
    // (ISO 32000-1 §12.5.2 says annotations shall be indirect; some writers do not).
    bool directAnnotation = false;
    bool embeddedFile = false;  // secret-notes.txt holding "EmbeddedSecretText"
    enum class Signature {
        None,
        BlankField,   // a "sign here" field: SigFlags 1, no value
        Signed,       // a signed field, SigFlags 3
        SignedInKid,  // /FT on the parent, the value on its kid, no SigFlags
    } signature = Signature::None;
    bool loopingField = false;  // a form field whose /Kids name itself, twice
    std::string text = "scan";  // what the page shows
};

std::string makePdf(const PdfMaking& making = {});
// A plain one-page PDF that shows text, with author as its information dictionary's
// author when given (a scanner's or a clerk's name).
std::string makePdfShowing(const std::string& text, const std::string& author = "");

// pdf (as makePdf wrote it: classic cross-reference table) with an incremental update
// appended that replaces its information dictionary by one naming author: the earlier
// dictionary stays in the file, as after an editor's incremental save.
std::string withIncrementalInfo(const std::string& pdf, const std::string& author);

}  // namespace baosong::test
