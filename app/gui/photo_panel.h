#pragma once
// A candidate's photos: the ID photo and the life photos, chosen or dropped in,
// each shown with what the policy engine sees in its bytes, the metadata that will be
// stripped before it is stored (a GPS position said plainly), and the name it will have
// in the bundle (张三_证件照.jpg, 张三1.jpg …); life photos reorder by drag or buttons.

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace baosong::gui {

class SubmissionDraft;

class PhotoPanel : public QWidget {
    Q_OBJECT
  public:
    PhotoPanel(SubmissionDraft& draft, QWidget* parent = nullptr);
    void showCandidate(int index);
    // What choosing or dropping does; public for the keyboard path and tests. Returns
    // false (with the reason shown) when the file cannot be used.
    bool addPhoto(const QString& file, bool idPhoto);
    QString details() const;

  protected:
    void dragEnterEvent(class QDragEnterEvent* event) override;
    void dropEvent(class QDropEvent* event) override;

  private:
    void refresh();
    void describe(const std::string& path, std::optional<std::size_t> lifeIndex);
    void moveLife(int from, int to);
    void removeSelected();
    void lifeOrderChanged();

    SubmissionDraft& draft_;
    int candidate_ = -1;
    QLabel* idPreview_;
    QListWidget* life_;
    QLabel* details_;
    QLabel* problem_;
    QPushButton* chooseId_;
    QPushButton* chooseLife_;
    QPushButton* up_;
    QPushButton* down_;
    QPushButton* remove_;
};

}  // namespace baosong::gui
