#include "office_metadata.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "base/app_error.h"
#include "ooxml/xml_part.h"
#include "ooxml/zip_package.h"

namespace baosong::app::intake {

namespace {
using ooxml::localName;
using ooxml::XmlAttributes;

bool isXmlPart(const std::string& name) {
    return name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".vml");
}

// Parts that go whole: what they hold is never content.
bool removedPart(const std::string& name, RemovedOfficeMetadata& removed) {
    if (name == "docProps/custom.xml") {
        removed.customProperties = true;
        return true;
    }
    if (name.starts_with("docProps/thumbnail")) {
        removed.thumbnail = true;
        return true;
    }
    if (name.find("/printerSettings/") != std::string::npos) {
        removed.printerSettings = true;
        return true;
    }
    return false;
}

// "word/_rels/document.xml.rels" and "media/image1.png" → "word/media/image1.png"
// (ECMA-376 Part 2, 9.3: targets are relative to the source part's folder).
std::string resolveTarget(const std::string& relsPart, std::string target) {
    if (target.starts_with('/')) {
        return target.substr(1);
    }
    std::string folder;
    if (const auto rels = relsPart.rfind("_rels/"); rels != std::string::npos) {
        folder = relsPart.substr(0, rels);
    }
    std::vector<std::string> segments;
    const std::string whole = folder + target;
    std::size_t at = 0;
    while (at <= whole.size()) {
        const auto slash = std::min(whole.find('/', at), whole.size());
        const std::string segment = whole.substr(at, slash - at);
        if (segment == "..") {
            if (!segments.empty()) {
                segments.pop_back();
            }
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        at = slash + 1;
    }
    std::string out;
    for (const std::string& s : segments) {
        out += (out.empty() ? "" : "/") + s;
    }
    return out;
}

// The properties a docProps part held, by local name, with their text.
std::vector<std::pair<std::string, std::string>> propertiesOf(const ooxml::PackagePart& part,
                                                              const std::string& path) {
    std::vector<std::pair<std::string, std::string>> found;
    int depth = 0;
    ooxml::XmlVisitor visitor;
    visitor.start = [&](const std::string& name, const XmlAttributes&) {
        if (++depth == 2) {
            found.emplace_back(std::string(localName(name)), "");
        }
    };
    visitor.end = [&](const std::string&) { --depth; };
    visitor.text = [&](std::string_view text) {
        if (depth >= 2 && !found.empty()) {
            found.back().second += text;
        }
    };
    ooxml::walkXml(part.data, visitor, path, part.name);
    return found;
}

bool blankValue(const std::string& value) {
    return std::all_of(value.begin(), value.end(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

// core.xml and app.xml keep their root element and nothing inside it.
std::string emptied(const ooxml::PackagePart& part, const std::string& path) {
    bool root = true;
    ooxml::XmlEdit edit;
    edit.keep = [&](const std::string&, XmlAttributes&) { return std::exchange(root, false); };
    return ooxml::rewriteXml(part.data, edit, path, part.name);
}

void takeProperties(const ooxml::PackagePart& part, const std::string& path,
                    RemovedOfficeMetadata& removed) {
    for (const auto& [name, value] : propertiesOf(part, path)) {
        if (blankValue(value)) {
            continue;
        }
        if (name == "Template") {
            removed.templatePath = true;
        }
        removed.properties.push_back(name);
        if (name == "creator") {
            removed.creator = value;
        } else if (name == "lastModifiedBy") {
            removed.lastModifiedBy = value;
        } else if (name == "Company") {
            removed.company = value;
        }
    }
}

void addPerson(RemovedOfficeMetadata& removed, const std::string& name) {
    if (!name.empty() &&
        std::find(removed.people.begin(), removed.people.end(), name) == removed.people.end()) {
        removed.people.push_back(name);
    }
}

// Every other XML part: authors, dates of authorship, rsids, paths and references to
// removed parts out; the rest as it was. Returns nullopt when nothing was to be removed.
std::optional<std::string> withoutTraces(const ooxml::PackagePart& part, const std::string& path,
                                         const std::set<std::string>& gone,
                                         RemovedOfficeMetadata& removed) {
    bool changed = false;
    const bool rels = part.name.ends_with(".rels");
    const bool contentTypes = part.name == "[Content_Types].xml";
    ooxml::XmlEdit edit;
    edit.keep = [&](const std::string& name, XmlAttributes& attributes) {
        const std::string_view local = localName(name);
        const auto value = [&](std::string_view key) -> const std::string* {
            for (const auto& [k, v] : attributes) {
                if (k == key) {
                    return &v;
                }
            }
            return nullptr;
        };
        if (rels && local == "Relationship") {
            // The template's path, often under the user's own folder (C:/Users/<name>/…).
            if (const std::string* type = value("Type");
                type && type->ends_with("/attachedTemplate")) {
                removed.templatePath = changed = true;
                return false;
            }
            const std::string* target = value("Target");
            const std::string* mode = value("TargetMode");
            if (target && !(mode && *mode == "External") &&
                gone.contains(resolveTarget(part.name, *target))) {
                changed = true;
                return false;
            }
        }
        if (contentTypes && local == "Override") {
            const std::string* partName = value("PartName");
            if (partName && gone.contains(resolveTarget("", *partName))) {
                changed = true;
                return false;
            }
        }
        // Word's settings: the rsid table, the template's path, the printer settings'
        // reference; Word 2013's presence of people (their account ids); Excel's folder of
        // the last save.
        if (local == "rsids") {
            removed.rsid = changed = true;
            return false;
        }
        if (local == "attachedTemplate") {
            removed.templatePath = changed = true;
            return false;
        }
        if (local == "printerSettings" || local == "presenceInfo") {
            changed = true;
            return false;
        }
        if (local == "absPath") {
            removed.filePath = changed = true;
            return false;
        }
        for (auto a = attributes.begin(); a != attributes.end();) {
            const std::string_view key = localName(a->first);
            const bool author =
                key == "author" || key == "initials" || (local == "person" && key == "displayName");
            if (author && !a->second.empty()) {
                if (key != "initials") {
                    addPerson(removed, a->second);
                }
                a->second.clear();
                removed.authors = changed = true;
                ++a;
                continue;
            }
            bool erase = false;
            if (key.starts_with("rsid")) {
                removed.rsid = erase = true;
            } else if ((a->first == "w:date" || key == "dateUtc") ||
                       (local == "person" && (key == "userId" || key == "providerId")) ||
                       (local == "fileSharing" && key == "userName")) {
                removed.authors = erase = true;
            } else if (local == "pageSetup" && a->first == "r:id") {
                erase = true;  // the printer settings part it named is gone
            }
            if (erase) {
                changed = true;
                a = attributes.erase(a);
            } else {
                ++a;
            }
        }
        return true;
    };
    // Excel's legacy comments name their authors as the text of <author>.
    const bool comments = part.name.starts_with("xl/comments");
    if (comments) {
        ooxml::XmlVisitor names;
        bool inAuthor = false;
        std::string author;
        names.start = [&](const std::string& name, const XmlAttributes&) {
            inAuthor = localName(name) == "author";
            author.clear();
        };
        names.text = [&](std::string_view text) {
            if (inAuthor) {
                author += text;
            }
        };
        names.end = [&](const std::string&) {
            if (inAuthor && !author.empty()) {
                addPerson(removed, author);
                removed.authors = changed = true;
            }
            inAuthor = false;
        };
        ooxml::walkXml(part.data, names, path, part.name);
        edit.blankText = [](const std::string& name) { return localName(name) == "author"; };
    }
    std::string out = ooxml::rewriteXml(part.data, edit, path, part.name);
    if (!changed) {
        return std::nullopt;
    }
    return out;
}

const char* formatOf(const std::vector<ooxml::PackagePart>& parts) {
    bool word = false;
    bool excel = false;
    for (const auto& part : parts) {
        if (part.name.ends_with("vbaProject.bin")) {
            return nullptr;  // macros: code that would run where the file is opened
        }
        word = word || part.name == "word/document.xml";
        excel = excel || part.name == "xl/workbook.xml";
    }
    return word ? "docx" : excel ? "xlsx" : nullptr;
}
}  // namespace

StrippedOffice stripOfficeMetadata(std::span<const std::uint8_t> file, const std::string& path) {
    std::vector<ooxml::PackagePart> parts = ooxml::readPackage(file, path);
    const char* format = formatOf(parts);
    if (format == nullptr) {
        throw AppError(ErrorKind::BadInput, "attachment_format_unsupported",
                       Text("attachment_format_unsupported")
                           .with("path", path)
                           .with("what", Text("format_other_package")));
    }
    StrippedOffice out;
    out.removed.format = format;
    std::set<std::string> gone;
    for (const auto& part : parts) {
        if (removedPart(part.name, out.removed)) {
            gone.insert(part.name);
        }
    }
    std::vector<std::string> rewritten(parts.size());
    std::vector<ooxml::PackagePartView> kept;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& part = parts[i];
        if (gone.contains(part.name)) {
            continue;
        }
        std::string_view data = part.data;
        if (part.name == "docProps/core.xml" || part.name == "docProps/app.xml") {
            takeProperties(part, path, out.removed);
            rewritten[i] = emptied(part, path);
            data = rewritten[i];
        } else if (isXmlPart(part.name)) {
            if (auto changed = withoutTraces(part, path, gone, out.removed)) {
                rewritten[i] = std::move(*changed);
                data = rewritten[i];
            }
        }
        kept.push_back({part.name, data});
    }
    const std::string zipped = ooxml::writePackage(kept);
    out.bytes.assign(zipped.begin(), zipped.end());
    return out;
}

}  // namespace baosong::app::intake
