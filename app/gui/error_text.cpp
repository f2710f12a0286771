#include "error_text.h"

#include <QMessageBox>

#include "base/app_error.h"
#include "core/error_report.h"
#include "words.h"

namespace baosong::gui {

QString errorText(std::exception_ptr error) {
    const app::AppError e = app::describeError(error);
    return words(e.text());
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
