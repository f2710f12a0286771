#include "pdf_metadata.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <string_view>

#include "store/app_error.h"

namespace baosong::app {

namespace {

std::string textOf(QPDFObjectHandle value) {
    return value.isString() ? value.getUTF8Value() : "";
}

// A signed PDF says so in its form: SigFlags bit 1 (SignaturesExist), or a signature field
// with a value. Fields nest through /Kids; the walk is bounded, since a file may loop.
bool hasSignedField(QPDFObjectHandle field, int depth) {
    if (depth > 32 || !field.isDictionary()) {
        return false;
    }
    if (field.getKey("/FT").isNameAndEquals("/Sig") && field.hasKey("/V")) {
        return true;
    }
    QPDFObjectHandle kids = field.getKey("/Kids");
    if (kids.isArray()) {
        for (int i = 0; i < kids.getArrayNItems(); ++i) {
            if (hasSignedField(kids.getArrayItem(i), depth + 1)) {
                return true;
            }
        }
    }
    return false;
}

bool isDigitallySigned(QPDF& pdf) {
    QPDFObjectHandle form = pdf.getRoot().getKey("/AcroForm");
    if (!form.isDictionary()) {
        return false;
    }
    QPDFObjectHandle flags = form.getKey("/SigFlags");
    if (flags.isInteger() && (flags.getIntValue() & 1) != 0) {
        return true;
    }
    QPDFObjectHandle fields = form.getKey("/Fields");
    if (fields.isArray()) {
        for (int i = 0; i < fields.getArrayNItems(); ++i) {
            if (hasSignedField(fields.getArrayItem(i), 0)) {
                return true;
            }
        }
    }
    return false;
}

// Removes key from object and says whether it was there.
bool drop(QPDFObjectHandle object, const char* key) {
    if (!object.isDictionary() || !object.hasKey(key)) {
        return false;
    }
    object.removeKey(key);
    return true;
}

}  // namespace

std::string RemovedPdfMetadata::json() const {
    nlohmann::ordered_json doc;
    doc["pdf"] = true;
    doc["stripped"] = stripped;
    doc["signed"] = signedDocument;
    doc["info"] = info;
    doc["author"] = author;
    doc["creator"] = creator;
    doc["producer"] = producer;
    doc["xmp"] = xmp;
    doc["piece_info"] = pieceInfo;
    return doc.dump();
}

bool looksLikePdf(std::span<const std::uint8_t> file) {
    const std::string_view head(reinterpret_cast<const char*>(file.data()),
                                std::min<std::size_t>(file.size(), 1024));
    return head.find("%PDF-") != std::string_view::npos;
}

StrippedPdf stripPdfMetadata(std::span<const std::uint8_t> file, const std::string& name) {
    StrippedPdf out;
    RemovedPdfMetadata& removed = out.removed;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(name.c_str(), reinterpret_cast<const char*>(file.data()),
                              file.size());
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (info.isDictionary()) {
            for (const std::string& key : info.getKeys()) {
                removed.info.push_back(key.substr(1));
            }
            removed.author = textOf(info.getKey("/Author"));
            removed.creator = textOf(info.getKey("/Creator"));
            removed.producer = textOf(info.getKey("/Producer"));
        }
        std::vector<QPDFObjectHandle> holders{root};
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            holders.push_back(page.getObjectHandle());
        }
        if (isDigitallySigned(pdf)) {
            removed.signedDocument = true;
            for (QPDFObjectHandle& h : holders) {
                removed.xmp = removed.xmp || (h.isDictionary() && h.hasKey("/Metadata"));
                removed.pieceInfo =
                    removed.pieceInfo || (h.isDictionary() && h.hasKey("/PieceInfo"));
            }
            out.bytes.assign(file.begin(), file.end());
            return out;
        }
        drop(trailer, "/Info");
        for (QPDFObjectHandle& h : holders) {
            removed.xmp = drop(h, "/Metadata") || removed.xmp;
            removed.pieceInfo = drop(h, "/PieceInfo") || removed.pieceInfo;
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // The ID from the content, not the clock: the same scan gives the same bytes, so a
        // re-import does not void the sign-off.
        writer.setDeterministicID(true);
        writer.setPreserveEncryption(false);
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        out.bytes.assign(buffer->getBuffer(), buffer->getBuffer() + buffer->getSize());
        removed.stripped = true;
        return out;
    } catch (const AppError&) {
        throw;
    } catch (const std::exception& e) {
        throw AppError(ErrorKind::BadInput, "attachment_malformed",
                       "附件“" + name + "”以 %PDF- 开头，却不是可读的 PDF，或需要口令才能打开（" +
                           e.what() + "）；请重新扫描或另存为普通 PDF 后再导入");
    }
}

}  // namespace baosong::app
