#pragma once
// A PDF shown as its pages, drawn by poppler one under another in a scroll area: a stamped
// scan (盖章版) or a 推荐表 is read as it will be printed before anyone approves or decides
// on it. At most kMaxPages pages are drawn, so that a file of thousands of pages cannot
// hold the window; the rest are named, not hidden.

#include <QByteArray>
#include <QScrollArea>

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

  private:
    void clearPages();

    QWidget* sheet_;
    QVBoxLayout* column_;
    int pagesInFile_ = 0;
    int pagesDrawn_ = 0;
};

}  // namespace baosong::gui
