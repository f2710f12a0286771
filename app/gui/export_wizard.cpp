#include "export_wizard.h"

#include <QAbstractButton>

#include "export_checks_page.h"
#include "export_destination_page.h"
#include "export_documents_page.h"
#include "export_progress_page.h"
#include "export_result_page.h"
#include "export_signoff_page.h"

namespace baosong::gui {

ExportWizard::ExportWizard(SubmissionDraft& draft, QWidget* parent)
    : QWizard(parent), draft_(draft) {
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("导出报送包"));
    setAccessibleName(tr("导出报送包向导"));
    // Nothing to go back to once the bundle is written, and nothing left to cancel.
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< 上一步(&B)"));
    setButtonText(QWizard::NextButton, tr("下一步(&N) >"));
    setButtonText(QWizard::CommitButton, tr("封装报送包(&S)"));
    setButtonText(QWizard::FinishButton, tr("完成(&F)"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    const std::pair<WizardButton, const char*> names[] = {{BackButton, "back"},
                                                          {NextButton, "next"},
                                                          {CommitButton, "commit"},
                                                          {FinishButton, "finish"},
                                                          {CancelButton, "cancel"}};
    for (const auto& [which, name] : names) {
        button(which)->setObjectName(QString::fromLatin1(name));
        button(which)->setAccessibleName(buttonText(which).remove(QLatin1Char('&')));
    }
    setPage(ChecksPage, new ExportChecksPage(*this));
    setPage(DocumentsPage, new ExportDocumentsPage(*this));
    setPage(SignOffPage, new ExportSignOffPage(*this));
    setPage(DestinationPage, new ExportDestinationPage(*this));
    setPage(ProgressPage, new ExportProgressPage(*this));
    setPage(ResultPage, new ExportResultPage(*this));
    setStartId(ChecksPage);
    resize(720, 560);
}

void ExportWizard::setSealed(app::SealResult result) {
    sealed_ = std::move(result);
    emit bundleSealed();
}

void ExportWizard::setBusy(bool busy) {
    busy_ = busy;
    for (const WizardButton which :
         {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        if (busy) {
            button(which)->setEnabled(false);
        }
    }
    if (!busy) {
        // QWizard enables Back, Next and Finish again when the page reports completeChanged.
        button(CancelButton)->setEnabled(true);
    }
}

void ExportWizard::reject() {
    if (!busy_) {
        QWizard::reject();
    }
}

}  // namespace baosong::gui
