#include "chosen_file.h"

#include <QCoreApplication>
#include <QFile>

#include "core/submission_import.h"

namespace baosong::gui {

std::optional<std::vector<std::uint8_t>> readChosenFile(const QString& file, QString& problem) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        problem = QCoreApplication::translate("ChosenFile", "无法读取“%1”：%2")
                      .arg(file, in.errorString());
        return std::nullopt;
    }
    if (static_cast<std::uint64_t>(in.size()) > app::kMaxStoredFileBytes) {
        problem = QCoreApplication::translate("ChosenFile", "“%1”太大（超过 %2 MiB）")
                      .arg(file)
                      .arg(app::kMaxStoredFileBytes >> 20);
        return std::nullopt;
    }
    const QByteArray content = in.readAll();
    return std::vector<std::uint8_t>(content.begin(), content.end());
}

}  // namespace baosong::gui
