#include "long_text_edit.h"

#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include "category_names.h"
#include "policy/chinese_text.h"
#include "scan_highlighter.h"
#include "words.h"

namespace baosong::gui {

LongTextEdit::LongTextEdit(const policy::Scanner& scanner, QWidget* parent) : QWidget(parent) {
    edit_ = new QPlainTextEdit(this);
    edit_->setTabChangesFocus(true);  // Tab moves on: full keyboard navigation
    edit_->setMinimumHeight(120);
    edit_->viewport()->installEventFilter(this);
    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("counter"));
    counter_->setAlignment(Qt::AlignRight);
    highlighter_ = new ScanHighlighter(scanner, edit_->document());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(counter_);
    setFocusProxy(edit_);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        if (!loading_) {
            emit edited(edit_->toPlainText());
        }
    });
    updateCounter();
}

void LongTextEdit::setLimits(int min, int max) {
    min_ = min;
    max_ = max;
    updateCounter();
}

void LongTextEdit::setPlainText(const QString& text) {
    if (text == edit_->toPlainText()) {
        return;
    }
    loading_ = true;
    edit_->setPlainText(text);
    loading_ = false;
}

QString LongTextEdit::plainText() const {
    return edit_->toPlainText();
}

int LongTextEdit::characters() const {
    return static_cast<int>(policy::countCharacters(edit_->toPlainText().toStdString()));
}

void LongTextEdit::updateCounter() {
    const int n = characters();
    QString text;
    if (min_ > 0 && max_ > 0) {
        text = tr("%1 字（要求 %2–%3 字）").arg(n).arg(min_).arg(max_);
    } else if (max_ > 0) {
        text = tr("%1 / %2 字").arg(n).arg(max_);
    } else {
        text = tr("%1 字").arg(n);
    }
    const bool outside = (min_ > 0 && n < min_) || (max_ > 0 && n > max_);
    counter_->setText(text);
    counter_->setStyleSheet(outside ? QStringLiteral("color: #b00020") : QString());
}

bool LongTextEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int position = edit_->cursorForPosition(help->pos()).position();
        const auto flags = highlighter_->flagsAt(position);
        if (flags.empty()) {
            QToolTip::hideText();
        } else {
            QString tip;
            for (const auto& f : flags) {
                tip += QStringLiteral("<b>%1</b>：%2<br>").arg(categoryName(f.category), saidIn(f));
            }
            tip += tr("保密审查员须放行、替换或删除此处后才能导出。");
            QToolTip::showText(help->globalPos(), tip, edit_);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace baosong::gui
