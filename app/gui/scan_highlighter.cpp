#include "scan_highlighter.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextDocument>

#include "policy/scan/scanner.h"

namespace baosong::gui {

namespace {
struct BlockFlags : QTextBlockUserData {
    std::vector<BlockFlag> flags;
};

QColor colourOf(policy::FlagSeverity severity) {
    return severity == policy::FlagSeverity::Block ? QColor(0xc6, 0x28, 0x28)
                                                   : QColor(0xe6, 0x7e, 0x00);
}
}  // namespace

int utf16Offset(const QString& text, std::size_t codePoints) {
    int units = 0;
    for (std::size_t n = 0; n < codePoints && units < text.size(); ++n) {
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    }
    return units;
}

ScanHighlighter::ScanHighlighter(const policy::Scanner& scanner, QTextDocument* document)
    : QSyntaxHighlighter(document), scanner_(scanner) {}

void ScanHighlighter::highlightBlock(const QString& text) {
    auto* data = new BlockFlags;
    const QByteArray utf8 = text.toUtf8();
    std::vector<policy::ScanFlag> flags;
    try {
        flags = scanner_.scanField(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    } catch (const std::exception&) {
        flags.clear();  // QString always converts to valid UTF-8; nothing to show otherwise
    }
    for (policy::ScanFlag& f : flags) {
        BlockFlag b{utf16Offset(text, f.start), utf16Offset(text, f.end), std::move(f)};
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(colourOf(b.flag.severity));
        format.setBackground(QColor(0xff, 0xf3, 0xc4));
        setFormat(b.start, b.end - b.start, format);
        data->flags.push_back(std::move(b));
    }
    setCurrentBlockUserData(data);
}

std::vector<policy::ScanFlag> ScanHighlighter::flagsAt(int position) const {
    const QTextBlock block = document()->findBlock(position);
    const auto* data = dynamic_cast<const BlockFlags*>(block.userData());
    std::vector<policy::ScanFlag> out;
    if (data == nullptr) {
        return out;
    }
    const int inBlock = position - block.position();
    for (const BlockFlag& b : data->flags) {
        if (inBlock >= b.start && inBlock < b.end) {
            out.push_back(b.flag);
        }
    }
    return out;
}

int ScanHighlighter::flagCount() const {
    int n = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (const auto* data = dynamic_cast<const BlockFlags*>(b.userData())) {
            n += static_cast<int>(data->flags.size());
        }
    }
    return n;
}

}  // namespace baosong::gui
