#include "pdf_metadata.h"

#include <sys/stat.h>

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/FileInputSource.hh>
#include <qpdf/Pl_Function.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <memory>
#include <string_view>

#include "base/app_error.h"
#include "jpeg_metadata.h"

namespace baosong::app::intake {

namespace {

std::string textOf(QPDFObjectHandle value) {
    return value.isString() ? value.getUTF8Value() : "";
}

QPDFObjectHandle dictionaryOf(QPDFObjectHandle object) {
    return object.isStream() ? object.getDict() : object;
}

// A signature value: every PKCS#7 or CAdES signature dictionary has both.
bool isSignatureValue(QPDFObjectHandle object) {
    return object.isDictionary() && object.hasKey("/ByteRange") && object.hasKey("/Contents");
}

// Signed: a signature value anywhere, on its own or as a field's /V (fields inherit /FT,
// and widgets may sit only in a page's /Annots, so the walk is over every object, once
// each); or SigFlags bit 2, AppendOnly. A blank "sign here" field sets only bit 1.
bool isDigitallySigned(QPDF& pdf, const std::vector<QPDFObjectHandle>& objects) {
    // getKey on what is not a dictionary makes qpdf warn, and warnings mean "repaired".
    QPDFObjectHandle form = pdf.getRoot().getKey("/AcroForm");
    QPDFObjectHandle flags =
        form.isDictionary() ? form.getKey("/SigFlags") : QPDFObjectHandle::newNull();
    if (flags.isInteger() && (flags.getIntValue() & 2) != 0) {
        return true;
    }
    return std::any_of(objects.begin(), objects.end(), [](QPDFObjectHandle object) {
        QPDFObjectHandle d = dictionaryOf(object);
        return isSignatureValue(d) || (d.isDictionary() && isSignatureValue(d.getKey("/V")));
    });
}

// Removes key from object if apply, and says whether it was there.
bool drop(QPDFObjectHandle object, const char* key, bool apply) {
    if (!object.isDictionary() || !object.hasKey(key)) {
        return false;
    }
    if (apply) {
        object.removeKey(key);
    }
    return true;
}

// A JPEG image stream (DCTDecode alone): its EXIF, XMP and comments go as in a photo.
bool stripImageMetadata(QPDFObjectHandle stream, bool apply) {
    QPDFObjectHandle filter = stream.getDict().getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1) {
        filter = filter.getArrayItem(0);
    }
    if (!filter.isNameAndEquals("/DCTDecode")) {
        return false;
    }
    const auto raw = stream.getRawStreamData();
    const std::span<const std::uint8_t> bytes(raw->getBuffer(), raw->getSize());
    StrippedJpeg stripped;
    try {
        stripped = stripJpegMetadata(bytes);
    } catch (const AppError&) {
        return false;  // drawn as it is; nothing of it can be read as metadata by us
    }
    if (!stripped.removed.jpeg || stripped.removed.bytesRemoved == 0) {
        return false;
    }
    if (apply) {
        stream.replaceStreamData(std::string(stripped.bytes.begin(), stripped.bytes.end()),
                                 stream.getDict().getKey("/Filter"),
                                 stream.getDict().getKey("/DecodeParms"));
    }
    return true;
}

// Visits dictionary and every dictionary written directly inside it (ISO 32000-1 §7.3.10:
// any dictionary may be direct, e.g. an annotation inside a page's /Annots, though §12.5.2
// asks for indirect ones); indirect ones are objects of their own and visited as such.
void eachDictionary(QPDFObjectHandle object, int depth,
                    const std::function<void(QPDFObjectHandle)>& visit) {
    // qpdf's parser nests no deeper than 500; this stops well before the stack would.
    if (depth > 64 || (object.isIndirect() && depth > 0)) {
        return;
    }
    if (object.isDictionary()) {
        visit(object);
        for (const std::string& key : object.getKeys()) {
            eachDictionary(object.getKey(key), depth + 1, visit);
        }
    } else if (object.isArray()) {
        for (int i = 0; i < object.getArrayNItems(); ++i) {
            eachDictionary(object.getArrayItem(i), depth + 1, visit);
        }
    }
}

// What one dictionary may say of who, where, when or with what, removed when apply.
void scrubDictionary(QPDFObjectHandle d, RemovedPdfMetadata& removed, bool apply) {
    removed.xmp = drop(d, "/Metadata", apply) || removed.xmp;
    removed.pieceInfo = drop(d, "/PieceInfo", apply) || removed.pieceInfo;
    removed.dates = drop(d, "/LastModified", apply) || removed.dates;
    if (d.getKey("/Type").isNameAndEquals("/Page")) {
        removed.thumbnail = drop(d, "/Thumb", apply) || removed.thumbnail;
    }
    // Annotations: a comment's /T is its author; a form field's /T is its name.
    if (d.hasKey("/Subtype") && d.hasKey("/Rect")) {
        const bool widget = d.getKey("/Subtype").isNameAndEquals("/Widget");
        const bool author = !widget && drop(d, "/T", apply);
        const bool modified = drop(d, "/M", apply);
        const bool created = drop(d, "/CreationDate", apply);
        removed.annotations = author || modified || created || removed.annotations;
        if (d.getKey("/Subtype").isNameAndEquals("/FileAttachment")) {
            removed.embeddedFiles = drop(d, "/FS", apply) || removed.embeddedFiles;
        }
    }
}

// Everything but the page content that can say who, where, when or with what: found on
// every object, and removed when apply.
void scrub(QPDF& pdf, const std::vector<QPDFObjectHandle>& objects, RemovedPdfMetadata& removed,
           bool apply) {
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (info.isDictionary()) {
        for (const std::string& key : info.getKeys()) {
            removed.info.push_back(key.substr(1));
            // Emptied in place as well: another object may refer to it.
            if (apply) {
                info.removeKey(key);
            }
        }
    }
    if (apply) {
        // Only /Root is needed: /Info goes, /ID (the original file's, which some
        // programs derive from a MAC address or a path) is made anew, as is the rest.
        for (const std::string& key : trailer.getKeys()) {
            if (key != "/Root" && key != "/Size") {
                trailer.removeKey(key);
            }
        }
    }
    QPDFObjectHandle names = pdf.getRoot().getKey("/Names");
    removed.embeddedFiles = drop(names, "/EmbeddedFiles", apply) || removed.embeddedFiles;
    for (QPDFObjectHandle object : objects) {
        eachDictionary(dictionaryOf(object), 0,
                       [&](QPDFObjectHandle d) { scrubDictionary(d, removed, apply); });
        if (object.isStream()) {
            removed.imageMetadata = stripImageMetadata(object, apply) || removed.imageMetadata;
        }
    }
}

}  // namespace

