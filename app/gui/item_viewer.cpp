#include "item_viewer.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "category_names.h"
#include "flag_outline.h"
#include "pdf_pages.h"
#include "text_label.h"
#include "words.h"

namespace baosong::gui {

namespace {
// The first bytes as a hex dump (offset, 16 bytes, their printable ASCII): enough to see
// what kind of file it really is (%PDF, PK, a JPEG) whatever its name says.
QString hexDump(const std::vector<std::uint8_t>& bytes, std::size_t limit) {
    QString out;
    const std::size_t n = std::min(bytes.size(), limit);
    for (std::size_t row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(static_cast<qulonglong>(row), 8, 16, QLatin1Char('0'));
        QString ascii;
        for (std::size_t i = row; i < row + 16; ++i) {
            if (i < n) {
                out +=
                    QStringLiteral("%1 ").arg(static_cast<uint>(bytes[i]), 2, 16, QLatin1Char('0'));
                ascii +=
                    bytes[i] >= 0x20 && bytes[i] < 0x7f ? QChar(char16_t{bytes[i]}) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    return out;
}

bool looksLikePdf(const std::vector<std::uint8_t>& bytes) {
    static constexpr char kMagic[] = "%PDF-";
    return bytes.size() >= 5 && std::equal(kMagic, kMagic + 5, bytes.begin());
}

}  // namespace

ItemViewer::ItemViewer(const app::ReviewItem& item, const std::vector<std::uint8_t>& bytes,
                       QWidget* parent)
    : QDialog(parent) {
    const bool photo = item.kind == "photo";
    const QString path = QString::fromStdString(item.path);
    setWindowTitle(photo ? tr("查看照片（原尺寸）：%1").arg(path) : tr("查看附件：%1").arg(path));
    setObjectName(QStringLiteral("itemViewer"));

    auto* facts = textLabel(this, "itemFacts", tr("文件信息"));
    facts->setText(tr("文件：%1\n大小：%2 字节\nSHA-256：%3")
                       .arg(path, QLocale().toString(static_cast<qulonglong>(bytes.size())),
                            QString::fromStdString(item.sha256)));

    auto* metadata = textLabel(this, "metadata", tr("已清除的元数据"));
    const std::string summary = item.metadataSummary(guiLanguage());
    metadata->setText(summary.empty() ? tr("元数据：导入时未记录（请在打印件上核对）")
                                      : tr("元数据：%1").arg(QString::fromStdString(summary)));

    auto* layout = new QVBoxLayout(this);
    layout_ = layout;
    layout->addWidget(facts);
    layout->addWidget(metadata);

    QImage image;
    if (photo) {
        image.loadFromData(bytes.data(), static_cast<int>(bytes.size()));
    }
    if (!image.isNull()) {
        // One pixel of the photo to one pixel of the screen: nothing scaled away.
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        auto* size = textLabel(this, "imageSize", tr("图像尺寸"));
        size->setText(tr("原尺寸 %1 × %2 像素，按 100% 显示；请滚动查看每个角落。")
                          .arg(image.width())
                          .arg(image.height()));
        auto* picture = new QLabel(this);
        picture_ = picture;
        picture->setObjectName(QStringLiteral("image"));
        picture->setAccessibleName(tr("照片原尺寸"));
        picture->setPixmap(pixmap);
        picture->resize(pixmap.size() / pixmap.devicePixelRatio());
        auto* area = new QScrollArea(this);
        area->setObjectName(QStringLiteral("imageArea"));
        area->setAccessibleName(tr("照片（可滚动）"));
        area->setWidgetResizable(false);
        area->setWidget(picture);
        area_ = area;
        layout->addWidget(size);
        layout->addWidget(area, 1);
        shownInFull_ = true;
    } else if (!photo && looksLikePdf(bytes) && showPdf(layout, bytes)) {
        // A stamped scan or a PDF attachment, page by page as it will be printed.
    } else {
        auto* note = textLabel(this, "printoutNote", tr("说明"));
        if (photo) {
            note->setText(
                tr("这张照片无法显示（文件可能已损坏或不是图片），不能在此确认。"
                   "请核对下面的文件开头，并请经办人重新提供。"));
            note->setStyleSheet(QStringLiteral("color: #b00020"));
        } else {
            note->setText(
                tr("附件内容无法在此完整显示：请核对文件名、大小和开头，"
                   "并在打印件上逐页检查，确认无涉密内容后再确认。"));
            shownInFull_ = true;
        }
        auto* dump = new QPlainTextEdit(this);
        dump->setObjectName(QStringLiteral("firstBytes"));
        dump->setAccessibleName(tr("文件开头的字节"));
        dump->setReadOnly(true);
        dump->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        dump->setPlainText(hexDump(bytes, 512));
        layout->addWidget(note);
        layout->addWidget(dump, 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("看完了，关闭"));
    close->setObjectName(QStringLiteral("close"));
    close->setAccessibleName(tr("关闭查看窗口"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(900, 700);
}

bool ItemViewer::showPdf(QVBoxLayout* layout, const std::vector<std::uint8_t>& bytes) {
    auto* pages = new PdfPages(this);
    if (!pages->setPdf(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                  static_cast<qsizetype>(bytes.size())))) {
        delete pages;
        return false;
    }
    auto* note = textLabel(this, "printoutNote", tr("说明"));
    if (pages->pagesInFile() > pages->pagesDrawn()) {
        note->setText(tr("PDF 共 %1 页，此处显示前 %2 页：其余各页请在打印件上逐页检查，"
                         "确认无涉密内容后再确认。")
                          .arg(pages->pagesInFile())
                          .arg(pages->pagesDrawn()));
    } else {
        note->setText(tr("以下是 PDF 的全部 %1 页，与报送包中的文件相同。请逐页查看，"
                         "确认无涉密内容后再确认。")
                          .arg(pages->pagesInFile()));
    }
    layout->addWidget(note);
    layout->addWidget(pages, 1);
    pages_ = pages;
    shownInFull_ = true;
    return true;
}

namespace {
QRectF fractionOf(const policy::FlagLocation& at) {
    const auto& b = *at.box;
    return {b[0], b[1], b[2], b[3]};
}
}  // namespace

void ItemViewer::showFlags(const std::vector<policy::ScanFlag>& flags, const std::string& focus) {
    flags_ = flags;
    if (flags_.empty()) {
        return;
    }
    flagList_ = new QListWidget(this);
    flagList_->setObjectName(QStringLiteral("itemFlags"));
    flagList_->setAccessibleName(tr("文件中的标记"));
    flagList_->setMaximumHeight(120);
    QPixmap photo = picture_ != nullptr ? picture_->pixmap() : QPixmap();
    int first = 0;
    for (std::size_t i = 0; i < flags_.size(); ++i) {
        const policy::ScanFlag& flag = flags_[i];
        const policy::FlagLocation& at = *flag.location;
        const QString where =
            at.page > 0 ? tr("第 %1 页").arg(at.page) : QString::fromStdString(at.part);
        flagList_->addItem(tr("%1%2：“%3”  %4")
                               .arg(where, at.ocr ? tr("（文字识别）") : QString(),
                                    QString::fromStdString(flag.text),
                                    categoryName(flag.category)));
        if (flag.id == focus) {
            first = static_cast<int>(i);
        }
        if (!at.box) {
            continue;
        }
        if (picture_ != nullptr) {
            const QRectF f = fractionOf(at);
            outlineOn(photo, pixelBox(f, photo.size()));
            ++outlined_;
        } else if (pages_ != nullptr && pages_->markBox(at.page, fractionOf(at))) {
            ++outlined_;
        }
    }
    if (picture_ != nullptr) {
        picture_->setPixmap(photo);
    }
    auto* heading = textLabel(this, "itemFlagsHeading", tr("标记"));
    heading->setText(tr("扫描在这个文件的文字中发现 %1 处标记（红框）；请在审查页逐一决定：")
                         .arg(flags_.size()));
    layout_->insertWidget(2, heading);
    layout_->insertWidget(3, flagList_);
    connect(flagList_, &QListWidget::currentRowChanged, this, &ItemViewer::jumpTo);
    flagList_->setCurrentRow(first);
    pendingJump_ = first;
}

void ItemViewer::jumpTo(int row) {
    if (row < 0 || row >= static_cast<int>(flags_.size()) ||
        !flags_[static_cast<std::size_t>(row)].location->box) {
        return;
    }
    const policy::FlagLocation& at = *flags_[static_cast<std::size_t>(row)].location;
    const QRectF f = fractionOf(at);
    if (picture_ != nullptr && area_ != nullptr) {
        const QSize size = picture_->size();
        const QRect box = pixelBox(f, size);
        area_->ensureVisible(box.center().x(), box.center().y(), box.width() / 2 + 60,
                             box.height() / 2 + 60);
    } else if (pages_ != nullptr) {
        pages_->showBox(at.page, f);
    }
}

void ItemViewer::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // Scrolling needs the laid-out sizes, which exist once the dialog is shown.
    if (pendingJump_ >= 0) {
        const int row = std::exchange(pendingJump_, -1);
        QMetaObject::invokeMethod(
            this, [this, row] { jumpTo(row); }, Qt::QueuedConnection);
    }
}

}  // namespace baosong::gui
