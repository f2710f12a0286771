#pragma once
// Auto-lock: one application-wide filter sees every key press and mouse action (as
// KeePassXC's InactivityTimer); when none came for the interval, inactive() fires once.

#include <QObject>
#include <QTimer>

namespace baosong::gui {

class InactivityTimer : public QObject {
    Q_OBJECT
  public:
    explicit InactivityTimer(QObject* parent = nullptr);
    void setInterval(int milliseconds);
    void start();
    void stop();

  signals:
    void inactive();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QTimer timer_;
    bool active_ = false;
};

}  // namespace baosong::gui
