#include "support/pdf_maker.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <stdexcept>

namespace baosong::test {

std::string makePdf(const PdfMaking& making) {
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Page /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font "
        "/Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"));
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(
                                     &pdf, "BT /F1 24 Tf 72 720 Td (" + making.text + ") Tj ET"));
    if (making.pieceInfo) {
        page.replaceKey("/PieceInfo",
                        QPDFObjectHandle::parse("<< /ScanApp << /Private (scanner-7 user) >> >>"));
    }
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);

    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    const auto put = [&info](const char* key, const std::string& value) {
        if (!value.empty()) {
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
        }
    };
    put("/Author", making.author);
    put("/Creator", making.creator);
    put("/Producer", making.producer);
    if (!info.getKeys().empty()) {
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));
    }
    QPDFObjectHandle root = pdf.getRoot();
    if (making.xmp) {
        QPDFObjectHandle xmp = QPDFObjectHandle::newStream(
            &pdf,
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>scanner-7 user</dc:creator>"
            "</x:xmpmeta>");
        xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", pdf.makeIndirectObject(xmp));
    }
    if (making.signatureField) {
        QPDFObjectHandle field = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /FT /Sig /T (Seal1) /V << /Type /Sig /Filter /Adobe.PPKLite >> >>"));
        QPDFObjectHandle form = QPDFObjectHandle::parse("<< /SigFlags 3 >>");
        form.replaceKey("/Fields", QPDFObjectHandle::newArray(std::vector{field}));
        root.replaceKey("/AcroForm", form);
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

std::string withIncrementalInfo(const std::string& pdf, const std::string& author) {
    const std::size_t at = pdf.rfind("startxref");
    const std::size_t trailerAt = pdf.rfind("trailer");
    const std::size_t sizeAt = pdf.find("/Size ", trailerAt);
    const std::size_t rootAt = pdf.find("/Root ", trailerAt);
    if (at == std::string::npos || sizeAt == std::string::npos || rootAt == std::string::npos) {
        throw std::runtime_error("not a PDF with a classic cross-reference table");
    }
    const long previous = std::stol(pdf.substr(at + 9));
    const int size = std::stoi(pdf.substr(sizeAt + 6));
    const std::string root = pdf.substr(rootAt, pdf.find(" R", rootAt) + 2 - rootAt);
    std::string out = pdf;
    const std::size_t objectAt = out.size();
    out += std::to_string(size) + " 0 obj\n<< /Author (" + author + ") >>\nendobj\n";
    const std::size_t xrefAt = out.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", objectAt);
    out += "xref\n" + std::to_string(size) + " 1\n" + entry;
    out += "trailer\n<< /Size " + std::to_string(size + 1) + " " + root + " /Info " +
           std::to_string(size) + " 0 R /Prev " + std::to_string(previous) + " >>\n";
    out += "startxref\n" + std::to_string(xrefAt) + "\n%%EOF\n";
    return out;
}

}  // namespace baosong::test
