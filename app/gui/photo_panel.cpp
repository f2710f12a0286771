#include "photo_panel.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "chosen_file.h"
#include "core/export_payload.h"
#include "core/form_files.h"
#include "error_text.h"
#include "policy/photo_facts.h"
#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

namespace {
QPixmap thumbnail(const std::vector<std::uint8_t>& bytes, int size) {
    const policy::PhotoFacts facts = policy::inspectPhoto(bytes);
    if (!facts.decoded || facts.oversized) {
        return {};  // never hand a picture the checker would not decode to another decoder
    }
    QImage image;
    image.loadFromData(bytes.data(), static_cast<int>(bytes.size()), "JPEG");
    return image.isNull() ? QPixmap()
                          : QPixmap::fromImage(image.scaled(size, size, Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
}

QString factsText(const policy::PhotoFacts& f) {
    if (!f.isJpeg) {
        return QCoreApplication::translate("PhotoPanel", "不是 JPEG 文件（通知要求 JPG 格式）");
    }
    if (f.oversized) {
        return QCoreApplication::translate("PhotoPanel", "像素数超出常理，未解码");
    }
    QString text = QCoreApplication::translate("PhotoPanel", "JPEG，%1 × %2 像素，%3 KB")
                       .arg(f.width)
                       .arg(f.height)
                       .arg(static_cast<double>(f.bytes) / 1024.0, 0, 'f', 0);
    if (f.blueBackground) {
        text += *f.blueBackground ? QCoreApplication::translate("PhotoPanel", "，蓝底")
                                  : QCoreApplication::translate("PhotoPanel", "，不是蓝底");
    }
    return text;
}
}  // namespace

PhotoPanel::PhotoPanel(SubmissionDraft& draft, QWidget* parent) : QWidget(parent), draft_(draft) {
    setAcceptDrops(true);
    idPreview_ = new QLabel(tr("（无证件照）"), this);
    idPreview_->setObjectName(QStringLiteral("idPhotoPreview"));
    idPreview_->setFixedSize(130, 170);
    idPreview_->setAlignment(Qt::AlignCenter);
    idPreview_->setFrameShape(QFrame::Box);
    chooseId_ = new QPushButton(tr("选择证件照…"), this);
    chooseId_->setObjectName(QStringLiteral("chooseIdPhoto"));
    life_ = new QListWidget(this);
    life_->setObjectName(QStringLiteral("lifePhotos"));
    life_->setAccessibleName(tr("生活照（可拖动排序）"));
    life_->setViewMode(QListView::IconMode);
    life_->setIconSize(QSize(120, 90));
    life_->setMovement(QListView::Snap);
    life_->setDragDropMode(QAbstractItemView::InternalMove);
    life_->setMinimumHeight(140);
    chooseLife_ = new QPushButton(tr("添加生活照…"), this);
    chooseLife_->setObjectName(QStringLiteral("chooseLifePhoto"));
    up_ = new QPushButton(tr("前移"), this);
    down_ = new QPushButton(tr("后移"), this);
    remove_ = new QPushButton(tr("移除所选"), this);
    remove_->setObjectName(QStringLiteral("removePhoto"));
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("photoDetails"));
    details_->setAccessibleName(tr("照片信息"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("photoRefusal"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* idColumn = new QVBoxLayout;
    idColumn->addWidget(idPreview_);
    idColumn->addWidget(chooseId_);
    auto* lifeButtons = new QHBoxLayout;
    lifeButtons->addWidget(chooseLife_);
    lifeButtons->addWidget(up_);
    lifeButtons->addWidget(down_);
    lifeButtons->addWidget(remove_);
    lifeButtons->addStretch(1);
    auto* lifeColumn = new QVBoxLayout;
    lifeColumn->addWidget(new QLabel(tr("生活照（拖入文件即可添加，拖动可排序）："), this));
    lifeColumn->addWidget(life_);
    lifeColumn->addLayout(lifeButtons);
    auto* top = new QHBoxLayout;
    top->addLayout(idColumn);
    top->addLayout(lifeColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(details_);
    layout->addWidget(problem_);

    const auto choose = [this](bool id) {
        const QString file =
            QFileDialog::getOpenFileName(this, id ? tr("选择证件照") : tr("添加生活照"), QString(),
                                         tr("JPEG 图片 (*.jpg *.jpeg)"));
        if (!file.isEmpty()) {
            addPhoto(file, id);
        }
    };
    connect(chooseId_, &QPushButton::clicked, this, [choose] { choose(true); });
    connect(chooseLife_, &QPushButton::clicked, this, [choose] { choose(false); });
    connect(up_, &QPushButton::clicked, this, [this] {
        const int row = life_->currentRow();
        if (row > 0) {
            moveLife(row, row - 1);
        }
    });
    connect(down_, &QPushButton::clicked, this, [this] {
        const int row = life_->currentRow();
        if (row >= 0 && row + 1 < life_->count()) {
            moveLife(row, row + 1);
        }
    });
    connect(remove_, &QPushButton::clicked, this, &PhotoPanel::removeSelected);
    connect(life_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (candidate_ >= 0 && row >= 0) {
            const auto& c = draft_.submission().candidates.at(static_cast<std::size_t>(candidate_));
            if (static_cast<std::size_t>(row) < c.lifePhotos.size()) {
                describe(c.lifePhotos[static_cast<std::size_t>(row)],
                         static_cast<std::size_t>(row));
            }
        }
    });
    connect(life_->model(), &QAbstractItemModel::rowsMoved, this, &PhotoPanel::lifeOrderChanged);
}

void PhotoPanel::showCandidate(int index) {
    candidate_ = index;
    problem_->clear();
    refresh();
}

void PhotoPanel::refresh() {
    life_->clear();
    details_->clear();
    const bool has = candidate_ >= 0 &&
                     static_cast<std::size_t>(candidate_) < draft_.submission().candidates.size();
    setEnabled(has);
    if (!has) {
        return;
    }
    const auto& c = draft_.submission().candidates[static_cast<std::size_t>(candidate_)];
    if (c.photo.empty()) {
        idPreview_->setPixmap({});
        idPreview_->setText(tr("（无证件照）"));
    } else {
        const QPixmap pixmap = thumbnail(draft_.fileBytes(c.photo), 160);
        idPreview_->setPixmap(pixmap);
        if (pixmap.isNull()) {
            idPreview_->setText(tr("（无法显示）"));
        }
        describe(c.photo, std::nullopt);
    }
    for (std::size_t i = 0; i < c.lifePhotos.size(); ++i) {
        auto* item = new QListWidgetItem(
            QIcon(thumbnail(draft_.fileBytes(c.lifePhotos[i]), 120)),
            QString::fromStdString(app::photoBagPath(c.name, i, c.lifePhotos[i])).section('/', 1),
            life_);
        item->setData(Qt::UserRole, QString::fromStdString(c.lifePhotos[i]));
    }
}

void PhotoPanel::describe(const std::string& path, std::optional<std::size_t> lifeIndex) {
    const auto& c = draft_.submission().candidates.at(static_cast<std::size_t>(candidate_));
    const std::vector<std::uint8_t> bytes = draft_.fileBytes(path);
    QString text = (lifeIndex ? tr("生活照 %1").arg(*lifeIndex + 1) : tr("证件照")) +
                   QStringLiteral("：") + factsText(policy::inspectPhoto(bytes));
    text += QStringLiteral("\n") +
            tr("报送包中的文件名：%1")
                .arg(QString::fromStdString(app::photoBagPath(c.name, lifeIndex, path)));
    // Chosen but unsaved: what saving will strip. Stored: what was stripped on intake.
    bool unsaved = false;
    for (const app::NewFile& f : draft_.newFiles()) {
        unsaved |= f.path == path;
    }
    if (unsaved) {
        try {
            text += QStringLiteral("\n") +
                    tr("元数据（保存进保险库时清除）：%1")
                        .arg(QString::fromStdString(
                            app::chosenPhotoMetadataSummary(bytes, guiLanguage())));
        } catch (...) {
            text += QStringLiteral("\n") + errorText(std::current_exception());
        }
    } else {
        text += QStringLiteral("\n") + tr("元数据（存入保险库时已清除）：%1")
                                           .arg(QString::fromStdString(app::storedMetadataSummary(
                                               draft_.vault(), path, guiLanguage())));
    }
    details_->setText(text);
}

bool PhotoPanel::addPhoto(const QString& file, bool idPhoto) {
    problem_->clear();
    if (candidate_ < 0) {
        return false;
    }
    QString problem;
    const std::optional<std::string> added = draft_.addChosenFile(
        file, problem, app::chosenPhoto, policy::FileReference::Kind::Photo, this);
    if (!added) {
        problem_->setText(problem);
        return false;
    }
    const std::string& path = *added;
    const auto index = static_cast<std::size_t>(candidate_);
    draft_.edit([&](policy::Submission& s) {
        auto& c = s.candidates.at(index);
        if (idPhoto) {
            c.photo = path;
        } else if (std::find(c.lifePhotos.begin(), c.lifePhotos.end(), path) ==
                   c.lifePhotos.end()) {
            c.lifePhotos.push_back(path);
        }
    });
    refresh();
    describe(path, idPhoto ? std::nullopt
                           : std::optional<std::size_t>(
                                 draft_.submission().candidates[index].lifePhotos.size() - 1));
    return true;
}

QString PhotoPanel::details() const {
    return details_->text();
}

void PhotoPanel::moveLife(int from, int to) {
    const auto index = static_cast<std::size_t>(candidate_);
    draft_.edit([&](policy::Submission& s) {
        auto& photos = s.candidates.at(index).lifePhotos;
        std::swap(photos.at(static_cast<std::size_t>(from)),
                  photos.at(static_cast<std::size_t>(to)));
    });
    refresh();
    life_->setCurrentRow(to);
}

void PhotoPanel::lifeOrderChanged() {
    std::vector<std::string> order;
    for (int i = 0; i < life_->count(); ++i) {
        order.push_back(life_->item(i)->data(Qt::UserRole).toString().toStdString());
    }
    const auto index = static_cast<std::size_t>(candidate_);
    draft_.edit([&](policy::Submission& s) { s.candidates.at(index).lifePhotos = order; });
    refresh();
}

void PhotoPanel::removeSelected() {
    const auto index = static_cast<std::size_t>(candidate_);
    const int row = life_->currentRow();
    draft_.edit([&](policy::Submission& s) {
        auto& c = s.candidates.at(index);
        if (row >= 0) {
            c.lifePhotos.erase(c.lifePhotos.begin() + row);
        } else {
            c.photo.clear();
        }
    });
    refresh();
}

void PhotoPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void PhotoPanel::dropEvent(QDropEvent* event) {
    // Dropped on the ID photo: the ID photo; anywhere else: life photos.
    const bool onId = idPreview_->geometry().contains(event->position().toPoint());
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            addPhoto(url.toLocalFile(), onId);
        }
    }
    event->acceptProposedAction();
}

}  // namespace baosong::gui
