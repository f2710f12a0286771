#include "words_reading.h"

#include <QEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <exception>
#include <functional>

#include "background_task.h"
#include "error_text.h"
#include "words.h"

namespace baosong::gui {

namespace {
// Hiding the dialog ends the reading as its button does: locking hides a modal dialog to
// end its event loop (app_controller.cpp).
class HideWatch : public QObject {
  public:
    explicit HideWatch(std::function<void()> hidden) : hidden_(std::move(hidden)) {}
    bool eventFilter(QObject*, QEvent* event) override {
        // Not when the window system hides it with its minimised window.
        if (event->type() == QEvent::Hide && !event->spontaneous()) {
            hidden_();
        }
        return false;
    }

  private:
    std::function<void()> hidden_;
};
}  // namespace

std::optional<app::WordsReadAhead> WordsReading::read(QWidget* parent,
                                                      policy::FileReference::Kind kind,
                                                      const app::NewFile& file,
                                                      const QString& shownName, QString& problem) {
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("wordsReading"));
    dialog.setWindowTitle(tr("读取附件中的文字"));
    dialog.setLabelText(tr("正在读取“%1”中的文字，以便保密审查扫描…").arg(shownName));
    dialog.setCancelButtonText(tr("取消"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 0);  // busy until the first page is known
    // Shown at once: while the reading runs, the form must take no input (a save, a
    // second file) and locking must find a modal dialog to end.
    dialog.setMinimumDuration(0);
    dialog.show();

    std::atomic<bool> cancelled{false};
    bool hidden = false;  // by locking (app_controller.cpp), which must not find it again
    app::extract::ReadProgress progress;
    progress.step = [&dialog, &cancelled, shownName](const std::string&, int page, int pages) {
        // Queued to the dialog: dropped if the dialog is gone by then.
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, &cancelled, shownName, page, pages] {
                if (cancelled) {
                    return;  // setValue would show a dialog that is cancelling again
                }
                dialog.setRange(0, pages);
                dialog.setValue(page - 1);
                dialog.setLabelText(
                    tr("正在读取“%1”中的文字：第 %2/%3 页").arg(shownName).arg(page).arg(pages));
            },
            Qt::QueuedConnection);
    };
    progress.cancelled = [&cancelled] { return cancelled.load(); };

    struct Outcome {
        std::optional<app::WordsReadAhead> words;
        std::exception_ptr error;
    };
    QEventLoop loop;
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    HideWatch hideWatch([&loop, &hidden] {
        hidden = true;
        loop.quit();
    });
    dialog.installEventFilter(&hideWatch);

    // Counted as a background job: locking waits for it rather than closing the window
    // under this event loop.
    ++backgroundJobs();
    struct Done {
        ~Done() { --backgroundJobs(); }
    } counted;
    watcher.setFuture(QtConcurrent::run([&file, kind, &progress] {
        Outcome outcome;
        try {
            outcome.words = app::readWordsAhead(kind, file.path, file.bytes, progress);
        } catch (...) {
            outcome.error = std::current_exception();
        }
        return outcome;
    }));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    // Cancelled or hidden, even if the reading finished meanwhile: the officer said no.
    const bool stopped = dialog.wasCanceled() || hidden;
    cancelled = stopped;
    dialog.removeEventFilter(&hideWatch);
    if (!watcher.isFinished()) {
        // The reading stops at its next check (between pages, inside Tesseract's
        // recognition) and throws read_cancelled. The window keeps painting meanwhile, the
        // dialog says so (unless locking hid it) and still takes no input.
        QObject::disconnect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        if (!hidden) {
            dialog.setLabelText(tr("正在取消…"));
            dialog.setCancelButton(nullptr);
            dialog.show();
        }
        loop.exec();
    }
    dialog.hide();
    if (stopped) {
        problem = words(app::Text("read_cancelled"));
        return std::nullopt;
    }
    Outcome outcome = watcher.result();
    if (outcome.error) {
        problem = errorText(outcome.error);
        return std::nullopt;
    }
    return std::move(outcome.words);
}

}  // namespace baosong::gui
