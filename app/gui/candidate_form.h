#pragma once
// One candidate's 推荐表 (附件1) as a form grouped like the paper: 基本情况, 联系方式,
// 推荐领域, 身份与荣誉, 学习工作经历, 主要事迹, 感人故事, 照片, 承诺与意见. Every edit goes
// to the draft at once; when the policy engine answers, each field it names turns red with
// its Chinese reason underneath.

#include <QScrollArea>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "policy/submission.h"

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

class AttachmentList;
class LongTextEdit;
class PhotoPanel;
class SubmissionDraft;

class CandidateForm : public QScrollArea {
    Q_OBJECT
  public:
    CandidateForm(SubmissionDraft& draft, const policy::Scanner& scanner,
                  QWidget* parent = nullptr);
    ~CandidateForm() override;
    void showCandidate(int index);
    int candidate() const { return index_; }
    // Scrolls to the field a finding names ("history[2].from" → the history table) and
    // puts the cursor there. Returns false for a field the form does not show.
    bool focusField(const std::string& field);
    // The widget shown for a field's root key ("birth", "deeds", "stories" …).
    QWidget* fieldWidget(const std::string& key) const;
    // The reason shown under a field, "" when it is fine.
    QString fieldProblem(const std::string& key) const;

  private:
    // The application's focus changes, watched to learn which field the officer left; cut
    // before the form's fields go (its children lose focus as they are destroyed).
    QMetaObject::Connection focusWatch_;
    struct Field {
        QWidget* editor = nullptr;
        QLabel* problem = nullptr;
        std::function<void(const policy::Candidate&)> load;
    };
    QWidget* addField(QFormLayout* form, const QString& label, const std::string& key,
                      QWidget* editor, std::function<void(const policy::Candidate&)> load);
    QLineEdit* textField(QFormLayout* form, const QString& label, const std::string& key,
                         std::string policy::Candidate::*member, const QString& hint = {});
    QComboBox* choiceField(QFormLayout* form, const QString& label, const std::string& key,
                           std::string policy::Candidate::*member,
                           const std::vector<std::pair<QString, QString>>& choices, bool editable);
    LongTextEdit* longField(QFormLayout* form, const QString& label, const std::string& key,
                            std::string policy::Candidate::*member);
    void buildAreas(QFormLayout* form);
    void buildHonors(QFormLayout* form);
    void buildHistory(QFormLayout* form);
    void buildStories(QFormLayout* form);
    void change(const std::function<void(policy::Candidate&)>& edit);
    void historyEdited();
    void showFindings();
    void load();

    SubmissionDraft& draft_;
    const policy::Scanner& scanner_;
    int index_ = -1;
    bool loading_ = false;
    std::map<std::string, Field> fields_;
    std::vector<QCheckBox*> areas_;
    QTableWidget* history_ = nullptr;
    std::vector<LongTextEdit*> stories_;
    QLabel* storiesTotal_ = nullptr;
    PhotoPanel* photos_ = nullptr;
    AttachmentList* attachments_ = nullptr;
};

}  // namespace baosong::gui
