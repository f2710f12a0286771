#pragma once
// A PDF shown as its pages, drawn by poppler one under another in a scroll area: a stamped
// scan (盖章版) or a 推荐表 is read as it will be printed before anyone approves or decides
// on it. At most kMaxPages pages are drawn, so that a file of thousands of pages cannot
// hold the window; the rest are named, not hidden.

#include <QByteArray>
#include <QRectF>
#include <QScrollArea>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace baosong::gui {

class PdfPages : public QScrollArea {
    Q_OBJECT
  public:
    static constexpr int kMaxPages = 30;

    explicit PdfPages(QWidget* parent = nullptr);

    // Draws the pages of pdf in place of what was shown; false, with the reason shown in
    // place of the pages, when poppler cannot read it or it is locked with a password.
    bool setPdf(const QByteArray& pdf);
    // Shows text (a reason there is nothing to draw) in place of the pages.
    void setMessage(const QString& text);

    int pagesInFile() const { return pagesInFile_; }
    int pagesDrawn() const { return pagesDrawn_; }

    // Outlines a box (fractions of the page, from its top left) on a drawn page (1-based)
    // in red, where the scanner found words (scanner.md "Files"); false when that page is
    // not drawn. markedBox gives the outline in the page's pixels.
    bool markBox(int page, const QRectF& fraction);
    // Scrolls so the box on that page is in view.
    void showBox(int page, const QRectF& fraction);

  private:
    void clearPages();
    QRect pixelsOf(int page, const QRectF& fraction) const;

    std::vector<QLabel*> pageLabels_;  // by page, nullptr for one that could not be drawn

    QWidget* sheet_;
    QVBoxLayout* column_;
    int pagesInFile_ = 0;
    int pagesDrawn_ = 0;
};

}  // namespace baosong::gui
