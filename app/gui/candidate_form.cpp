#include "candidate_form.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "attachment_list.h"
#include "core/field_label.h"
#include "long_text_edit.h"
#include "photo_panel.h"
#include "policy/chinese_text.h"
#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QFormLayout* group(QVBoxLayout* page, const QString& title, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    page->addWidget(box);
    return form;
}

// The notice's five 推荐领域 (附件1), the values spec/submission.md stores.
const char* const kAreas[] = {QT_TRANSLATE_NOOP("baosong::gui::CandidateForm", "面向世界科技前沿"),
                              QT_TRANSLATE_NOOP("baosong::gui::CandidateForm", "面向经济主战场"),
                              QT_TRANSLATE_NOOP("baosong::gui::CandidateForm", "面向国家重大需求"),
                              QT_TRANSLATE_NOOP("baosong::gui::CandidateForm", "面向人民生命健康"),
                              QT_TRANSLATE_NOOP("baosong::gui::CandidateForm", "社会服务")};
}  // namespace

CandidateForm::CandidateForm(SubmissionDraft& draft, const policy::Scanner& scanner,
                             QWidget* parent)
    : QScrollArea(parent), draft_(draft), scanner_(scanner) {
    setWidgetResizable(true);
    setAccessibleName(tr("推荐表"));
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);

    QFormLayout* basic = group(column, tr("一、基本情况"), page);
    textField(basic, tr("姓名"), "name", &policy::Candidate::name);
    choiceField(basic, tr("性别"), "gender", &policy::Candidate::gender,
                {{tr("（请选择）"), {}},
                 {tr("男"), QStringLiteral("男")},
                 {tr("女"), QStringLiteral("女")}},
                false);
    textField(basic, tr("民族"), "ethnicity", &policy::Candidate::ethnicity,
              tr("如：汉族、蒙古族"));
    textField(basic, tr("出生年月"), "birth", &policy::Candidate::birth, tr("年-月，如 1980-01"));
    textField(basic, tr("籍贯"), "native_place", &policy::Candidate::nativePlace);
    choiceField(basic, tr("政治面貌"), "political_status", &policy::Candidate::politicalStatus,
                {{QString(), {}},
                 {tr("中共党员"), QStringLiteral("中共党员")},
                 {tr("中共预备党员"), QStringLiteral("中共预备党员")},
                 {tr("共青团员"), QStringLiteral("共青团员")},
                 {tr("民主党派"), QStringLiteral("民主党派")},
                 {tr("无党派人士"), QStringLiteral("无党派人士")},
                 {tr("群众"), QStringLiteral("群众")}},
                true);
    choiceField(basic, tr("学历"), "education", &policy::Candidate::education,
                {{QString(), {}},
                 {tr("研究生"), QStringLiteral("研究生")},
                 {tr("大学本科"), QStringLiteral("大学本科")},
                 {tr("大学专科"), QStringLiteral("大学专科")},
                 {tr("中专"), QStringLiteral("中专")}},
                true);
    textField(basic, tr("学位"), "degree", &policy::Candidate::degree);
    textField(basic, tr("毕业院校"), "school", &policy::Candidate::school);
    textField(basic, tr("所学专业"), "major", &policy::Candidate::major);
    textField(basic, tr("工作单位"), "employer", &policy::Candidate::employer);
    textField(basic, tr("职务"), "position", &policy::Candidate::position);
    textField(basic, tr("专业技术职务"), "title", &policy::Candidate::title,
              tr("写明具体职称，如“研究员”，不写“高级”"));

    QFormLayout* contact = group(column, tr("二、联系方式"), page);
    textField(contact, tr("办公电话"), "office_phone", &policy::Candidate::officePhone,
              tr("区号-号码，如 0471-6385020"));
    textField(contact, tr("手机"), "mobile", &policy::Candidate::mobile);
    textField(contact, tr("电子邮箱"), "email", &policy::Candidate::email);
    textField(contact, tr("通讯地址"), "address", &policy::Candidate::address);
    textField(contact, tr("邮编"), "postcode", &policy::Candidate::postcode);

    QFormLayout* field = group(column, tr("三、推荐领域与专业"), page);
    buildAreas(field);
    textField(field, tr("学科领域"), "discipline", &policy::Candidate::discipline);
    textField(field, tr("专业专长"), "specialty", &policy::Candidate::specialty);

    QFormLayout* identity = group(column, tr("四、身份与曾获荣誉"), page);
    choiceField(identity, tr("人员身份"), "identity", &policy::Candidate::identity,
                {{tr("一线科技工作者"), QStringLiteral("staff")},
                 {tr("现役军人"), QStringLiteral("active_military")},
                 {tr("公务员"), QStringLiteral("civil_servant")},
                 {tr("参照公务员法管理人员"), QStringLiteral("civil_servant_managed")},
                 {tr("科协专职工作人员"), QStringLiteral("kexie_fulltime")}},
                false);
    buildHonors(identity);

    QFormLayout* history = group(column, tr("五、学习工作经历"), page);
    buildHistory(history);

    QFormLayout* deeds = group(column, tr("六、主要事迹"), page);
    LongTextEdit* deedsEdit = longField(deeds, tr("主要事迹"), "deeds", &policy::Candidate::deeds);
    if (const policy::RuleSet* rules = draft_.rules()) {
        deedsEdit->setLimits(rules->deedsMin, rules->deedsMax);
    }

    QFormLayout* stories = group(column, tr("七、感人故事"), page);
    buildStories(stories);

    QFormLayout* photos = group(column, tr("八、照片与附件"), page);
    photos_ = new PhotoPanel(draft_, page);
    addField(photos, tr("照片"), "photo", photos_, nullptr);
    auto* lifeProblem = new QLabel(page);
    lifeProblem->setWordWrap(true);
    lifeProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    lifeProblem->setVisible(false);
    photos->addRow(lifeProblem);
    fields_["life_photos"] = {photos_, lifeProblem, nullptr};
    attachments_ = new AttachmentList(draft_, page);
    addField(photos, tr("附件"), "attachments", attachments_, nullptr);

    QFormLayout* opinions = group(column, tr("九、承诺与意见"), page);
    auto* declaration = new QCheckBox(tr("候选人已签字承诺所填内容真实"), page);
    addField(opinions, tr("本人承诺"), "declaration_signed", declaration,
             [declaration](const policy::Candidate& c) {
                 declaration->setChecked(c.declarationSigned);
             });
    connect(declaration, &QCheckBox::toggled, this,
            [this](bool on) { change([on](policy::Candidate& c) { c.declarationSigned = on; }); });
    longField(opinions, tr("所在单位意见"), "unit_opinion", &policy::Candidate::unitOpinion);
    longField(opinions, tr("推荐单位意见"), "recommender_opinion",
              &policy::Candidate::recommenderOpinion);
    column->addStretch(1);
    setWidget(page);

    connect(&draft_, &SubmissionDraft::checked, this, &CandidateForm::showFindings);
    connect(&draft_.shownFindings(), &ShownFindings::changed, this, &CandidateForm::showFindings);
    // A field the officer leaves shows its findings from then on (shown_findings.h). Tied to
    // the draft's ShownFindings, so it ends with the draft too: a window destroys its draft
    // before the form, and the form's fields lose focus as the window goes.
    focusWatch_ = connect(
        qApp, &QApplication::focusChanged, &draft_.shownFindings(), [this](QWidget* old, QWidget*) {
            if (old == nullptr || index_ < 0) {
                return;
            }
            for (const auto& [key, f] : fields_) {
                if (f.editor != nullptr && (f.editor == old || f.editor->isAncestorOf(old))) {
                    draft_.shownFindings().reveal(static_cast<std::size_t>(index_), key);
                }
            }
        });
    connect(&draft_, &SubmissionDraft::reloaded, this, [this] { showCandidate(index_); });
    showCandidate(-1);
}

