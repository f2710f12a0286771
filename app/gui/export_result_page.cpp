#include "export_result_page.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/key_report.h"
#include "export_wizard.h"
#include "words.h"

namespace baosong::gui {

namespace {
QLabel* valueLabel(QWidget* parent, const char* name, const QString& accessibleName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString nativePath(const std::string& path) {
    return QDir::toNativeSeparators(QString::fromStdString(path));
}

// 64 hex digits as 16 groups of four, eight to a line, so that two people can read it
// to each other group by group.
QString readableFingerprint(const std::string& sha256) {
    QString grouped = QString::fromStdString(app::groupInFours(sha256));
    constexpr int kLineLength = 8 * 5;  // eight groups and their spaces
    if (grouped.size() > kLineLength) {
        grouped[kLineLength - 1] = QLatin1Char('\n');
    }
    return grouped;
}
}  // namespace

ExportResultPage::ExportResultPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("报送包已写出"));
    setSubTitle(tr("把报送包、签名和说明一起交给国防科工办，并在电话中核对 SHA-256 指纹。"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    bundlePath_ = valueLabel(this, "bundlePath", tr("报送包文件"));
    fingerprint_ = valueLabel(this, "fingerprint", tr("报送包的 SHA-256 指纹"));
    QFont big = fixed;
    if (fixed.pointSizeF() > 0) {
        big.setPointSizeF(fixed.pointSizeF() * 1.3);
    }
    fingerprint_->setFont(big);
    size_ = valueLabel(this, "bundleSize", tr("报送包大小"));
    signaturePath_ = valueLabel(this, "signaturePath", tr("签名文件"));
    readmePath_ = valueLabel(this, "readmePath", tr("说明文件"));
    commandsIntro_ = new QLabel(this);
    commandsIntro_->setObjectName(QStringLiteral("commandsIntro"));
    commandsIntro_->setAccessibleName(tr("核验命令说明"));
    commandsIntro_->setWordWrap(true);
    commands_ = new QPlainTextEdit(this);
    commands_->setObjectName(QStringLiteral("commands"));
    commands_->setAccessibleName(tr("用标准工具核验报送包的命令"));
    commands_->setReadOnly(true);
    commands_->setLineWrapMode(QPlainTextEdit::NoWrap);
    commands_->setFont(fixed);
    commandsIntro_->setBuddy(commands_);
    copyButton_ = new QPushButton(tr("复制命令(&C)"), this);
    copyButton_->setObjectName(QStringLiteral("copyCommands"));
    copyButton_->setAccessibleName(tr("复制核验命令"));
    connect(copyButton_, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(commands_->toPlainText()); });

    auto* form = new QFormLayout;
    form->addRow(tr("报送包："), bundlePath_);
    form->addRow(tr("SHA-256："), fingerprint_);
    form->addRow(tr("大小："), size_);
    form->addRow(tr("签名："), signaturePath_);
    form->addRow(tr("说明："), readmePath_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(commandsIntro_);
    layout->addWidget(commands_, 1);
    layout->addWidget(copyButton_, 0, Qt::AlignLeft);
}

void ExportResultPage::initializePage() {
    const auto& sealed = owner_.sealed();
    if (!sealed) {
        return;
    }
    bundlePath_->setText(nativePath(sealed->bundlePath));
    fingerprint_->setText(readableFingerprint(sealed->sha256));
    size_->setText(tr("%1（%2 字节）")
                       .arg(QLocale().formattedDataSize(static_cast<qint64>(sealed->size)))
                       .arg(sealed->size));
    const bool gm = sealed->profile == "gm";
    // bundle-gm.md: the statement travels beside the signature in profile gm.
    signaturePath_->setText(gm ? nativePath(sealed->statementPath) + QStringLiteral("\n") +
                                     nativePath(sealed->signaturePath)
                               : nativePath(sealed->signaturePath));
    readmePath_->setText(nativePath(sealed->readmePath));
    const QString folder = QDir::toNativeSeparators(
        QFileInfo(QString::fromStdString(sealed->bundlePath)).absolutePath());
    QString intro =
        gm ? tr("国密报送包。在国防科工办，进入报送包所在的文件夹（%1），备好国防科工办的 "
                "office.pem，不用 baosong、只用 openssl 命令行即可核验：用 bash 运行以下命令，"
                "全部通过时最后输出 OK（同名的 .README.txt 中也有）：")
                 .arg(folder)
           : tr("在国防科工办，进入报送包所在的文件夹（%1），备好国防科工办的 office.key，"
                "不用 baosong、只用 minisign、age、tar 和 sha256sum 即可核验（同名的 .README.txt "
                "中也有）：")
                 .arg(folder);
    if (sealed->settled) {
        // A seal killed earlier was settled first (core/interrupted_seal.h): say what became
        // of it, as the command line does.
        intro = tr("注意：%1。").arg(words(*sealed->settled)) + QStringLiteral("\n") + intro;
    }
    commandsIntro_->setText(intro);
    commands_->setPlainText(QString::fromStdString(sealed->checkCommands));
}

}  // namespace baosong::gui
