#pragma once
// Which of the policy engine's findings the form shows under its fields. All of them, except
// for a candidate added in this session: a new, blank 推荐表 would open covered in some twenty
// red errors at once, so its fields show their findings once the officer has left them, or
// all of them once the officer asks (the findings panel counts the rest meanwhile).

#include <QObject>
#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "policy/submission_checker.h"

namespace baosong::gui {

class ShownFindings : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    // A candidate added now: its findings wait until their fields are left.
    void quiet(std::size_t candidate);
    // The officer left this field of the candidate ("history[2].unit" counts as "history").
    void reveal(std::size_t candidate, const std::string& field);
    // The officer asked for every finding of the candidate.
    void revealAll(std::size_t candidate);
    // The candidate at index was removed: the ones after it move up.
    void removed(std::size_t candidate);
    // Everything was read from the vault again: nothing is new any more.
    void clear();

    bool shows(const policy::Finding& finding) const;
    bool isQuiet(std::size_t candidate) const { return quiet_.contains(candidate); }

  signals:
    void changed();

  private:
    std::map<std::size_t, std::set<std::string>> quiet_;  // candidate → fields left so far
};

// "history[2].unit" → "history": the form's field a finding's key path belongs to.
std::string formFieldOf(const std::string& field);

}  // namespace baosong::gui
