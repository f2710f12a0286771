#include "submission_draft.h"

#include <QFileInfo>

#include "core/error_report.h"
#include "core/form_files.h"
#include "core/signed_rules.h"
#include "core/submission_check.h"
#include "error_text.h"
#include "words_reading.h"

namespace baosong::gui {

SubmissionDraft::SubmissionDraft(app::Vault& vault, QObject* parent)
    : QObject(parent), vault_(vault) {
    checkTimer_.setSingleShot(true);
    checkTimer_.setInterval(250);
    connect(&checkTimer_, &QTimer::timeout, this, &SubmissionDraft::checkNow);
    reload();
}

void SubmissionDraft::reload() {
    submission_ = app::loadOrStartSubmission(vault_);
    saved_ = submission_;
    newFiles_.clear();
    photoFacts_.clear();
    shown_.clear();
    chooseRules();
    emit changed();
    emit reloaded();
    checkNow();
}

void SubmissionDraft::chooseRules() {
    try {
        rules_ = app::rulesForVault(vault_, submission_.campaign);
    } catch (const std::exception&) {
        rules_.reset();  // checkNow reports it
    }
}

void SubmissionDraft::refreshRules() {
    chooseRules();
    emit changed();
    checkNow();
}

void SubmissionDraft::edit(const std::function<void(policy::Submission&)>& change) {
    policy::Submission edited = submission_;
    change(edited);
    if (edited == submission_) {
        return;
    }
    submission_ = std::move(edited);
    emit changed();
    checkTimer_.start();
}

std::optional<std::string> SubmissionDraft::addChosenFile(const QString& file, QString& problem,
                                                          const FileChooser& choose,
                                                          policy::FileReference::Kind kind,
                                                          QWidget* parent) {
    auto read = readChosenFile(file, problem);
    if (!read) {
        return std::nullopt;
    }
    app::NewFile chosen;
    try {
        chosen = choose(std::move(*read), QFileInfo(file).fileName().toStdString());
    } catch (...) {
        problem = errorText(std::current_exception());
        return std::nullopt;
    }
    auto words = WordsReading::read(parent, kind, chosen, QFileInfo(file).fileName(), problem);
    if (!words) {
        return std::nullopt;
    }
    chosen.words = std::make_shared<const app::WordsReadAhead>(std::move(*words));
    std::string path = chosen.path;
    addFile(std::move(chosen));
    return path;
}

void SubmissionDraft::addFile(app::NewFile file) {
    std::erase_if(newFiles_, [&](const app::NewFile& f) { return f.path == file.path; });
    photoFacts_.erase(file.path);
    newFiles_.push_back(std::move(file));
}

std::vector<std::uint8_t> SubmissionDraft::fileBytes(const std::string& path) {
    for (const app::NewFile& f : newFiles_) {
        if (f.path == path) {
            return f.bytes;
        }
    }
    return app::findStoredFileBytes(vault_, path).value_or(std::vector<std::uint8_t>{});
}

void SubmissionDraft::save(const std::string& actor) {
    app::saveSubmission(vault_, submission_, newFiles_, actor);
    saved_ = submission_;
    newFiles_.clear();
    photoFacts_.clear();  // stored without their metadata: other bytes
    emit saved();
}

void SubmissionDraft::checkNow() {
    checkTimer_.stop();
    try {
        report_ = app::checkDraft(vault_, submission_, newFiles_, photoFacts_);
    } catch (...) {
        // A rule set that cannot be used is itself a finding the officer must see.
        const app::AppError error = app::describeError(std::current_exception());
        report_ = {};
        report_.findings.push_back({"RULES_UNAVAILABLE", policy::Severity::Error, std::nullopt, "",
                                    error.in(app::Language::Chinese),
                                    error.in(app::Language::English)});
    }
    emit checked();
}

}  // namespace baosong::gui
