#include "review_page.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>
#include <utility>

#include "background_task.h"
#include "category_names.h"
#include "core/actor.h"
#include "core/field_label.h"
#include "core/form_files.h"
#include "core/key_fingerprint.h"
#include "error_text.h"
#include "item_viewer.h"
#include "passphrase_field.h"
#include "policy/scan/scan_rule_set.h"
#include "policy/scan/sentence_span.h"
#include "policy/scan/submission_scan.h"
#include "policy/utf8_codec.h"
#include "submission_draft.h"
#include "text_label.h"
#include "words.h"

namespace baosong::gui {

namespace {
constexpr int kIndexRole = Qt::UserRole;   // flags: index into ReviewState::flags, -1 else
constexpr int kIdRole = Qt::UserRole + 1;  // flag or item id, to keep the selection

QTreeWidget* listWidget(QWidget* parent, const char* name, const QString& accessible,
                        const QStringList& headers) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessible);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QString fromU32(const std::u32string& text, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
        policy::appendUtf8(out, text[i]);
    }
    return QString::fromStdString(out);
}

void selectRowWithId(QTreeWidget* list, const QString& id) {
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, kIdRole).toString() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            return;
        }
    }
}
}  // namespace

ReviewPage::ReviewPage(SubmissionDraft& draft, QWidget* parent) : QWidget(parent), draft_(draft) {
    // The reviewer's own passphrase: the vault passphrase alone cannot stand in for a review.
    passphrase_ = new PassphraseField(this);
    passphrase_->setObjectName(QStringLiteral("reviewerPassphrase"));
    passphrase_->setAccessibleName(tr("审查员口令"));
    passphrase_->setPlaceholderText(tr("审查员口令（不是保险库口令）"));
    unlock_ = new QPushButton(tr("解锁审查(&U)"), this);
    unlock_->setObjectName(QStringLiteral("reviewerUnlock"));
    unlock_->setAccessibleName(tr("用审查员口令解锁审查"));
    lock_ = new QPushButton(tr("结束审查"), this);
    lock_->setObjectName(QStringLiteral("reviewerLock"));
    lock_->setAccessibleName(tr("忘掉审查员密钥"));
    message_ = textLabel(this, "reviewerMessage", tr("审查提示"));
    summary_ = textLabel(this, "summary", tr("审查进度"));
    auto* reviewerRow = new QHBoxLayout;
    auto* passLabel = new QLabel(tr("审查员口令(&R)："), this);
    passLabel->setBuddy(passphrase_);
    reviewerRow->addWidget(passLabel);
    reviewerRow->addWidget(passphrase_, 1);
    reviewerRow->addWidget(unlock_);
    reviewerRow->addWidget(lock_);

    // Flags and their decisions.
    flags_ = listWidget(this, "flags", tr("涉密标记列表"),
                        {tr("候选人"), tr("字段"), tr("类别"), tr("标记文字"), tr("状态")});
    context_ = textLabel(this, "flagContext", tr("标记所在的句子"));
    context_->setTextFormat(Qt::RichText);
    context_->setMinimumHeight(48);
    decision_ = new QComboBox(this);
    decision_->setObjectName(QStringLiteral("decision"));
    decision_->setAccessibleName(tr("处理决定"));
    decision_->addItem(tr("放行：内容不涉密，原样保留"), static_cast<int>(app::Decision::Cleared));
    decision_->addItem(tr("替换：把标记文字换成替换词"), static_cast<int>(app::Decision::Redacted));
    decision_->addItem(tr("删除：删去标记所在的整句"), static_cast<int>(app::Decision::Removed));
    replacement_ = new QLineEdit(this);
    replacement_->setObjectName(QStringLiteral("replacement"));
    replacement_->setAccessibleName(tr("替换词"));
    note_ = new QLineEdit(this);
    note_->setObjectName(QStringLiteral("note"));
    note_->setAccessibleName(tr("处理理由"));
    note_->setPlaceholderText(tr("必填：为什么这样处理（记入审计，供国防科工办复核）"));
    resolve_ = new QPushButton(tr("记录决定(&D)"), this);
    resolve_->setObjectName(QStringLiteral("resolveFlag"));
    resolve_->setAccessibleName(tr("记录对所选标记的处理决定"));
    viewInFile_ = new QPushButton(tr("在文件中查看此处(&F)…"), this);
    viewInFile_->setObjectName(QStringLiteral("viewFlagInFile"));
    viewInFile_->setAccessibleName(tr("打开标记所在的文件，显示红框处"));
    viewInFile_->setVisible(false);
    auto* decide = new QFormLayout;
    decide->addRow(QString(), viewInFile_);
    decide->addRow(tr("决定："), decision_);
    decide->addRow(tr("替换词："), replacement_);
    decide->addRow(tr("理由："), note_);
    decide->addRow(QString(), resolve_);
    auto* flagBox = new QGroupBox(tr("涉密标记（已保存文本的扫描结果）"), this);
    auto* flagLayout = new QVBoxLayout(flagBox);
    flagLayout->addWidget(flags_, 1);
    flagLayout->addWidget(context_);
    flagLayout->addLayout(decide);

    // Photos and attachments.
    // The status before the long metadata summary, which takes what width is left (elided,
    // whole in its tooltip): at 1280×800 the status stays on screen.
    items_ = listWidget(this, "items", tr("照片与附件列表"),
                        {tr("类型"), tr("候选人"), tr("文件"), tr("状态"), tr("已清除的元数据")});
    items_->header()->setStretchLastSection(true);
    items_->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    items_->setTextElideMode(Qt::ElideRight);
    view_ = new QPushButton(tr("查看原尺寸(&V)…"), this);
    view_->setObjectName(QStringLiteral("viewItem"));
    view_->setAccessibleName(tr("按原尺寸查看所选文件"));
    approve_ = new QPushButton(tr("确认可以报送(&A)"), this);
    approve_->setObjectName(QStringLiteral("approveItem"));
    approve_->setAccessibleName(tr("确认所选文件可以报送"));
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(view_);
    itemButtons->addWidget(approve_);
    itemButtons->addStretch(1);
    auto* itemBox = new QGroupBox(tr("照片与附件（须先按原尺寸查看，再确认）"), this);
    auto* itemLayout = new QVBoxLayout(itemBox);
    itemLayout->addWidget(items_, 1);
    itemLayout->addLayout(itemButtons);

    // What will leave, and the sign-off over exactly that.
    payloadList_ = listWidget(this, "payload", tr("将要导出的文件"),
                              {tr("路径"), tr("大小（字节）"), tr("SHA-256（前 16 位）")});
    signOffState_ = textLabel(this, "signOffState", tr("审查签署状态"));
    signOff_ = new QPushButton(tr("签署保密审查(&S)"), this);
    signOff_->setObjectName(QStringLiteral("signOff"));
    signOff_->setAccessibleName(tr("对以上全部导出内容签署保密审查"));
    auto* signBox = new QGroupBox(tr("审查签署：签署的正是下列将要导出的文件"), this);
    auto* signLayout = new QVBoxLayout(signBox);
    signLayout->addWidget(payloadList_, 1);
    signLayout->addWidget(signOffState_);
    signLayout->addWidget(signOff_, 0, Qt::AlignLeft);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(itemBox);
    right->addWidget(signBox);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(flagBox);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(reviewerRow);
    layout->addWidget(message_);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);

    connect(unlock_, &QPushButton::clicked, this, &ReviewPage::unlockReviewer);
    connect(passphrase_, &QLineEdit::returnPressed, this, &ReviewPage::unlockReviewer);
    connect(lock_, &QPushButton::clicked, this, [this] {
        dropReviewerKey();
        setMessage(tr("审查员密钥已从内存中清除。"), false);
    });
    connect(flags_, &QTreeWidget::currentItemChanged, this, &ReviewPage::showFlag);
    connect(decision_, &QComboBox::currentIndexChanged, this, &ReviewPage::updateControls);
    connect(replacement_, &QLineEdit::textChanged, this, &ReviewPage::updateControls);
    connect(note_, &QLineEdit::textChanged, this, &ReviewPage::updateControls);
    connect(resolve_, &QPushButton::clicked, this, &ReviewPage::resolveCurrent);
    connect(viewInFile_, &QPushButton::clicked, this, &ReviewPage::viewFlagInFile);
    connect(items_, &QTreeWidget::currentItemChanged, this, &ReviewPage::updateControls);
    connect(items_, &QTreeWidget::itemActivated, this, &ReviewPage::viewCurrentItem);
    connect(view_, &QPushButton::clicked, this, &ReviewPage::viewCurrentItem);
    connect(approve_, &QPushButton::clicked, this, &ReviewPage::approveCurrent);
    connect(signOff_, &QPushButton::clicked, this, &ReviewPage::signOff);
    // The review reads the saved text: a save changes the flags, unsaved edits block
    // decisions that rewrite it (textChanged would make the window drop them).
    connect(&draft_, &SubmissionDraft::saved, this, &ReviewPage::refresh);
    connect(&draft_, &SubmissionDraft::changed, this, &ReviewPage::updateControls);

    refresh();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setMessage(const QString& text, bool problem) {
    message_->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    message_->setText(text);
}

