#pragma once
// One photo or attachment of the review, shown as it will leave: a photo pixel
// for pixel in a scroll area, so that a detail in a corner (a screen, a sign, a part) is
// seen before the reviewer approves it; a PDF (a stamped scan, an attachment) page by page;
// any other attachment by name, size, SHA-256 and its first
// bytes, with the reminder that its content is checked on the printout. Both say what
// metadata import stripped, GPS position in plain words.

#include <QDialog>
#include <cstdint>
#include <vector>

#include "core/review_workflow.h"
#include "policy/scan/scan_flag.h"

class QLabel;
class QListWidget;
class QScrollArea;
class QShowEvent;
class QVBoxLayout;

namespace baosong::gui {

class PdfPages;

class ItemViewer : public QDialog {
    Q_OBJECT
  public:
    // bytes: the stored content of item.path (what the bag will carry).
    ItemViewer(const app::ReviewItem& item, const std::vector<std::uint8_t>& bytes,
               QWidget* parent = nullptr);

    // Whether the content was shown whole: a photo decoded and shown at full size, or an
    // attachment's facts. A photo that cannot be decoded is not, and cannot be approved here.
    bool shownInFull() const { return shownInFull_; }

    // The scanner's flags in this file's words (scanner.md "Files"), listed above the
    // picture; each one's box is outlined on the photo or its page, and choosing one in the
    // list scrolls to it. focus: the flag to show first ("" for the first).
    void showFlags(const std::vector<policy::ScanFlag>& flags, const std::string& focus = {});
    // How many boxes were outlined.
    int outlinedBoxes() const { return outlined_; }

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    // Draws a PDF's pages into layout; false (nothing added) when poppler cannot.
    bool showPdf(QVBoxLayout* layout, const std::vector<std::uint8_t>& bytes);
    void jumpTo(int row);

    bool shownInFull_ = false;
    QVBoxLayout* layout_ = nullptr;
    QLabel* picture_ = nullptr;  // a photo shown at full size
    QScrollArea* area_ = nullptr;
    PdfPages* pages_ = nullptr;  // a PDF's pages
    QListWidget* flagList_ = nullptr;
    std::vector<policy::ScanFlag> flags_;
    int outlined_ = 0;
    int pendingJump_ = -1;
};

}  // namespace baosong::gui