bool looksLikePdf(std::span<const std::uint8_t> file) {
    const std::string_view head(reinterpret_cast<const char*>(file.data()),
                                std::min(file.size(), kPdfHeaderWindow));
    return head.find("%PDF-") != std::string_view::npos;
}

namespace {
// Room for what the rewrite may add (a new /ID, a new cross-reference table) beyond the
// original's length, so that the result does not move when it is a little longer.
constexpr std::size_t kSlackBytes = 64 * 1024;
// Beyond any file intake takes (256 MiB): a length said by a file that grew since it was
// checked reserves no more than this.
constexpr std::size_t kMostReserved = std::size_t{512} << 20;

// What both entry points do; original gives the file's own bytes, kept whole only for a
// signed document, which is stored as it came.
StrippedPdf strip(const std::shared_ptr<InputSource>& source, std::size_t length,
                  const std::string& name,
                  const std::function<std::vector<std::uint8_t>()>& original) {
    StrippedPdf out;
    RemovedPdfMetadata& removed = out.removed;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processInputSource(source);
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        if (info.isDictionary()) {
            removed.author = textOf(info.getKey("/Author"));
            removed.creator = textOf(info.getKey("/Creator"));
            removed.producer = textOf(info.getKey("/Producer"));
        }
        const std::vector<QPDFObjectHandle> objects = pdf.getAllObjects();
        if (isDigitallySigned(pdf, objects)) {
            removed.signedDocument = true;
            scrub(pdf, objects, removed, false);
            removed.repaired = pdf.anyWarnings();
            out.bytes = original();
            return out;
        }
        scrub(pdf, objects, removed, true);
        // Written straight into the result: qpdf's own buffer would be a second copy. The
        // result is about as long as the file, and a vector left to grow would hold up to
        // three times that while it moves.
        out.bytes.reserve(std::min(length, kMostReserved) + kSlackBytes);
        Pl_Function sink("stripped", nullptr, [&out](unsigned char const* data, size_t size) {
            out.bytes.insert(out.bytes.end(), data, data + size);
        });
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&sink);
        // The ID from the content, not the clock: the same scan gives the same bytes, so a
        // re-import does not void the sign-off.
        writer.setDeterministicID(true);
        writer.setPreserveEncryption(false);
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.write();
        removed.stripped = true;
        removed.repaired = pdf.anyWarnings();
        return out;
    } catch (const AppError&) {
        throw;
    } catch (const std::exception& e) {
        throw AppError(ErrorKind::BadInput, "attachment_malformed",
                       Text("attachment_malformed").with("name", name).with("detail", e.what()));
    }
}
}  // namespace

StrippedPdf stripPdfMetadata(std::span<const std::uint8_t> file, const std::string& name) {
    // qpdf's Buffer over the caller's bytes, not a copy of them.
    Buffer view(const_cast<unsigned char*>(file.data()), file.size());
    return strip(std::make_shared<BufferInputSource>(name, &view), file.size(), name,
                 [file] { return std::vector<std::uint8_t>(file.begin(), file.end()); });
}

StrippedPdf stripPdfMetadata(std::FILE* file, const std::string& name) {
    struct stat status {};
    const std::size_t length =
        ::fstat(::fileno(file), &status) == 0 ? static_cast<std::size_t>(status.st_size) : 0;
    return strip(
        std::make_shared<FileInputSource>(name.c_str(), file, false), length, name, [file, &name] {
            std::vector<std::uint8_t> bytes;
            std::rewind(file);
            std::uint8_t piece[64 * 1024];
            std::size_t n = 0;
            while ((n = std::fread(piece, 1, sizeof piece, file)) > 0) {
                bytes.insert(bytes.end(), piece, piece + n);
            }
            if (std::ferror(file)) {
                throw AppError(
                    ErrorKind::BadInput, "input_unreadable",
                    Text("io_read_failed").with("path", name).with("reason", std::strerror(errno)));
            }
            return bytes;
        });
}

}  // namespace baosong::app::intake
