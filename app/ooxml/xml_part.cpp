#include "xml_part.h"

#include <expat.h>

#include <memory>

#include "base/app_error.h"

namespace baosong::app::ooxml {

namespace {
struct ParserFree {
    void operator()(XML_Parser parser) const noexcept { XML_ParserFree(parser); }
};

struct WalkState {
    const XmlVisitor* visitor;
    XML_Parser parser;
    bool doctype = false;
};

void onStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* state = static_cast<WalkState*>(data);
    XmlAttributes list;
    for (const XML_Char** a = attributes; *a != nullptr; a += 2) {
        list.emplace_back(a[0], a[1]);
    }
    if (state->visitor->start) {
        state->visitor->start(name, list);
    }
}

void onEnd(void* data, const XML_Char* name) {
    auto* state = static_cast<WalkState*>(data);
    if (state->visitor->end) {
        state->visitor->end(name);
    }
}

void onText(void* data, const XML_Char* text, int length) {
    auto* state = static_cast<WalkState*>(data);
    if (state->visitor->text) {
        state->visitor->text(std::string_view(text, static_cast<std::size_t>(length)));
    }
}

void onDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* state = static_cast<WalkState*>(data);
    state->doctype = true;
    XML_StopParser(state->parser, XML_FALSE);
}

}  // namespace

void appendEscaped(std::string& out, std::string_view text, XmlPlace place) {
    out.reserve(out.size() + text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            // An attribute's white space other than a space is normalised away by a reader
            // unless it is written as a reference (XML 1.0 §3.3.3).
            case '\t':
                out += place == XmlPlace::Attribute ? "&#9;" : "\t";
                break;
            case '\n':
                out += place == XmlPlace::Attribute ? "&#10;" : "\n";
                break;
            case '\r':
                out += place == XmlPlace::Attribute ? "&#13;" : "\r";
                break;
            default:
                // XML 1.0 has no other control character, even as a reference.
                if (static_cast<unsigned char>(c) >= 0x20) {
                    out += c;
                }
        }
    }
}

std::string_view localName(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void walkXml(std::string_view xml, const XmlVisitor& visitor, const std::string& file,
             const std::string& part) {
    std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate(nullptr));
    if (!parser) {
        throw std::bad_alloc();
    }
    WalkState state{&visitor, parser.get()};
    XML_SetUserData(parser.get(), &state);
    XML_SetElementHandler(parser.get(), onStart, onEnd);
    XML_SetCharacterDataHandler(parser.get(), onText);
    XML_SetStartDoctypeDeclHandler(parser.get(), onDoctype);
    // Parsed in slices: XML_Parse takes an int length.
    constexpr std::size_t kSlice = std::size_t{1} << 24;
    std::size_t at = 0;
    bool ok = true;
    do {
        const std::size_t n = std::min(kSlice, xml.size() - at);
        const bool last = at + n == xml.size();
        ok = XML_Parse(parser.get(), xml.data() + at, static_cast<int>(n),
                       last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
        at += n;
    } while (ok && at < xml.size());
    if (state.doctype) {
        throw AppError(ErrorKind::BadInput, "attachment_malformed",
                       Text("office_file_malformed")
                           .with("name", file)
                           .with("detail", Text("xml_doctype").with("part", part)));
    }
    if (!ok) {
        throw AppError(
            ErrorKind::BadInput, "attachment_malformed",
            Text("office_file_malformed")
                .with("name", file)
                .with("detail",
                      Text("xml_not_well_formed")
                          .with("part", part)
                          .with("line", std::to_string(XML_GetCurrentLineNumber(parser.get())))
                          .with("why", XML_ErrorString(XML_GetErrorCode(parser.get())))));
    }
}

std::string rewriteXml(std::string_view xml, const XmlEdit& edit, const std::string& file,
                       const std::string& part) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    int dropped = 0;          // depth inside a dropped element; 0 when writing
    bool startOpen = false;   // "<name attrs" written, ">" not yet: an empty element gets "/>"
    std::vector<bool> blank;  // per open written element: its text is written empty
    const auto closeStart = [&] {
        if (startOpen) {
            out += '>';
            startOpen = false;
        }
    };
    XmlVisitor visitor;
    visitor.start = [&](const std::string& name, const XmlAttributes& attributes) {
        if (dropped > 0) {
            ++dropped;
            return;
        }
        XmlAttributes kept = attributes;
        if (edit.keep && !edit.keep(name, kept)) {
            dropped = 1;
            return;
        }
        closeStart();
        out += '<';
        out += name;
        for (const auto& [key, value] : kept) {
            out += ' ';
            out += key;
            out += "=\"";
            appendEscaped(out, value, XmlPlace::Attribute);
            out += '"';
        }
        startOpen = true;
        blank.push_back((!blank.empty() && blank.back()) ||
                        (edit.blankText && edit.blankText(name)));
    };
    visitor.end = [&](const std::string& name) {
        if (dropped > 0) {
            --dropped;
            return;
        }
        if (startOpen) {
            out += "/>";
            startOpen = false;
        } else {
            out += "</";
            out += name;
            out += '>';
        }
        blank.pop_back();
    };
    visitor.text = [&](std::string_view text) {
        if (dropped > 0 || (!blank.empty() && blank.back())) {
            return;
        }
        closeStart();
        appendEscaped(out, text, XmlPlace::Text);
    };
    walkXml(xml, visitor, file, part);
    return out;
}

}  // namespace baosong::app::ooxml
