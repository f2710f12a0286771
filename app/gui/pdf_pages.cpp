#include "pdf_pages.h"

#include "flag_outline.h"

#include <poppler-qt6.h>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace baosong::gui {

namespace {
// An A4 page 96 dpi wide is about 800 pixels: the form's smallest print is legible
// without zooming, and a page costs a few megabytes of memory.
constexpr double kDpi = 96.0;
}  // namespace

PdfPages::PdfPages(QWidget* parent) : QScrollArea(parent) {
    setObjectName(QStringLiteral("pdfPages"));
    setAccessibleName(tr("PDF 页面（可滚动）"));
    setWidgetResizable(true);
    sheet_ = new QWidget(this);
    column_ = new QVBoxLayout(sheet_);
    column_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(sheet_);
}

void PdfPages::clearPages() {
    while (QLayoutItem* item = column_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    pagesInFile_ = 0;
    pagesDrawn_ = 0;
    pageLabels_.clear();
}

void PdfPages::setMessage(const QString& text) {
    clearPages();
    auto* label = new QLabel(text, sheet_);
    label->setObjectName(QStringLiteral("pdfMessage"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column_->addWidget(label);
}

bool PdfPages::setPdf(const QByteArray& pdf) {
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        setMessage(tr("无法显示：这不是可读的 PDF 文件。"));
        return false;
    }
    if (document->isLocked()) {
        setMessage(tr("无法显示：这个 PDF 设有打开密码。请对方提供未加密的扫描件。"));
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    clearPages();
    const int total = document->numPages();
    int drawn = 0;
    for (int i = 0; i < total && i < kMaxPages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage image = page ? page->renderToImage(kDpi, kDpi) : QImage();
        auto* label = new QLabel(sheet_);
        label->setObjectName(QStringLiteral("pdfPage%1").arg(i + 1));
        pageLabels_.push_back(image.isNull() ? nullptr : label);
        if (image.isNull()) {
            label->setText(tr("第 %1 页无法显示。").arg(i + 1));
        } else {
            label->setPixmap(QPixmap::fromImage(image));
            label->setAccessibleName(tr("第 %1 页，共 %2 页").arg(i + 1).arg(total));
            label->setFrameShape(QFrame::Box);
            ++drawn;
        }
        column_->addWidget(label);
    }
    if (total > kMaxPages) {
        auto* rest = new QLabel(tr("共 %1 页，此处只显示前 %2 页；其余各页请在打印件上核对。")
                                    .arg(total)
                                    .arg(kMaxPages),
                                sheet_);
        rest->setObjectName(QStringLiteral("pdfMessage"));
        rest->setStyleSheet(QStringLiteral("color: #b00020"));
        column_->addWidget(rest);
    }
    if (total == 0) {
        auto* none = new QLabel(tr("这个 PDF 没有页面。"), sheet_);
        none->setObjectName(QStringLiteral("pdfMessage"));
        column_->addWidget(none);
    }
    pagesInFile_ = total;
    pagesDrawn_ = drawn;
    return total > 0 && drawn == std::min(total, kMaxPages);
}

QRect PdfPages::pixelsOf(int page, const QRectF& fraction) const {
    const QLabel* label = pageLabels_[static_cast<std::size_t>(page - 1)];
    const QSize size = label->pixmap().size();
    return pixelBox(fraction, size);
}

bool PdfPages::markBox(int page, const QRectF& fraction) {
    if (page < 1 || page > static_cast<int>(pageLabels_.size()) ||
        pageLabels_[static_cast<std::size_t>(page - 1)] == nullptr) {
        return false;
    }
    QLabel* label = pageLabels_[static_cast<std::size_t>(page - 1)];
    QPixmap pixmap = label->pixmap();
    outlineOn(pixmap, pixelsOf(page, fraction));
    label->setPixmap(pixmap);
    return true;
}

void PdfPages::showBox(int page, const QRectF& fraction) {
    if (page < 1 || page > static_cast<int>(pageLabels_.size()) ||
        pageLabels_[static_cast<std::size_t>(page - 1)] == nullptr) {
        return;
    }
    const QLabel* label = pageLabels_[static_cast<std::size_t>(page - 1)];
    const QRect box = pixelsOf(page, fraction).translated(label->pos());
    ensureVisible(box.center().x(), box.center().y(), box.width() / 2 + 60, box.height() / 2 + 60);
}

}  // namespace baosong::gui
