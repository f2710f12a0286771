#include "support/pdf_maker.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <stdexcept>

#include "support/jpeg_maker.h"

namespace baosong::test {

namespace {

QPDFObjectHandle signatureValue() {
    return QPDFObjectHandle::parse(
        "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
        "/ByteRange [0 10 20 10] /Contents <3082> >>");
}

void addForm(QPDF& pdf, const PdfMaking& making) {
    QPDFObjectHandle fields = QPDFObjectHandle::newArray();
    QPDFObjectHandle form = QPDFObjectHandle::newDictionary();
    using Signature = PdfMaking::Signature;
    if (making.signature == Signature::BlankField) {
        fields.appendItem(
            pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /FT /Sig /T (SignHere) >>")));
        form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(1));
    } else if (making.signature == Signature::Signed) {
        QPDFObjectHandle field = QPDFObjectHandle::parse("<< /FT /Sig /T (Seal1) >>");
        field.replaceKey("/V", pdf.makeIndirectObject(signatureValue()));
        fields.appendItem(pdf.makeIndirectObject(field));
        form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
    } else if (making.signature == Signature::SignedInKid) {
        QPDFObjectHandle parent =
            pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /FT /Sig /T (Seals) >>"));
        QPDFObjectHandle kid = QPDFObjectHandle::parse("<< /T (k1) >>");
        kid.replaceKey("/Parent", parent);
        kid.replaceKey("/V", signatureValue());
        parent.replaceKey("/Kids",
                          QPDFObjectHandle::newArray(std::vector{pdf.makeIndirectObject(kid)}));
        fields.appendItem(parent);
    }
    if (making.loopingField) {
        QPDFObjectHandle field =
            pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /FT /Tx /T (loop) >>"));
        field.replaceKey("/Kids", QPDFObjectHandle::newArray(std::vector{field, field}));
        fields.appendItem(field);
    }
    if (fields.getArrayNItems() > 0) {
        form.replaceKey("/Fields", fields);
        pdf.getRoot().replaceKey("/AcroForm", form);
    }
}

}  // namespace

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
    if (making.image) {
        const auto jpeg = withMetadata(idPhoto(3));
        QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
        image.replaceStreamData(std::string(jpeg.begin(), jpeg.end()),
                                QPDFObjectHandle::newName("/DCTDecode"),
                                QPDFObjectHandle::newNull());
        QPDFObjectHandle dict = image.getDict();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        dict.replaceKey("/Width", QPDFObjectHandle::newInteger(413));
        dict.replaceKey("/Height", QPDFObjectHandle::newInteger(579));
        dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceRGB"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        dict.replaceKey("/Metadata", pdf.makeIndirectObject(QPDFObjectHandle::newStream(
                                         &pdf, "<x:xmpmeta>image by scanner-7 user</x:xmpmeta>")));
        page.getKey("/Resources")
            .replaceKey("/XObject", QPDFObjectHandle::newDictionary({{"/Im1", image}}));
    }
    std::vector<QPDFObjectHandle> annotations;
    if (making.annotation) {
        annotations.push_back(pdf.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Text /Rect [0 0 20 "
                                    "20] /T (CommentAuthorName) /M "
                                    "(D:20230601120000+08'00') /Contents (ok) >>")));
    }
    if (making.directAnnotation) {
        annotations.push_back(QPDFObjectHandle::parse(
            "<< /Type /Annot /Subtype /Text /Rect [30 0 50 20] /T (DirectCommentAuthor) "
            "/M (D:20230602090000+08'00') /CreationDate (D:20230602080000+08'00') >>"));
    }
    if (!annotations.empty()) {
        page.replaceKey("/Annots", QPDFObjectHandle::newArray(annotations));
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
    if (making.embeddedFile) {
        QPDFObjectHandle spec =
            QPDFObjectHandle::parse("<< /Type /Filespec /F (secret-notes.txt) >>");
        spec.replaceKey("/EF",
                        QPDFObjectHandle::newDictionary(
                            {{"/F", QPDFObjectHandle::newStream(&pdf, "EmbeddedSecretText")}}));
        QPDFObjectHandle tree = QPDFObjectHandle::newDictionary(
            {{"/Names", QPDFObjectHandle::newArray(
                            std::vector{QPDFObjectHandle::newString("secret-notes.txt"),
                                        pdf.makeIndirectObject(spec)})}});
        root.replaceKey("/Names", QPDFObjectHandle::newDictionary({{"/EmbeddedFiles", tree}}));
    }
    addForm(pdf, making);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.setCompressStreams(false);
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    std::string out(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    if (!making.id.empty()) {
        // The trailer follows the cross-reference table, so its length may change.
        static const std::string kStatic = "<31415926535897932384626433832795>";
        const std::size_t at = out.find(kStatic, out.rfind("trailer"));
        std::string hex = "<";
        for (const unsigned char c : making.id) {
            static const char* digits = "0123456789abcdef";
            hex += digits[c >> 4];
            hex += digits[c & 15];
        }
        out.replace(at, kStatic.size(), hex + ">");
    }
    return out;
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

std::string makePdfShowing(const std::string& text, const std::string& author) {
    PdfMaking making;
    making.text = text;
    making.author = author;
    return makePdf(making);
}

}  // namespace baosong::test
