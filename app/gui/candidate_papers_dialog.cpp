#include "candidate_papers_dialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "pdf_pages.h"

namespace baosong::gui {

CandidatePapersDialog::CandidatePapersDialog(const app::CandidatePapers& papers, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("candidatePapers"));
    setWindowTitle(tr("%1 的推荐表与盖章版").arg(QString::fromStdString(papers.name)));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("papersTabs"));
    form_ = new PdfPages(tabs_);
    form_->setObjectName(QStringLiteral("formPages"));
    form_->setPdf(QByteArray::fromStdString(papers.formPdf));
    stamped_ = new PdfPages(tabs_);
    stamped_->setObjectName(QStringLiteral("stampedPages"));
    if (papers.stamped) {
        stamped_->setPdf(QByteArray(reinterpret_cast<const char*>(papers.stamped->data()),
                                    static_cast<qsizetype>(papers.stamped->size())));
    } else {
        stamped_->setMessage(
            tr("报送包中没有这名候选人的盖章版推荐表（按格式 1 报送，或接收时尚未保存文件）。"
               "请向报送单位索取。"));
    }
    tabs_->addTab(form_, tr("推荐表（含推荐单位意见）"));
    tabs_->addTab(stamped_, tr("单位盖章版扫描件"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    resize(900, 760);
}

}  // namespace baosong::gui