CandidateForm::~CandidateForm() {
    disconnect(focusWatch_);
}

QWidget* CandidateForm::addField(QFormLayout* form, const QString& label, const std::string& key,
                                 QWidget* editor,
                                 std::function<void(const policy::Candidate&)> load) {
    editor->setObjectName(q(key));
    editor->setAccessibleName(label);
    auto* cell = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* problem = new QLabel(cell);
    problem->setObjectName(q(key) + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->setVisible(false);
    layout->addWidget(problem);
    auto* labelWidget = new QLabel(label + tr("："), form->parentWidget());
    labelWidget->setBuddy(editor);
    form->addRow(labelWidget, cell);
    fields_[key] = {editor, problem, std::move(load)};
    return editor;
}

QLineEdit* CandidateForm::textField(QFormLayout* form, const QString& label, const std::string& key,
                                    std::string policy::Candidate::*member, const QString& hint) {
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setPlaceholderText(hint);
    edit->setMaxLength(4000);
    addField(form, label, key, edit, [edit, member](const policy::Candidate& c) {
        if (edit->text() != q(c.*member)) {
            edit->setText(q(c.*member));
        }
    });
    connect(edit, &QLineEdit::textEdited, this, [this, member](const QString& text) {
        change([&](policy::Candidate& c) { c.*member = text.toStdString(); });
    });
    return edit;
}

QComboBox* CandidateForm::choiceField(QFormLayout* form, const QString& label,
                                      const std::string& key,
                                      std::string policy::Candidate::*member,
                                      const std::vector<std::pair<QString, QString>>& choices,
                                      bool editable) {
    auto* combo = new QComboBox(form->parentWidget());
    combo->setEditable(editable);
    for (const auto& [text, value] : choices) {
        combo->addItem(text, value);
    }
    addField(form, label, key, combo, [combo, member, editable](const policy::Candidate& c) {
        const int at = combo->findData(q(c.*member));
        if (at >= 0) {
            combo->setCurrentIndex(at);
        } else if (editable) {
            combo->setEditText(q(c.*member));
        }
    });
    const auto store = [this, combo, member] {
        if (loading_) {
            return;
        }
        const int at = combo->findText(combo->currentText());
        const QString value = at >= 0 ? combo->itemData(at).toString() : combo->currentText();
        change([&](policy::Candidate& c) { c.*member = value.toStdString(); });
    };
    connect(combo, &QComboBox::currentIndexChanged, this, store);
    if (editable) {
        connect(combo, &QComboBox::editTextChanged, this, store);
    }
    return combo;
}

LongTextEdit* CandidateForm::longField(QFormLayout* form, const QString& label,
                                       const std::string& key,
                                       std::string policy::Candidate::*member) {
    auto* edit = new LongTextEdit(scanner_, form->parentWidget());
    edit->editor()->setAccessibleName(label);
    addField(form, label, key, edit,
             [edit, member](const policy::Candidate& c) { edit->setPlainText(q(c.*member)); });
    connect(edit, &LongTextEdit::edited, this, [this, member](const QString& text) {
        change([&](policy::Candidate& c) { c.*member = text.toStdString(); });
    });
    return edit;
}

void CandidateForm::buildAreas(QFormLayout* form) {
    auto* box = new QWidget(form->parentWidget());
    // Two to a row: the five areas in one row would not fit a narrow window in English.
    auto* layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const char* area : kAreas) {
        auto* check = new QCheckBox(tr(area), box);
        check->setProperty("area", QString::fromUtf8(area));
        const int at = static_cast<int>(areas_.size());
        layout->addWidget(check, at / 2, at % 2);
        areas_.push_back(check);
        connect(check, &QCheckBox::toggled, this, [this] {
            std::vector<std::string> chosen;
            for (QCheckBox* c : areas_) {
                if (c->isChecked()) {
                    chosen.push_back(c->property("area").toString().toStdString());
                }
            }
            change([&](policy::Candidate& c) { c.areas = chosen; });
        });
    }
    addField(form, tr("推荐领域"), "areas", box, [this](const policy::Candidate& c) {
        for (QCheckBox* check : areas_) {
            const std::string area = check->property("area").toString().toStdString();
            check->setChecked(std::find(c.areas.begin(), c.areas.end(), area) != c.areas.end());
        }
    });
}

