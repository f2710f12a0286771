#pragma once
// Slow work (Argon2id, drawing documents, sealing) runs off the GUI thread so the window
// keeps painting; the result, or the exception, comes back on the GUI thread. The caller
// disables what could touch the same vault until then.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace baosong::gui {

// How many background jobs are still running: locking waits for none, because a job may
// be using the vault that locking closes.
inline std::atomic<int>& backgroundJobs() {
    static std::atomic<int> running{0};
    return running;
}

template <class T>
struct BackgroundOutcome {
    std::optional<T> value;
    std::exception_ptr error;
};

// done or failed runs on owner's thread; neither runs when owner is gone by then.
template <class T>
void runInBackground(QObject* owner, std::function<T()> work, std::function<void(T)> done,
                     std::function<void(std::exception_ptr)> failed) {
    using Outcome = std::shared_ptr<BackgroundOutcome<T>>;
    auto* watcher = new QFutureWatcher<Outcome>(owner);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, owner,
                     [watcher, done = std::move(done), failed = std::move(failed)] {
                         Outcome outcome = watcher->result();
                         watcher->deleteLater();
                         if (outcome->error) {
                             failed(outcome->error);
                         } else {
                             done(std::move(*outcome->value));
                         }
                     });
    ++backgroundJobs();
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] {
        struct Done {
            ~Done() { --backgroundJobs(); }
        } finished;
        auto outcome = std::make_shared<BackgroundOutcome<T>>();
        try {
            outcome->value.emplace(work());
        } catch (...) {
            outcome->error = std::current_exception();
        }
        return outcome;
    }));
}

}  // namespace baosong::gui
