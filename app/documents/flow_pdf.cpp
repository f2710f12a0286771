#include "flow_pdf.h"

#include <QBuffer>
#include <QHashSeed>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cctype>

#include "document_date.h"
#include "flow_pdf_layout.h"
#include "gui_runtime.h"
#include "store/app_error.h"

namespace baosong::app::documents {

namespace {
AppError failed(const std::string& why) {
    return AppError(ErrorKind::Problem, "pdf_write_failed", "生成 PDF 文件失败：" + why);
}

void draw(QPainter& painter, const PdfPage& page) {
    for (const PlacedLine& line : page.lines) {
        line.layout->lineAt(line.line).draw(&painter, line.origin);
    }
    for (const PlacedPicture& picture : page.pictures) {
        const auto& jpeg = picture.picture->jpeg;
        QImage image;
        if (image.loadFromData(jpeg.data(), static_cast<int>(jpeg.size()), "JPEG")) {
            painter.drawImage(picture.rect, image);
        } else {
            // The vault holds only checked JPEGs; an unreadable one still leaves its place
            // marked rather than stopping the document.
            painter.drawRect(picture.rect);
        }
    }
    for (const auto& [from, to] : page.rules) {
        painter.drawLine(from, to);
    }
}

bool digitsAt(const std::string& text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) {
        return false;
    }
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return false;
        }
    }
    return true;
}
}  // namespace

void pinCreationDate(std::string& pdf, std::time_t when) {
    const std::string key = "/CreationDate (D:";
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos || pdf.find(key, at + 1) != std::string::npos) {
        throw failed("PDF 中的创建日期不是恰好一处");
    }
    const std::size_t digits = at + key.size();
    if (!digitsAt(pdf, digits, 14)) {
        throw failed("PDF 创建日期的格式不符");
    }
    // After the digits Qt writes "Z" or the zone as +HH'mm' or -HH'mm'.
    long offset = 0;
    const std::size_t zone = digits + 14;
    if (zone < pdf.size() && (pdf[zone] == '+' || pdf[zone] == '-')) {
        if (!digitsAt(pdf, zone + 1, 2) || !digitsAt(pdf, zone + 4, 2)) {
            throw failed("PDF 创建日期的时区格式不符");
        }
        offset =
            (std::stol(pdf.substr(zone + 1, 2)) * 60 + std::stol(pdf.substr(zone + 4, 2))) * 60;
        if (pdf[zone] == '-') {
            offset = -offset;
        }
    }
    const std::time_t local = when + offset;
    std::tm tm{};
    gmtime_r(&local, &tm);
    char text[15];
    if (std::strftime(text, sizeof text, "%Y%m%d%H%M%S", &tm) != 14) {
        throw failed("创建日期超出范围");
    }
    pdf.replace(digits, 14, text, 14);
}

std::string flowPdf(const FlowDocument& document) {
    GuiRuntime::require();
    // Qt's PDF writer emits its fonts in QHash order, which a random seed would change
    // from run to run; the same document must give the same bytes (bundle.md).
    QHashSeed::setDeterministicGlobalSeed();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4),
            document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(QString::fromStdString(document.title));
        writer.setCreator(QStringLiteral("baosong"));
        const PdfLayout layout = layoutForPdf(document, writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            throw failed("Qt 的 PDF 写入器无法开始");
        }
        QPen pen(Qt::black);
        pen.setWidthF(10);  // 0.5 pt, a thin table rule
        painter.setPen(pen);
        for (std::size_t i = 0; i < layout.pages.size(); ++i) {
            if (i > 0 && !writer.newPage()) {
                throw failed("无法开始新的一页");
            }
            draw(painter, layout.pages[i]);
        }
        if (!painter.end()) {
            throw failed("Qt 的 PDF 写入器未能完成");
        }
    }
    std::string pdf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    pinCreationDate(pdf, documentTime(document.date));
    return pdf;
}

}  // namespace baosong::app::documents