void CandidateForm::buildHonors(QFormLayout* form) {
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, bool policy::Honors::*> flags[] = {
        {tr("曾获国家级荣誉表彰"), &policy::Honors::national},
        {tr("曾获中宣部“最美”系列称号"), &policy::Honors::zuimeiNational},
        {tr("已获内蒙古“最美科技工作者”称号"), &policy::Honors::zuimeiNmg}};
    std::vector<std::pair<QCheckBox*, bool policy::Honors::*>> checks;
    for (const auto& [text, member] : flags) {
        auto* check = new QCheckBox(text, box);
        layout->addWidget(check);
        checks.emplace_back(check, member);
        connect(check, &QCheckBox::toggled, this, [this, member = member](bool on) {
            change([&](policy::Candidate& c) { c.honors.*member = on; });
        });
    }
    auto* notes = new QLineEdit(box);
    notes->setObjectName(QStringLiteral("honorsNotes"));
    notes->setAccessibleName(tr("荣誉说明"));
    notes->setPlaceholderText(tr("何时获得何种荣誉"));
    layout->addWidget(notes);
    connect(notes, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](policy::Candidate& c) { c.honors.notes = text.toStdString(); });
    });
    addField(form, tr("曾获荣誉"), "honors", box, [checks, notes](const policy::Candidate& c) {
        for (const auto& [check, member] : checks) {
            check->setChecked(c.honors.*member);
        }
        notes->setText(q(c.honors.notes));
    });
}

