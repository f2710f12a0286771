#include "office_summary.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "policy/parse_error.h"
#include "policy/submission_json.h"
#include "store/app_error.h"
#include "store/audit_log.h"
#include "store/office_store.h"
#include "store/temp_sibling.h"
#include "summary_table.h"

namespace baosong::app {

namespace {
using Workbook = std::unique_ptr<lxw_workbook, lxw_error (*)(lxw_workbook*)>;

void check(lxw_error rc, const std::string& path) {
    if (rc != LXW_NO_ERROR) {
        throw AppError(ErrorKind::Problem, "io_error",
                       "写入“" + path + "”失败：" + lxw_strerror(rc));
    }
}
}  // namespace

SummaryWritten writeOfficeSummary(Vault& vault, const std::string& out, const std::string& actor) {
    if (!out.ends_with(".xlsx")) {
        throw AppError(ErrorKind::BadInput, "summary_format",
                       "汇总表目前只能写成 .xlsx（Word 版随文件生成功能提供）");
    }
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(out, ec))) {
        throw AppError(ErrorKind::BadInput, "target_exists",
                       "“" + out + "”已存在，baosong 不会覆盖它");
    }
    OfficeStore office(vault.db());
    office.recipient();  // an office vault
    const auto bundles = office.latestOfEachUnit("");
    if (bundles.empty()) {
        throw AppError(ErrorKind::Problem, "summary_empty", "本办还没有接收任何报送包");
    }

    SummaryWritten written{out, 0, 0, 0};
    TempSibling temp(out, TempSibling::Kind::File);
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        Workbook book(workbook_new_opt(temp.path().c_str(), &options), workbook_close);
        if (!book) {
            throw AppError(ErrorKind::Problem, "io_error", "无法建立“" + out + "”");
        }
        lxw_worksheet* sheet = workbook_add_worksheet(book.get(), "汇总表");
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
        const auto lastColumn = static_cast<lxw_col_t>(columns.size() - 1);
        worksheet_merge_range(sheet, 0, 0, 0, lastColumn,
                              "2023年内蒙古\"最美科技工作者\"候选人汇总表", title);
        lxw_row_t row = 2;
        for (lxw_col_t col = 0; col <= lastColumn; ++col) {
            worksheet_write_string(sheet, row, col, columns[col].c_str(), head);
        }
        worksheet_set_column(sheet, 0, 0, 6, nullptr);
        worksheet_set_column(sheet, 1, 5, 10, nullptr);
        worksheet_set_column(sheet, 6, 6, 36, nullptr);
        worksheet_set_column(sheet, 7, 9, 22, nullptr);
        int number = 0;
        for (const ReceivedBundle& b : bundles) {
            policy::Submission s;
            try {
                s = policy::parseSubmission(b.submission);
            } catch (const policy::ParseError& e) {
                throw AppError(ErrorKind::Problem, "vault_damaged",
                               "保险库中单位 " + b.unitId + " 的报送数据无法读取：" + e.what());
            }
            ++written.units;
            written.unitsWithPolicyErrors += b.policyErrors > 0 ? 1 : 0;
            const std::string heading = "推荐单位（盖章）：" + s.unit.name + "（" + b.unitId +
                                        "，第" + std::to_string(b.revision) + "版" +
                                        (b.policyErrors > 0 ? "，复核有错误" : "") + "）";
            ++row;
            worksheet_merge_range(sheet, row, 0, row, lastColumn, heading.c_str(), unitRow);
            for (const policy::Candidate& c : s.candidates) {
                ++row;
                const auto values = summaryRow(c, ++number);
                for (lxw_col_t col = 0; col <= lastColumn; ++col) {
                    worksheet_write_string(sheet, row, col, values[col].c_str(), cell);
                }
                ++written.candidates;
            }
        }
        check(workbook_close(book.release()), out);
    }
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(actor, "office.summary",
                nlohmann::json{
                    {"file", out}, {"units", written.units}, {"candidates", written.candidates}}
                    .dump());
    temp.commitNew();
    tx.commit();
    return written;
}

}  // namespace baosong::app
