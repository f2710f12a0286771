#pragma once
// A long text of the form (主要事迹, 感人故事, opinions, the report): plain text with live
// scanner highlighting, the category on hover, and a counter against the notice's limits
// counted as the policy engine counts (characters, not bytes).

#include <QPlainTextEdit>

class QLabel;

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

class ScanHighlighter;

class LongTextEdit : public QWidget {
    Q_OBJECT
  public:
    LongTextEdit(const policy::Scanner& scanner, QWidget* parent = nullptr);
    // 0 for no limit. The counter turns red outside [min, max].
    void setLimits(int min, int max);
    void setPlainText(const QString& text);  // without emitting edited()
    QString plainText() const;
    QPlainTextEdit* editor() const { return edit_; }
    ScanHighlighter* highlighter() const { return highlighter_; }
    int characters() const;

  signals:
    void edited(const QString& text);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void updateCounter();
    QPlainTextEdit* edit_;
    QLabel* counter_;
    ScanHighlighter* highlighter_;
    int min_ = 0;
    int max_ = 0;
    bool loading_ = false;
};

}  // namespace baosong::gui
