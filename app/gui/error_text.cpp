#include "error_text.h"

#include <QLocale>
#include <QMessageBox>

#include "base/app_error.h"
#include "core/english_errors.h"
#include "core/error_report.h"

namespace baosong::gui {

QString errorText(std::exception_ptr error) {
    const app::AppError e = app::describeError(error);
    const QString chinese = QString::fromStdString(e.what());
    const char* english = app::englishErrorSentence(e.code().c_str());
    if (english != nullptr && QLocale().language() == QLocale::English) {
        return QString::fromUtf8(english) + QStringLiteral("\n\n") + chinese;
    }
    return chinese;
}

QString errorCode(std::exception_ptr error) {
    return QString::fromStdString(app::describeError(error).code());
}

void showError(QWidget* parent, const QString& title, std::exception_ptr error) {
    QMessageBox box(QMessageBox::Warning, title, errorText(error), QMessageBox::Ok, parent);
    const QString code = errorCode(error);
    if (!code.isEmpty()) {
        box.setInformativeText(QStringLiteral("(%1)").arg(code));
    }
    box.exec();
}

}  // namespace baosong::gui