QString ReviewPage::fileWhere(const policy::FlagLocation& at) {
    const QString path = QString::fromStdString(at.path);
    QString where = at.page > 0 ? tr("文件“%1”第 %2 页").arg(path).arg(at.page)
                                : tr("文件“%1”的 %2").arg(path, QString::fromStdString(at.part));
    return at.ocr ? where + tr("（文字识别）") : where;
}

QString ReviewPage::candidateName(const std::optional<int>& candidate) const {
    if (!candidate) {
        return tr("（推荐报告）");
    }
    return words(app::candidateLabel(draft_.submission(), static_cast<std::size_t>(*candidate)));
}

void ReviewPage::refresh() {
    app::Vault& vault = draft_.vault();
    try {
        state_ = app::reviewState(vault);
    } catch (...) {
        state_ = {};
        setMessage(errorText(std::current_exception()), true);
    }
    payload_.reset();
    signedOff_ = false;
    QString signState;
    QString voided;
    try {
        // Draws every document (about 0.1 s each): a few for one unit's submission.
        payload_ = app::payloadToSignOff(vault);
        if (payload_) {
            const app::SignOffStatus status = app::signOffStatus(vault, &*payload_);
            signedOff_ = status.state == app::SignOffStatus::State::Holds;
            signState = words(app::signOffStatusText(status));
            if (status.state == app::SignOffStatus::State::Void) {
                voided = signState;
            } else if (status.state == app::SignOffStatus::State::None) {
                signState = tr("尚未签署。全部标记处理完、全部文件确认后才能签署。");
            }
        } else {
            signState = tr("保险库中还没有保存的报送材料，无可签署的内容。");
        }
    } catch (...) {
        signState = errorText(std::current_exception());
    }
    signOffState_->setText(signState);
    fillFlags();
    fillItems();
    fillPayload();
    const int openFlags = static_cast<int>(state_.openFlags());
    const int unapproved = static_cast<int>(state_.unapprovedItems());
    summary_->setText(tr("待处理标记 %1 个，待确认文件 %2 个；审查签署：%3")
                          .arg(openFlags)
                          .arg(unapproved)
                          .arg(signedOff_         ? tr("有效")
                               : voided.isEmpty() ? tr("无")
                                                  : tr("【已失效】")));
    voidedSignOff_ = voided;
    updateControls();
    announce();
}

