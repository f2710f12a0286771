#pragma once
// An XML part of a package, walked with expat, and the same part written back with
// elements, attributes or text taken out. Names are kept as the part spells them
// (prefix:local, no namespace processing), so a part written back declares the same
// namespaces it came with. A document type declaration is refused: OOXML parts never carry
// one, and it is the door to entity expansion. XML comments are dropped on writing: they
// are no content of a Word or Excel file, but could carry words out unseen.

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baosong::app::ooxml {

using XmlAttributes = std::vector<std::pair<std::string, std::string>>;

// Text written into XML, the one escaping of every XML part baosong writes: & < > " and '
// as entities, the control characters XML 1.0 does not allow dropped, and in an attribute
// tab, line feed and carriage return as character references.
enum class XmlPlace { Text, Attribute };
void appendEscaped(std::string& out, std::string_view text, XmlPlace place);

// "w:t" → "t"; a name without a prefix is its own local name.
std::string_view localName(std::string_view name);

struct XmlVisitor {
    std::function<void(const std::string& name, const XmlAttributes& attributes)> start;
    std::function<void(const std::string& name)> end;
    std::function<void(std::string_view text)> text;
};

// Throws AppError (BadInput, "attachment_malformed") naming `file` and the part, with
// expat's reason and line, for XML that is not well-formed or carries a DOCTYPE.
void walkXml(std::string_view xml, const XmlVisitor& visitor, const std::string& file,
             const std::string& part);

// How a part is written back. For each element: drop it with everything inside, or keep it
// with its attributes edited in place (erase an attribute, change a value). Text inside an
// element for which blankText says so is written empty.
struct XmlEdit {
    std::function<bool(const std::string& name, XmlAttributes& attributes)> keep;
    std::function<bool(const std::string& name)> blankText;
};

// The part written back as UTF-8 with a standalone XML declaration. Throws as walkXml.
std::string rewriteXml(std::string_view xml, const XmlEdit& edit, const std::string& file,
                       const std::string& part);

}  // namespace baosong::app::ooxml