void CandidateForm::buildHistory(QFormLayout* form) {
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    history_ = new QTableWidget(0, 4, box);
    history_->setHorizontalHeaderLabels(
        {tr("起始年月"), tr("截止年月（或“至今”）"), tr("单位"), tr("工作内容")});
    history_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    history_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    history_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    history_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    history_->setMinimumHeight(160);
    history_->setAccessibleName(tr("学习工作经历"));
    history_->setTabKeyNavigation(false);
    auto* add = new QPushButton(tr("添加一行"), box);
    add->setObjectName(QStringLiteral("addHistory"));
    auto* remove = new QPushButton(tr("删除所选行"), box);
    remove->setObjectName(QStringLiteral("removeHistory"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(history_);
    layout->addLayout(buttons);
    connect(history_, &QTableWidget::cellChanged, this, [this] {
        if (!loading_) {
            historyEdited();
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        change([](policy::Candidate& c) { c.history.emplace_back(); });
        load();
        history_->setCurrentCell(history_->rowCount() - 1, 0);
        history_->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = history_->currentRow();
        if (row < 0) {
            return;
        }
        change([row](policy::Candidate& c) { c.history.erase(c.history.begin() + row); });
        load();
    });
    addField(form, tr("经历"), "history", box, [this](const policy::Candidate& c) {
        history_->setRowCount(static_cast<int>(c.history.size()));
        for (int r = 0; r < history_->rowCount(); ++r) {
            const policy::HistoryEntry& h = c.history[static_cast<std::size_t>(r)];
            const std::string* values[] = {&h.from, &h.to, &h.unit, &h.work};
            for (int col = 0; col < 4; ++col) {
                history_->setItem(r, col, new QTableWidgetItem(q(*values[col])));
            }
        }
    });
}

void CandidateForm::historyEdited() {
    std::vector<policy::HistoryEntry> rows;
    for (int r = 0; r < history_->rowCount(); ++r) {
        const auto cell = [&](int col) {
            const QTableWidgetItem* item = history_->item(r, col);
            return item == nullptr ? std::string() : item->text().trimmed().toStdString();
        };
        rows.push_back({cell(0), cell(1), cell(2), cell(3)});
    }
    change([&](policy::Candidate& c) { c.history = rows; });
}

void CandidateForm::buildStories(QFormLayout* form) {
    const policy::RuleSet* rules = draft_.rules();
    const int count = rules != nullptr && rules->storiesMax > 0 ? rules->storiesMax : 2;
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < count; ++k) {
        auto* edit = new LongTextEdit(scanner_, box);
        edit->setObjectName(QStringLiteral("story%1").arg(k + 1));
        // Named as everywhere else (core/field_label.h): 感人故事一, 感人故事二 …
        const QString name = words(app::storyLabel(static_cast<std::size_t>(k)));
        edit->editor()->setAccessibleName(name);
        layout->addWidget(
            new QLabel(k == 0 ? tr("%1：").arg(name) : tr("%1（可不填）：").arg(name), box));
        layout->addWidget(edit);
        stories_.push_back(edit);
        connect(edit, &LongTextEdit::edited, this, [this] {
            std::vector<std::string> texts;
            for (LongTextEdit* e : stories_) {
                if (!e->plainText().trimmed().isEmpty()) {
                    texts.push_back(e->plainText().toStdString());
                }
            }
            change([&](policy::Candidate& c) { c.stories = texts; });
        });
    }
    storiesTotal_ = new QLabel(box);
    storiesTotal_->setObjectName(QStringLiteral("storiesTotal"));
    layout->addWidget(storiesTotal_);
    addField(form, tr("感人故事"), "stories", box, [this](const policy::Candidate& c) {
        for (std::size_t k = 0; k < stories_.size(); ++k) {
            stories_[k]->setPlainText(k < c.stories.size() ? q(c.stories[k]) : QString());
        }
    });
}

void CandidateForm::change(const std::function<void(policy::Candidate&)>& edit) {
    if (loading_ || index_ < 0) {
        return;
    }
    const auto index = static_cast<std::size_t>(index_);
    draft_.edit([&](policy::Submission& s) { edit(s.candidates.at(index)); });
    if (storiesTotal_ != nullptr) {
        int total = 0;
        for (LongTextEdit* e : stories_) {
            total += e->characters();
        }
        const policy::RuleSet* rules = draft_.rules();
        const int max = rules != nullptr ? rules->storiesTotalMax : 0;
        storiesTotal_->setText(tr("合计 %1 / %2 字").arg(total).arg(max));
        storiesTotal_->setStyleSheet(max > 0 && total > max ? QStringLiteral("color: #b00020")
                                                            : QString());
    }
}

void CandidateForm::showCandidate(int index) {
    const bool valid =
        index >= 0 && static_cast<std::size_t>(index) < draft_.submission().candidates.size();
    index_ = valid ? index : -1;
    widget()->setEnabled(valid);
    load();
    photos_->showCandidate(index_);
    attachments_->showCandidate(index_);
    showFindings();
}

void CandidateForm::load() {
    if (index_ < 0) {
        return;
    }
    loading_ = true;
    const policy::Candidate& c = draft_.submission().candidates[static_cast<std::size_t>(index_)];
    for (auto& [key, f] : fields_) {
        if (f.load) {
            f.load(c);
        }
    }
    loading_ = false;
    change([](policy::Candidate&) {});  // refreshes the stories total; no change to the data
}

void CandidateForm::showFindings() {
    std::map<std::string, QString> problems;
    for (const policy::Finding& f : draft_.report().findings) {
        if (index_ >= 0 && f.candidate == static_cast<std::size_t>(index_) &&
            draft_.shownFindings().shows(f)) {
            QString& text = problems[formFieldOf(f.field)];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + saidIn(f);
        }
    }
    for (auto& [key, f] : fields_) {
        const auto it = problems.find(key);
        const bool bad = it != problems.end();
        f.problem->setVisible(bad);
        f.problem->setText(bad ? it->second : QString());
        if (f.editor != nullptr && key != "life_photos") {
            f.editor->setProperty("invalid", bad);
            f.editor->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b00020;") : QString());
        }
    }
}

QWidget* CandidateForm::fieldWidget(const std::string& key) const {
    const auto it = fields_.find(key);
    return it == fields_.end() ? nullptr : it->second.editor;
}

QString CandidateForm::fieldProblem(const std::string& key) const {
    const auto it = fields_.find(key);
    return it == fields_.end() || it->second.problem->isHidden() ? QString()
                                                                 : it->second.problem->text();
}

bool CandidateForm::focusField(const std::string& field) {
    const std::string key = formFieldOf(field);
    const auto it = fields_.find(key);
    if (it == fields_.end()) {
        return false;
    }
    QWidget* editor = it->second.editor;
    if (key == "history" && field.size() > key.size()) {
        const int row = std::atoi(field.c_str() + key.size() + 1);
        const std::string part =
            field.substr(field.find('.') == std::string::npos ? field.size() : field.find('.') + 1);
        const int col = part == "to" ? 1 : part == "unit" ? 2 : part == "work" ? 3 : 0;
        history_->setCurrentCell(row, col);
        editor = history_;
    } else if (key == "stories" && field.size() > key.size()) {
        const auto k = static_cast<std::size_t>(std::atoi(field.c_str() + key.size() + 1));
        if (k < stories_.size()) {
            editor = stories_[k];
        }
    }
    ensureWidgetVisible(editor, 50, 80);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

}  // namespace baosong::gui