void ReviewPage::announce() {
    emit reviewChanged(static_cast<int>(state_.openFlags()),
                       static_cast<int>(state_.unapprovedItems()), signedOff_, voidedSignOff_);
}

void ReviewPage::fillFlags() {
    const QString keep = flags_->currentItem() != nullptr
                             ? flags_->currentItem()->data(0, kIdRole).toString()
                             : QString();
    const QSignalBlocker block(flags_);
    flags_->clear();
    for (std::size_t i = 0; i < state_.flags.size(); ++i) {
        const app::FlagReview& f = state_.flags[i];
        auto* row = new QTreeWidgetItem(flags_);
        row->setText(0, candidateName(f.flag.candidate));
        row->setText(1, f.flag.location ? fileWhere(*f.flag.location)
                                        : words(app::fieldLabel(f.flag.field)));
        row->setText(2, categoryName(f.flag.category));
        row->setText(3, QString::fromStdString(f.flag.text));
        row->setText(4, f.decision ? tr("已放行") : f.stale ? tr("已失效") : tr("待处理"));
        if (f.stale) {
            row->setToolTip(4, tr("放行后所在句子改过了，须重新决定"));
        }
        if (f.open()) {
            row->setForeground(4, QColor(0xb0, 0x00, 0x20));
        }
        row->setData(0, kIndexRole, static_cast<int>(i));
        row->setData(0, kIdRole, QString::fromStdString(f.flag.id));
    }
    for (const app::ReviewDecision& d : state_.redactions) {
        auto* row = new QTreeWidgetItem(flags_);
        row->setText(0, candidateName(d.candidate));
        row->setText(1, words(app::fieldLabel(d.field)));
        row->setText(2, categoryName(d.category));
        row->setText(3, d.decision == "redacted"
                            ? tr("%1 → %2").arg(QString::fromStdString(d.text),
                                                QString::fromStdString(d.replacement))
                            : QString::fromStdString(d.text));
        row->setText(4, d.decision == "redacted" ? tr("已替换") : tr("已删除"));
        row->setData(0, kIndexRole, -1);
        row->setData(0, kIdRole, QString::fromStdString(d.flagId));
    }
    selectRowWithId(flags_, keep);
    const app::FlagReview* current = currentFlag();
    const bool advance = std::exchange(nextOpenFlag_, false);
    if (current == nullptr || (advance && !current->open())) {
        // The one just decided is done: go on with the first flag still open.
        for (int i = 0; i < flags_->topLevelItemCount(); ++i) {
            const int index = flags_->topLevelItem(i)->data(0, kIndexRole).toInt();
            if (index >= 0 && state_.flags[static_cast<std::size_t>(index)].open()) {
                flags_->setCurrentItem(flags_->topLevelItem(i));
                break;
            }
        }
    }
    showFlag();
}

