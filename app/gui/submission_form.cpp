#include "submission_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "long_text_edit.h"
#include "submission_draft.h"

namespace baosong::gui {

SubmissionForm::SubmissionForm(SubmissionDraft& draft, const policy::Scanner& scanner,
                               QWidget* parent)
    : QWidget(parent), draft_(draft) {
    const auto line = [this](const char* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        return edit;
    };
    contactName_ = line("contactName", tr("联系人"));
    contactPhone_ = line("contactPhone", tr("联系电话"));
    contactEmail_ = line("contactEmail", tr("联系人邮箱"));
    date_ = line("date", tr("填报日期"));
    date_->setPlaceholderText(tr("年-月-日，如 2023-07-10"));
    revision_ = new QSpinBox(this);
    revision_->setObjectName(QStringLiteral("revision"));
    revision_->setAccessibleName(tr("版本号"));
    revision_->setRange(1, 999);
    report_ = new LongTextEdit(scanner, this);
    report_->setObjectName(QStringLiteral("report"));
    report_->editor()->setAccessibleName(tr("推荐工作情况报告"));

    auto* unit = new QGroupBox(tr("推荐单位"), this);
    auto* form = new QFormLayout(unit);
    form->addRow(tr("联系人："), contactName_);
    form->addRow(tr("联系电话："), contactPhone_);
    form->addRow(tr("电子邮箱："), contactEmail_);
    form->addRow(tr("填报日期："), date_);
    form->addRow(tr("版本号（重报时加一）："), revision_);
    auto* report = new QGroupBox(tr("推荐工作情况报告（推荐程序、公示情况等）"), this);
    auto* reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(report_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(unit);
    layout->addWidget(report, 1);

    const auto bind = [this](QLineEdit* edit, std::string* (*member)(policy::Submission&)) {
        connect(edit, &QLineEdit::textEdited, this, [this, member](const QString& text) {
            draft_.edit([&](policy::Submission& s) { *member(s) = text.toStdString(); });
        });
    };
    bind(contactName_, [](policy::Submission& s) { return &s.unit.contact.name; });
    bind(contactPhone_, [](policy::Submission& s) { return &s.unit.contact.phone; });
    bind(contactEmail_, [](policy::Submission& s) { return &s.unit.contact.email; });
    bind(date_, [](policy::Submission& s) { return &s.date; });
    connect(revision_, &QSpinBox::valueChanged, this, [this](int value) {
        if (!loading_) {
            draft_.edit([value](policy::Submission& s) { s.revision = value; });
        }
    });
    connect(report_, &LongTextEdit::edited, this, [this](const QString& text) {
        draft_.edit([&](policy::Submission& s) { s.report = text.toStdString(); });
    });
    connect(&draft_, &SubmissionDraft::reloaded, this, &SubmissionForm::load);
    load();
}

void SubmissionForm::load() {
    loading_ = true;
    const policy::Submission& s = draft_.submission();
    const auto set = [](QLineEdit* edit, const std::string& value) {
        if (edit->text() != QString::fromStdString(value)) {
            edit->setText(QString::fromStdString(value));
        }
    };
    set(contactName_, s.unit.contact.name);
    set(contactPhone_, s.unit.contact.phone);
    set(contactEmail_, s.unit.contact.email);
    set(date_, s.date);
    revision_->setValue(static_cast<int>(s.revision));
    report_->setPlainText(QString::fromStdString(s.report));
    loading_ = false;
}

bool SubmissionForm::focusField(const std::string& field) {
    QWidget* target = nullptr;
    if (field == "report") {
        target = report_;
    } else if (field == "date") {
        target = date_;
    } else if (field.starts_with("unit.contact")) {
        target = contactName_;
    } else if (field == "revision") {
        target = revision_;
    }
    if (target == nullptr) {
        return false;
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

}  // namespace baosong::gui
