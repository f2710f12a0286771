#pragma once
// Live scanner highlighting: each paragraph is scanned again when it changes,
// only that paragraph (QSyntaxHighlighter calls per block), so typing stays instant in a
// long text; flagged spans get a wavy underline and keep their flags for the tooltip.

#include <QSyntaxHighlighter>
#include <vector>

#include "policy/scan/scan_flag.h"

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

struct BlockFlag {
    int start = 0;  // UTF-16 positions within the block, as Qt counts
    int end = 0;
    policy::ScanFlag flag;
};

class ScanHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
  public:
    ScanHighlighter(const policy::Scanner& scanner, QTextDocument* document);
    // The flags of the block holding position (in the document), covering it.
    std::vector<policy::ScanFlag> flagsAt(int position) const;
    int flagCount() const;

  protected:
    void highlightBlock(const QString& text) override;

  private:
    const policy::Scanner& scanner_;
};

// Maps a count of code points from the start of text to UTF-16 units (a character outside
// the BMP, such as 𠮷, is one code point but two units).
int utf16Offset(const QString& text, std::size_t codePoints);

}  // namespace baosong::gui