void ReviewPage::fillItems() {
    const QString keep = items_->currentItem() != nullptr
                             ? items_->currentItem()->data(0, kIdRole).toString()
                             : QString();
    const QSignalBlocker block(items_);
    items_->clear();
    for (const app::ReviewItem& item : state_.items) {
        auto* row = new QTreeWidgetItem(items_);
        row->setText(0, item.kind == "photo"     ? tr("照片")
                        : item.kind == "stamped" ? tr("盖章版")
                                                 : tr("附件"));
        // Everyone whose form uses it: a photo reused for a second candidate shows for both.
        QStringList people;
        for (const int candidate : item.candidates) {
            people << candidateName(candidate);
        }
        row->setText(1, people.isEmpty() ? tr("（汇总表、报告）") : people.join(tr("、")));
        row->setText(2, QString::fromStdString(item.path));
        row->setText(3, item.approved               ? tr("已确认")
                        : viewed_.contains(item.id) ? tr("已查看，待确认")
                                                    : tr("待查看"));
        const QString metadata = QString::fromStdString(item.metadataSummary(guiLanguage()));
        row->setText(4, metadata);
        row->setToolTip(4, metadata);
        row->setData(0, kIdRole, QString::fromStdString(item.id));
    }
    selectRowWithId(items_, keep);
}

void ReviewPage::fillPayload() {
    payloadList_->clear();
    if (!payload_) {
        return;
    }
    const QLocale locale;
    for (const app::PayloadFile& file : payload_->files) {
        auto* row = new QTreeWidgetItem(payloadList_);
        row->setText(0, QString::fromStdString(file.path));
        row->setText(1, locale.toString(static_cast<qulonglong>(file.size)));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, QString::fromStdString(file.sha256.substr(0, 16)));
        row->setToolTip(2, QString::fromStdString(file.sha256));
    }
}

