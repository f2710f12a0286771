#pragma once
// Where the reviewer's sign-off stands, in one sentence for the desktop app (the review tab
// and the overview say the same): a void sign-off is named as void, with the change that
// voided it and when, never shown as if no one had signed (review_voiding.h).

#include <QCoreApplication>
#include <QString>

#include "core/review_workflow.h"

namespace baosong::gui {

class SignOffWords {
    Q_DECLARE_TR_FUNCTIONS(SignOffWords)
  public:
    static QString of(const app::SignOffStatus& status);
};

}  // namespace baosong::gui
