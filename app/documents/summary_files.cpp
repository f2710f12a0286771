#include "summary_files.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "document_date.h"
#include "memory_file.h"
#include "summary_flow.h"

namespace baosong::app::documents {

namespace {
// The columns in Excel's character units, in the proportions of summaryColumnTwips.
const std::vector<double> kXlsxWidths = {6, 18, 6, 9, 10, 11, 28, 16, 22, 12};

// Excel's width of a text in character units: East Asian characters count two. Lead bytes
// of multi-byte UTF-8 stand for their character; continuation bytes count nothing.
double textWidth(const std::string& text) {
    double width = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        width += byte < 0x80 ? 1.0 : (byte >= 0xE1 ? 2.0 : (byte >= 0xC0 ? 1.0 : 0.0));
    }
    return width;
}

// A row tall enough for its longest wrapped cell: libxlsxwriter does not measure text and
// LibreOffice keeps the height it is given, so a cell that needs more lines is clipped.
double rowHeight(const std::vector<std::string>& values, const std::vector<double>& widths,
                 double least) {
    constexpr double kLine = 16;  // points per line of 11 pt text
    double lines = 1;
    for (std::size_t i = 0; i < values.size() && i < widths.size(); ++i) {
        lines = std::max(lines, std::ceil(textWidth(values[i]) / std::max(widths[i] - 1, 1.0)));
    }
    return std::max(least, lines * kLine + 6);
}

std::string recommenderLine(const SummaryDocument& summary) {
    return "推荐单位（盖章）：" + summary.recommender;
}
}  // namespace

std::string summaryXlsx(const SummaryDocument& summary) {
    // libxlsxwriter writes only to a named file and keeps its parts in temporary files.
    // The workbook goes to an anonymous memory file, and the parts to /dev/shm where it
    // exists, so candidates' data does not touch the disk unless the caller writes it.
    MemoryFile out;
    using Workbook = std::unique_ptr<lxw_workbook, lxw_error (*)(lxw_workbook*)>;
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    std::string tmpdir = "/dev/shm";
    if (std::filesystem::is_directory(tmpdir)) {
        options.tmpdir = tmpdir.data();
    }
    Workbook book(workbook_new_opt(out.path().c_str(), &options), workbook_close);
    if (!book) {
        throw AppError(ErrorKind::Problem, "io_error", app::Text("excel_unavailable"));
    }
    lxw_doc_properties properties{};
    properties.created = documentTime(summary.date);
    workbook_set_properties(book.get(), &properties);
    lxw_worksheet* sheet = workbook_add_worksheet(book.get(), "汇总表");
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_repeat_rows(sheet, 3, 3);
    worksheet_fit_to_pages(sheet, 1, 0);  // all ten columns on one page width
    // At least three lines high (rowHeight adds lines where a cell needs more).
    constexpr double kHeadHeight = 48;
    constexpr double kRowHeight = 45;
    lxw_format* title = workbook_add_format(book.get());
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* head = workbook_add_format(book.get());
    format_set_bold(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* cell = workbook_add_format(book.get());
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* unitRow = workbook_add_format(book.get());
    format_set_bold(unitRow);
    format_set_border(unitRow, LXW_BORDER_THIN);

    const auto& columns = summaryColumns();
    const auto last = static_cast<lxw_col_t>(columns.size() - 1);
    worksheet_write_string(sheet, 0, 0, "附件 2", nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, last, kSummaryTitle, title);
    worksheet_write_string(sheet, 2, 0, recommenderLine(summary).c_str(), nullptr);
    lxw_row_t row = 3;
    worksheet_set_row(sheet, row, kHeadHeight, nullptr);
    for (lxw_col_t col = 0; col <= last; ++col) {
        worksheet_set_column(sheet, col, col, kXlsxWidths[col], nullptr);
        worksheet_write_string(sheet, row, col, columns[col].c_str(), head);
    }
    int number = 0;
    for (const SummaryBlock& block : summary.blocks) {
        if (!block.heading.empty()) {
            ++row;
            worksheet_merge_range(sheet, row, 0, row, last, block.heading.c_str(), unitRow);
        }
        for (const policy::Candidate& c : block.candidates) {
            ++row;
            const auto values = summaryRow(c, ++number);
            worksheet_set_row(sheet, row, rowHeight(values, kXlsxWidths, kRowHeight), nullptr);
            for (lxw_col_t col = 0; col <= last; ++col) {
                worksheet_write_string(sheet, row, col, values[col].c_str(), cell);
            }
        }
    }
    if (const lxw_error rc = workbook_close(book.release()); rc != LXW_NO_ERROR) {
        throw AppError(ErrorKind::Problem, "io_error",
                       app::Text("excel_write_failed").with("reason", lxw_strerror(rc)));
    }
    return out.contents();
}

void writeSummaryDocx(const std::string& path, const SummaryDocument& summary) {
    writeNewFile(path, summaryDocx(summary));
}

void writeSummaryXlsx(const std::string& path, const SummaryDocument& summary) {
    writeNewFile(path, summaryXlsx(summary));
}

}  // namespace baosong::app::documents
