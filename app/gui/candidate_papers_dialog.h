#pragma once
// The office's look at one candidate's papers before it writes its opinion or decides
// (通知“三、(三)”: 国防科工办统一审核推荐): the 推荐表 as the set for 内蒙古科协 would carry
// it, with the opinion written so far, and the stamped scan the unit sent, page by page.

#include <QDialog>

#include "core/office_papers.h"

class QTabWidget;

namespace baosong::gui {

class PdfPages;

class CandidatePapersDialog : public QDialog {
    Q_OBJECT
  public:
    CandidatePapersDialog(const app::CandidatePapers& papers, QWidget* parent = nullptr);

    PdfPages* form() const { return form_; }
    PdfPages* stamped() const { return stamped_; }
    QTabWidget* tabs() const { return tabs_; }

  private:
    QTabWidget* tabs_;
    PdfPages* form_;
    PdfPages* stamped_;
};

}  // namespace baosong::gui
