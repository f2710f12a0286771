#include "sign_off_words.h"

#include <QLocale>

#include "core/review_voiding.h"

namespace baosong::gui {

QString SignOffWords::of(const app::SignOffStatus& s) {
    const QString reviewer = QString::fromStdString(s.reviewer);
    const QString signedAt = QString::fromStdString(s.signedAt);
    switch (s.state) {
        case app::SignOffStatus::State::None:
            return tr("尚未签署");
        case app::SignOffStatus::State::Holds:
            return tr("审查签署有效：%1 于 %2 签署，签署内容与现在将导出的文件逐一相同")
                .arg(reviewer, signedAt);
        case app::SignOffStatus::State::Void:
            break;
    }
    const bool english = QLocale().language() == QLocale::English;
    QString cause = QString::fromStdString(app::signOffVoidCause(s.voidedCause, english));
    if (!s.voidedAt.empty()) {
        cause += QStringLiteral(" (%1)").arg(QString::fromStdString(s.voidedAt));
    }
    return tr("【审查签署已失效】%1 于 %2 签署，其后%3；须重新审查并签署")
        .arg(reviewer, signedAt, cause);
}

}  // namespace baosong::gui
