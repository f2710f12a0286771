#pragma once
// Reading the words of a file the officer chose (OCR of a photo or a scanned page can take
// seconds a page) off the GUI thread, in a dialog that names the file and the page and
// whose button cancels the reading. The words go with the file to the next save, which
// then waits for no OCR; a cancelled reading keeps nothing and the file is not added
// (scanner.md "Files": nothing is stored unread).

#include <QCoreApplication>
#include <QString>
#include <QWidget>
#include <optional>

#include "core/file_intake.h"
#include "core/submission_edit.h"

namespace baosong::gui {

class WordsReading {
    Q_DECLARE_TR_FUNCTIONS(baosong::gui::WordsReading)
  public:
    // The words of file as intake will store it as kind; nullopt with problem set when the
    // officer cancelled, the window was locked meanwhile, or intake refuses the file.
    static std::optional<app::WordsReadAhead> read(QWidget* parent,
                                                   policy::FileReference::Kind kind,
                                                   const app::NewFile& file,
                                                   const QString& shownName, QString& problem);
};

}  // namespace baosong::gui
