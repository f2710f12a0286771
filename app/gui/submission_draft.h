#pragma once
// The submission as the officer edits it: the vault's document plus the photos chosen
// since the last save, checked by the policy engine a moment after each edit (every
// finding with its field), saved to the vault in one transaction on request and before
// the vault locks. Nothing of it is ever written anywhere but the vault.

#include <QObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

#include "chosen_file.h"
#include "core/submission_edit.h"
#include "core/vault_session.h"
#include "policy/rule_set.h"
#include "policy/submission.h"
#include "policy/submission_checker.h"
#include "shown_findings.h"

namespace baosong::gui {

class SubmissionDraft : public QObject {
    Q_OBJECT
  public:
    SubmissionDraft(app::Vault& vault, QObject* parent = nullptr);

    const policy::Submission& submission() const { return submission_; }
    const policy::CheckReport& report() const { return report_; }
    const std::vector<app::NewFile>& newFiles() const { return newFiles_; }
    // Unsaved: a value differs from the vault's, or a file was chosen. A value typed and
    // typed back, or a form filling its fields, is no change (nothing to save or to ask).
    bool dirty() const { return !newFiles_.empty() || submission_ != saved_; }
    // The campaign's rule set; nullptr when none can be used (the report says why).
    const policy::RuleSet* rules() const { return rules_ ? &*rules_ : nullptr; }
    app::Vault& vault() { return vault_; }
    // Which findings the form shows yet (a candidate added now shows them field by field).
    ShownFindings& shownFindings() { return shown_; }
    const ShownFindings& shownFindings() const { return shown_; }

    // Applies a change; changed() now, checked() after a short pause in typing; nothing
    // when the change leaves the submission as it was.
    void edit(const std::function<void(policy::Submission&)>& change);
    // A file chosen in the form, stored on the next save; replaces one of the same path.
    void addFile(app::NewFile file);
    // Reads a file the officer chose, passes it through choose (chosen_file.h), reads its
    // words as a file of kind in a dialog over parent that can cancel it (words_reading.h)
    // and adds it; its path in the vault, or nullopt with problem set.
    std::optional<std::string> addChosenFile(const QString& file, QString& problem,
                                             const FileChooser& choose,
                                             policy::FileReference::Kind kind, QWidget* parent);
    // The bytes of a path: chosen and unsaved, else the vault's; empty when neither.
    std::vector<std::uint8_t> fileBytes(const std::string& path);
    // Throws AppError as app::saveSubmission does; nothing changes then.
    void save(const std::string& actor);
    // Drops unsaved edits and reads the vault again (after a review changed the text).
    void reload();
    void checkNow();
    // The vault's rule set chosen again (after a signed update was imported), keeping
    // unsaved edits, and the draft checked under it.
    void refreshRules();

  signals:
    void changed();
    void checked();
    // The whole submission was read again: forms load every field anew.
    void reloaded();
    void saved();

  private:
    void chooseRules();
    app::Vault& vault_;
    policy::Submission submission_;
    policy::Submission saved_;  // as the vault holds it
    std::vector<app::NewFile> newFiles_;
    app::PhotoFactsCache photoFacts_;
    policy::CheckReport report_;
    std::optional<policy::RuleSet> rules_;
    QTimer checkTimer_;
    ShownFindings shown_;
};

}  // namespace baosong::gui
