// The catalogue's sentences about Word, PDF and Excel output, and the metadata intake removes.
// Chinese first, then English, with the same {names}; sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> documents() {
    static constexpr Sentence kSentences[] = {
        {"attachment_malformed",
         "附件“{name}”看起来是 "
         "PDF，却无法读取，或需要口令才能打开（{detail}）；请重新扫描或另存为普通 PDF 后再导入",
         "the attachment “{name}” looks like a PDF but cannot be read, or needs a password to open "
         "({detail}); scan it again or save it as a plain PDF, then import it"},
        {"stamped_not_pdf",
         "盖章版“{path}”不是 PDF 文件；请把盖章后的纸质材料扫描为 PDF 后再导入（通知“三、(三)”："
         "盖章版PDF）",
         "the stamped copy “{path}” is not a PDF file; scan the stamped paper to PDF, then import "
         "it (the notice asks for stamped PDFs)"},
        {"attachment_format_unsupported",
         "附件“{path}”是{what}，baosong 读不出其中的文字，无法对它做保密审查，因此不能导入；"
         "请转换为 PDF、DOCX、XLSX、JPEG 或 PNG 后再导入",
         "the attachment “{path}” is {what}, whose words baosong cannot read, so it cannot pass "
         "the security review and is not imported; convert it to PDF, DOCX, XLSX, JPEG or PNG, "
         "then import it"},
        {"format_legacy_office", "旧版 Word、Excel 或 WPS 文件（.doc、.xls、.wps、.et）",
         "an old Word, Excel or WPS file (.doc, .xls, .wps, .et)"},
        {"format_archive", "压缩包（.rar、.7z、.gz 等）", "an archive (.rar, .7z, .gz …)"},
        {"format_other_image", "TIFF、GIF、BMP、WebP 或 HEIC 图片",
         "a TIFF, GIF, BMP, WebP or HEIC picture"},
        {"format_other_package",
         "既非 Word 文档也非 Excel 工作簿的压缩包（如 .zip、.pptx，或带宏的文件）",
         "a zip package that is neither a Word document nor an Excel workbook (a .zip, a .pptx, "
         "or a file with macros)"},
        {"format_unknown", "无法识别的格式", "in a format baosong does not know"},
        {"image_unreadable",
         "图片“{path}”无法解码，或大于 1 亿像素；请重新拍摄或另存为 JPEG 后再导入",
         "the picture “{path}” cannot be decoded, or is larger than 100 megapixels; take it "
         "again or save it as JPEG, then import it"},
        {"pdf_unreadable", "PDF 无法打开", "the PDF cannot be opened"},
        {"pdf_locked", "PDF 设有打开口令", "the PDF needs a password to open"},
        {"ocr_unavailable",
         "无法载入文字识别模型（{languages}）；请运行 deploy/install-deps 安装 "
         "tesseract-ocr-chi-sim 与 tesseract-ocr-chi-sim-vert",
         "the text recognition models ({languages}) cannot be loaded; run deploy/install-deps "
         "to install tesseract-ocr-chi-sim and tesseract-ocr-chi-sim-vert"},
        {"ocr_failed", "文字识别失败；请重试，若仍失败请换一份更清晰的扫描件",
         "text recognition failed; try again, and if it fails again use a clearer scan"},
        {"read_cancelled", "已取消读取附件中的文字；未保存任何结果",
         "reading the attachments' words was cancelled; nothing was kept"},
        {"package_write_failed", "写出 Word 或 Excel 文件（zip 包）失败：{why}",
         "writing the Word or Excel file (a zip package) failed: {why}"},
        {"office_file_malformed",
         "附件“{name}”看起来是 Word 或 Excel 文件，却无法读取（{detail}）；请用 Word 或 WPS "
         "打开后另存为 .docx、.xlsx 或 PDF，再导入",
         "the attachment “{name}” looks like a Word or Excel file but cannot be read ({detail}); "
         "open it in Word or WPS and save it as .docx, .xlsx or PDF, then import it"},
        {"package_too_many_parts", "包内文件超过 {limit} 个",
         "the package holds more than {limit} parts"},
        {"package_encrypted", "文件设有口令或已加密",
         "the file is protected by a password or encrypted"},
        {"package_too_large", "解压后超过 {mib} MiB", "unpacked, it is larger than {mib} MiB"},
        {"package_part_damaged", "包内“{part}”已损坏", "the part “{part}” is damaged"},
        {"xml_doctype", "“{part}”带有文档类型声明（DOCTYPE），Office 文件从不使用",
         "“{part}” carries a document type declaration (DOCTYPE), which Office files never use"},
        {"xml_not_well_formed", "“{part}”第 {line} 行不是合格的 XML：{why}",
         "“{part}” is not well-formed XML at line {line}: {why}"},
        {"excel_unavailable", "无法生成 Excel 文件", "the Excel file cannot be created"},
        {"excel_write_failed", "生成 Excel 文件失败：{reason}",
         "writing the Excel file failed: {reason}"},
        {"font_missing", "找不到字体 {font}，无法生成 PDF（请安装 Debian 软件包 {package}）",
         "the font {font} cannot be found, so no PDF can be written (install the Debian package "
         "{package})"},
        {"jpeg_marker_invalid", "无效的段标记", "a segment marker is invalid"},
        {"jpeg_marker_missing", "缺少段标记", "a segment marker is missing"},
        {"jpeg_no_end_marker", "图像数据没有结束标记", "the image data has no end marker"},
        {"jpeg_segment_length", "段长度无效", "a segment length is invalid"},
        {"jpeg_truncated", "文件被截断", "the file is cut short"},
        {"memory_file_create_failed", "内存文件建立失败：{reason}",
         "making a file in memory failed: {reason}"},
        {"memory_file_read_failed", "内存文件读取失败：{reason}",
         "reading a file in memory failed: {reason}"},
        {"metadata_close", "）", ")"},
        {"metadata_exif", "EXIF", "EXIF"},
        {"metadata_iptc", "IPTC", "IPTC"},
        {"metadata_jpeg_comment", "注释", "comment"},
        {"metadata_jpeg_gps", "GPS 位置", "GPS position"},
        {"metadata_jpeg_taken_at", "；拍摄位置曾为 {position}", "; it was taken at {position}"},
        {"metadata_jpeg_thumbnail", "缩略图", "thumbnail"},
        {"metadata_jpeg_trailing_data", "尾随数据", "trailing data"},
        {"metadata_none", "（无元数据）", " (no metadata)"},
        {"metadata_not_jpeg", "（非 JPEG，未清除元数据）", " (not a JPEG: metadata not stripped)"},
        {"metadata_pdf_annotations", "批注作者和日期", "comment authors and dates"},
        {"metadata_pdf_author", "作者 {name}", "author {name}"},
        {"metadata_pdf_creator", "创建程序 {name}", "creator {name}"},
        {"metadata_pdf_dates", "修改日期", "modification dates"},
        {"metadata_pdf_embedded_files", "嵌入的文件", "embedded files"},
        {"metadata_pdf_image_metadata", "图像中的 EXIF 等", "EXIF and the like inside images"},
        {"metadata_pdf_info", "文档信息 {keys}", "document information {keys}"},
        {"metadata_pdf_named", "；文档中记有{list}", "; the document recorded {list}"},
        {"metadata_pdf_piece_info", "程序私有数据", "application data"},
        {"metadata_pdf_producer", "生成程序 {name}", "producer {name}"},
        {"metadata_pdf_repaired", "；文件有损坏，读取时已修复，请核对内容是否完整",
         "; the file was damaged and repaired when read: check it is complete"},
        {"metadata_pdf_signed_holds", "；含 {list}", "; it holds {list}"},
        {"metadata_pdf_signed_kept", "（带电子签章，未清除元数据，以免签章失效",
         " (digitally signed: metadata kept so the signature stays valid"},
        {"metadata_pdf_thumbnails", "缩略图", "thumbnails"},
        {"metadata_png_text", "文字块 {keys}", "text chunks {keys}"},
        {"metadata_png_time", "修改时间", "modification time"},
        {"metadata_png_other", "其他数据块 {types}", "other chunks {types}"},
        {"png_signature_invalid", "PNG 文件头无效", "the PNG signature is invalid"},
        {"png_chunk_truncated", "数据块不完整", "a chunk is cut short"},
        {"png_header_missing", "缺少 IHDR 文件头块", "the IHDR header chunk is missing"},
        {"metadata_office_properties", "文档属性 {keys}", "document properties {keys}"},
        {"metadata_office_custom", "自定义属性", "custom properties"},
        {"metadata_office_authors", "批注和修订的作者与日期",
         "comment and revision authors and dates"},
        {"metadata_office_rsid", "修订会话标识（rsid）", "revision session ids (rsid)"},
        {"metadata_office_printer", "打印机设置", "printer settings"},
        {"metadata_office_thumbnail", "缩略图", "thumbnail"},
        {"metadata_office_template", "模板路径", "template path"},
        {"metadata_office_file_path", "保存位置", "the folder it was saved in"},
        {"metadata_office_last_editor", "最后修改者 {name}", "last modified by {name}"},
        {"metadata_office_company", "单位 {name}", "company {name}"},
        {"metadata_office_people", "批注或修订者 {names}", "comments or revisions by {names}"},
        {"metadata_stripped", "（已清除：{list}", " (stripped: {list}"},
        {"metadata_xmp", "XMP", "XMP"},
        {"pdf_date_format", "PDF 创建日期的格式不符", "the PDF's creation date has the wrong form"},
        {"pdf_date_not_once", "PDF 中的创建日期不是恰好一处",
         "the PDF does not hold its creation date exactly once"},
        {"pdf_date_out_of_range", "创建日期超出范围", "the creation date is out of range"},
        {"pdf_fonts_unusable", "生成 PDF 文件失败：Pango 无法使用 fontconfig 的字体",
         "writing the PDF failed: Pango cannot use fontconfig's fonts"},
        {"pdf_write_failed", "生成 PDF 文件失败：{why}", "writing the PDF failed: {why}"},
        {"photo_malformed",
         "照片不是完整有效的 JPEG 文件（{why}），无法清除其元数据；请重新导出照片",
         "the photo is not a whole, valid JPEG file ({why}), so its metadata cannot be removed; "
         "export the photo again"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