const app::FlagReview* ReviewPage::currentFlag() const {
    const QTreeWidgetItem* row = flags_->currentItem();
    if (row == nullptr) {
        return nullptr;
    }
    const int index = row->data(0, kIndexRole).toInt();
    return index >= 0 && static_cast<std::size_t>(index) < state_.flags.size()
               ? &state_.flags[static_cast<std::size_t>(index)]
               : nullptr;
}

const app::ReviewItem* ReviewPage::currentItem() const {
    const QTreeWidgetItem* row = items_->currentItem();
    if (row == nullptr) {
        return nullptr;
    }
    const std::string id = row->data(0, kIdRole).toString().toStdString();
    for (const app::ReviewItem& item : state_.items) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

void ReviewPage::showFlag() {
    const app::FlagReview* review = currentFlag();
    if (review == nullptr) {
        const QTreeWidgetItem* row = flags_->currentItem();
        context_->setText(row != nullptr ? tr("已处理（文字已改），无需再决定。") : QString());
        replacement_->clear();
        updateControls();
        return;
    }
    const policy::ScanFlag& flag = review->flag;
    replacement_->setText(QString::fromStdString(flag.redaction));
    const QString heading =
        tr("<b>%1</b>：%2")
            .arg(categoryName(flag.category).toHtmlEscaped(), saidIn(flag).toHtmlEscaped());
    if (flag.location) {
        // Words of a file: shown where they stand, in the file; baosong does not rewrite
        // them, so the flag is cleared or the file is replaced.
        context_->setText(
            heading + QStringLiteral("<br>") +
            tr("在%1中：“%2”。baosong "
               "不改写文件：确认不涉密请放行，否则请修改原文件后重新导入，或从表中去掉该文件。")
                .arg(fileWhere(*flag.location).toHtmlEscaped(),
                     QString::fromStdString(flag.text).toHtmlEscaped()));
        decision_->setCurrentIndex(0);
        updateControls();
        return;
    }
    QString sentence;
    try {
        const std::string* field =
            policy::scannedField(draft_.submission(), {flag.candidate, flag.field});
        const std::u32string text = field != nullptr ? policy::decodeUtf8(*field) : U"";
        const std::u32string match = policy::decodeUtf8(flag.text);
        if (flag.end <= text.size() &&
            text.compare(flag.start, flag.end - flag.start, match) == 0) {
            const auto [from, to] = policy::sentenceAround(text, flag.start, flag.end);
            sentence = fromU32(text, from, flag.start).toHtmlEscaped() +
                       QStringLiteral("<span style='background-color:#ffd54f; font-weight:bold'>") +
                       fromU32(text, flag.start, flag.end).toHtmlEscaped() +
                       QStringLiteral("</span>") + fromU32(text, flag.end, to).toHtmlEscaped();
        }
    } catch (const std::exception&) {
        sentence.clear();  // text that does not decode: say so below
    }
    if (sentence.isEmpty()) {
        sentence = tr("（表单中的文字有未保存的修改，无法显示上下文）标记文字：%1")
                       .arg(QString::fromStdString(flag.text).toHtmlEscaped());
    }
    context_->setText(heading + QStringLiteral("<br>") + sentence);
    updateControls();
}

void ReviewPage::updateControls() {
    const bool unlocked = reviewerKey_.has_value() && !busy_;
    const bool dirty = draft_.dirty();
    passphrase_->setEnabled(!reviewerKey_ && !busy_);
    unlock_->setEnabled(!reviewerKey_ && !busy_);
    lock_->setVisible(reviewerKey_.has_value());

    const app::FlagReview* flag = currentFlag();
    const bool decidable = unlocked && !dirty && flag != nullptr;
    const auto decision = static_cast<app::Decision>(decision_->currentData().toInt());
    const bool inFile = flag != nullptr && flag->flag.location.has_value();
    viewInFile_->setVisible(inFile);
    viewInFile_->setEnabled(inFile && !busy_);
    // A file's words can only be cleared here (flag_in_file).
    decision_->setEnabled(decidable && !inFile);
    note_->setEnabled(decidable);
    replacement_->setEnabled(decidable && decision == app::Decision::Redacted);
    resolve_->setEnabled(
        decidable && !note_->text().trimmed().isEmpty() &&
        (decision != app::Decision::Redacted || !replacement_->text().trimmed().isEmpty()));

    const app::ReviewItem* item = currentItem();
    view_->setEnabled(item != nullptr && !busy_);
    approve_->setEnabled(unlocked && item != nullptr && !item->approved &&
                         viewed_.contains(item->id));
    approve_->setToolTip(item != nullptr && !viewed_.contains(item->id)
                             ? tr("请先按原尺寸查看这个文件")
                             : QString());

    signOff_->setEnabled(unlocked && !dirty && payload_.has_value() && !signedOff_ &&
                         state_.openFlags() == 0 && state_.unapprovedItems() == 0);
    const QString unsaved =
        tr("表单有未保存的修改：审查针对已保存的内容，请先保存再作决定或签署。");
    if (dirty && reviewerKey_) {
        setMessage(unsaved, true);
    } else if (message_->text() == unsaved) {
        setMessage(QString(), false);
    }
}

void ReviewPage::unlockReviewer() {
    if (reviewerKey_ || busy_) {
        return;
    }
    if (passphrase_->text().isEmpty()) {
        setMessage(tr("请输入审查员口令。"), true);
        passphrase_->setFocus();
        return;
    }
    auto secret = std::make_shared<crypto::SecretBuffer>(passphrase_->takeSecret());
    app::Vault* vault = &draft_.vault();
    const int attempt = unlockAttempt_;
    busy_ = true;
    updateControls();
    setMessage(tr("正在用 Argon2id 解开审查员密钥（有意放慢以抵御猜测）…"), false);
    runInBackground<app::ReviewerKey>(
        this, [vault, secret] { return app::unlockReviewerKey(*vault, *secret); },
        [this, attempt](app::ReviewerKey key) {
            busy_ = false;
            if (attempt == unlockAttempt_) {  // not locked meanwhile
                finishUnlock(std::move(key));
            } else {
                updateControls();
            }
        },
        [this](std::exception_ptr error) { failUnlock(error); });
}

void ReviewPage::finishUnlock(app::ReviewerKey key) {
    reviewerKey_.emplace(std::move(key));
    setMessage(tr("审查员已解锁（密钥指纹 %1）。每个决定都以审查员身份记入审计。")
                   .arg(QString::fromStdString(reviewerKey_->signingFingerprint().grouped)),
               false);
    updateControls();
    if (resolve_->isEnabled() || flags_->currentItem() != nullptr) {
        note_->setFocus();
    }
}

void ReviewPage::failUnlock(std::exception_ptr error) {
    busy_ = false;
    passphrase_->wipe();
    if (errorCode(error) == QLatin1String("reviewer_wrong_passphrase")) {
        setMessage(tr("审查员口令不正确，未解锁。请重新输入（这是审查员自己的口令，"
                      "不是保险库口令；注意大小写和输入法）。"),
                   true);
    } else {
        setMessage(errorText(error), true);
    }
    updateControls();
    passphrase_->setFocus();
}

void ReviewPage::dropReviewerKey() {
    ++unlockAttempt_;  // an unlock still running must not bring the key back
    reviewerKey_.reset();
    viewed_.clear();
    passphrase_->wipe();
    note_->clear();
    fillItems();
    updateControls();
}

void ReviewPage::resolveCurrent() {
    const app::FlagReview* flag = currentFlag();
    if (flag == nullptr || !reviewerKey_ || busy_ || draft_.dirty()) {
        return;
    }
    app::Resolution resolution;
    resolution.flagId = flag->flag.id;
    resolution.decision = static_cast<app::Decision>(decision_->currentData().toInt());
    if (resolution.decision == app::Decision::Redacted) {
        resolution.replacement = replacement_->text().trimmed().toStdString();
    }
    resolution.note = note_->text().trimmed().toStdString();
    const QString words = QString::fromStdString(flag->flag.text);
    try {
        app::resolveFlag(draft_.vault(), resolution, *reviewerKey_, app::actorFor("reviewer"));
    } catch (...) {
        setMessage(errorText(std::current_exception()), true);
        return;
    }
    note_->clear();
    decision_->setCurrentIndex(0);
    setMessage(resolution.decision == app::Decision::Cleared ? tr("已放行“%1”。").arg(words)
               : resolution.decision == app::Decision::Redacted
                   ? tr("已把“%1”替换为“%2”。")
                         .arg(words)
                         .arg(QString::fromStdString(*resolution.replacement))
                   : tr("已删除“%1”所在的句子。").arg(words),
               false);
    nextOpenFlag_ = true;
    // The decision is stored; what follows only shows it. The window's reload of the draft
    // runs inside this emit and may fail (a vault that no longer reads): no exception may
    // leave this slot (STYLE.md 5), so it is said on the page instead.
    try {
        if (resolution.decision != app::Decision::Cleared) {
            emit textChanged();  // the window reloads the draft before the page reads it
        }
        refresh();
    } catch (...) {
        setMessage(tr("决定已保存，但无法重新读取报送材料：") + errorText(std::current_exception()),
                   true);
    }
}

void ReviewPage::viewCurrentItem() {
    const app::ReviewItem* item = currentItem();
    if (item == nullptr || busy_) {
        return;
    }
    openViewer(*item, {});
}

void ReviewPage::viewFlagInFile() {
    const app::FlagReview* flag = currentFlag();
    if (flag == nullptr || !flag->flag.location || busy_) {
        return;
    }
    for (const app::ReviewItem& item : state_.items) {
        if (item.id == flag->flag.location->item) {
            openViewer(item, flag->flag.id);
            return;
        }
    }
}

void ReviewPage::openViewer(const app::ReviewItem& item, const std::string& focusFlag) {
    std::vector<std::uint8_t> bytes;
    try {
        bytes = app::storedFileBytes(draft_.vault(), item.path);
    } catch (...) {
        setMessage(errorText(std::current_exception()), true);
        return;
    }
    auto* viewer = new ItemViewer(item, bytes, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    std::vector<policy::ScanFlag> inFile;
    for (const app::FlagReview& f : state_.flags) {
        if (f.flag.location && f.flag.location->item == item.id) {
            inFile.push_back(f.flag);
        }
    }
    viewer->showFlags(inFile, focusFlag);
    const std::string id = item.id;
    connect(viewer, &QDialog::finished, this, [this, viewer, id] {
        if (viewer->shownInFull()) {
            viewed_.insert(id);
        }
        fillItems();
        updateControls();
    });
    viewer->open();
}

void ReviewPage::approveCurrent() {
    const app::ReviewItem* item = currentItem();
    if (item == nullptr || !reviewerKey_ || busy_ || !viewed_.contains(item->id)) {
        return;
    }
    const QString path = QString::fromStdString(item->path);
    try {
        app::approveItem(draft_.vault(), item->id, *reviewerKey_, app::actorFor("reviewer"));
    } catch (...) {
        setMessage(errorText(std::current_exception()), true);
        return;
    }
    setMessage(tr("已确认 %1 可以报送。").arg(path), false);
    refresh();
}

void ReviewPage::signOff() {
    if (!reviewerKey_ || busy_ || !signOff_->isEnabled()) {
        return;
    }
    try {
        app::signOffReview(draft_.vault(), *reviewerKey_, app::actorFor("reviewer"));
    } catch (...) {
        setMessage(errorText(std::current_exception()), true);
        return;
    }
    setMessage(tr("保密审查已签署：签署的是下列 %1 个文件。此后改变这些文件的改动会使签署失效。")
                   .arg(payload_ ? static_cast<int>(payload_->files.size()) : 0),
               false);
    refresh();
}

}  // namespace baosong::gui
