#include "create_vault_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "channel_names.h"
#include "core/actor.h"
#include "core/office_admin.h"
#include "core/passphrase_rules.h"
#include "core/reviewer_name.h"
#include "core/vault_init.h"
#include "error_text.h"
#include "passphrase_field.h"
#include "passphrase_strength.h"
#include "policy/rule_set.h"
#include "unlock_dialog.h"
#include "words.h"

namespace baosong::gui {

namespace {
bool sameSecret(const crypto::SecretBuffer& a, const crypto::SecretBuffer& b) {
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

QString strengthText(const PassphraseField* field) {
    const PassphraseStrength s = estimateStrength(field->peekSecret());
    static const char* const colours[] = {"#b00020", "#c25e00", "#8a7400", "#2e7d32", "#1b5e20"};
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colours[s.level], s.text);
}
}  // namespace

void CreateVaultDialog::addPassphrasePair(QFormLayout* form, const QString& what,
                                          PassphraseField*& first, PassphraseField*& again,
                                          QLabel*& strength, const QString& name) {
    first = new PassphraseField(this);
    first->setObjectName(name);
    first->setAccessibleName(what);
    again = new PassphraseField(this);
    again->setObjectName(name + QStringLiteral("Again"));
    again->setAccessibleName(tr("再次输入%1").arg(what));
    strength = new QLabel(this);
    strength->setAccessibleName(tr("%1强度").arg(what));
    form->addRow(what + tr("："), first);
    form->addRow(tr("再输一次："), again);
    form->addRow(tr("强度："), strength);
    connect(first, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);
    connect(again, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);
}

CreateVaultDialog::CreateVaultDialog(VaultRole role, QWidget* parent)
    : QDialog(parent), role_(role) {
    setWindowTitle(role == VaultRole::Unit ? tr("新建单位保险库") : tr("新建国防科工办保险库"));
    auto* form = new QFormLayout;
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("newVaultPath"));
    path_->setAccessibleName(tr("新保险库文件"));
    auto* browse = new QPushButton(tr("浏览…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("保存到："), pathRow);
    connect(browse, &QPushButton::clicked, this, &CreateVaultDialog::chooseFile);
    connect(path_, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);

    if (role == VaultRole::Unit) {
        unitName_ = new QLineEdit(this);
        unitName_->setObjectName(QStringLiteral("unitName"));
        unitName_->setAccessibleName(tr("单位全称"));
        unitId_ = new QLineEdit(this);
        unitId_->setObjectName(QStringLiteral("unitId"));
        unitId_->setAccessibleName(tr("统一社会信用代码"));
        unitId_->setMaxLength(18);
        campaign_ = new QComboBox(this);
        campaign_->setAccessibleName(tr("活动"));
        for (const auto& [id, text] : policy::builtInRuleSets()) {
            const policy::RuleSet rules = policy::parseRuleSet(text);
            campaign_->addItem(QString::fromStdString(rules.title), QString::fromStdString(id));
        }
        channel_ = new QComboBox(this);
        channel_->setAccessibleName(tr("推荐渠道"));
        for (const char* channel :
             {"defense_unit", "league_city", "regional_society", "regional_institution"}) {
            channel_->addItem(channelName(channel), QString::fromLatin1(channel));
        }
        form->addRow(tr("单位全称："), unitName_);
        form->addRow(tr("统一社会信用代码："), unitId_);
        form->addRow(tr("活动："), campaign_);
        form->addRow(tr("推荐渠道："), channel_);
        connect(unitName_, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);
        connect(unitId_, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);
    } else {
        // bundle-gm.md "Keys and fingerprints": the office chooses the cryptography units
        // seal in; both key sets are made, the choice says which one it works in.
        profile_ = new QComboBox(this);
        profile_->setObjectName(QStringLiteral("profile"));
        profile_->setAccessibleName(tr("密码算法"));
        profile_->addItem(tr("国密（SM2、SM3、SM4）"), QStringLiteral("gm"));
        profile_->addItem(tr("国际算法（age、minisign）"), QStringLiteral("intl"));
        profile_->setToolTip(tr("各单位导入本办公钥后即按同一种算法封包。"));
        form->addRow(tr("密码算法："), profile_);
    }
    addPassphrasePair(form, tr("保险库口令"), passphrase_, passphraseAgain_, strength_,
                      QStringLiteral("passphrase"));
    if (role == VaultRole::Unit) {
        addPassphrasePair(form, tr("保密审查员口令"), reviewer_, reviewerAgain_, reviewerStrength_,
                          QStringLiteral("reviewerPassphrase"));
        // The name the reviewer goes by in review.json, never the OS login
        // (core/reviewer_name.h); left empty, the role's name until the reviewer sets one.
        reviewerName_ = new QLineEdit(this);
        reviewerName_->setObjectName(QStringLiteral("reviewerName"));
        reviewerName_->setAccessibleName(tr("保密审查员姓名"));
        reviewerName_->setPlaceholderText(
            tr("可不填：报送包中写作“保密审查员”，审查员以后可自行设置"));
        reviewerName_->setMaxLength(40);
        form->addRow(tr("保密审查员姓名："), reviewerName_);
        connect(reviewerName_, &QLineEdit::textChanged, this, &CreateVaultDialog::revalidate);
    }
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    createButton_ = buttons->addButton(tr("建立"), QDialogButtonBox::AcceptRole);
    createButton_->setObjectName(QStringLiteral("createVault"));
    connect(createButton_, &QPushButton::clicked, this, &CreateVaultDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(progress_);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    revalidate();
}

void CreateVaultDialog::chooseFile() {
    QString file = QFileDialog::getSaveFileName(this, tr("新保险库保存到"), path_->text(),
                                                tr("baosong 保险库 (*.bsv)"));
    if (!file.isEmpty()) {
        if (!file.endsWith(QLatin1String(".bsv"))) {
            file += QLatin1String(".bsv");
        }
        path_->setText(file);
    }
}

QString CreateVaultDialog::problem() const {
    const QString path = path_->text().trimmed();
    if (path.isEmpty()) {
        return tr("请选择新保险库的保存位置。");
    }
    if (QFileInfo::exists(path)) {
        return tr("该位置已有文件；保险库不会覆盖任何文件。");
    }
    if (role_ == VaultRole::Unit) {
        app::VaultIdentity id{campaign_->currentData().toString().toStdString(),
                              channel_->currentData().toString().toStdString(),
                              unitName_->text().trimmed().toStdString(),
                              unitId_->text().trimmed().toUpper().toStdString()};
        try {
            app::validateIdentity(id);
        } catch (...) {
            return errorText(std::current_exception());
        }
    }
    const auto pairProblem = [](const PassphraseField* a, const PassphraseField* b,
                                const char* whoseKey) -> QString {
        const auto secret = a->peekSecret();
        try {
            app::requireAcceptableNewPassphrase(secret, whoseKey);
        } catch (...) {
            return errorText(std::current_exception());
        }
        if (!sameSecret(secret, b->peekSecret())) {
            return words(app::Text("passphrases_differ").with("whose", app::Text(whoseKey)));
        }
        return {};
    };
    if (QString p = pairProblem(passphrase_, passphraseAgain_, "passphrase_vault"); !p.isEmpty()) {
        return p;
    }
    if (role_ == VaultRole::Unit) {
        if (QString p = pairProblem(reviewer_, reviewerAgain_, "passphrase_reviewer");
            !p.isEmpty()) {
            return p;
        }
        if (sameSecret(passphrase_->peekSecret(), reviewer_->peekSecret())) {
            return tr("保密审查员口令必须与保险库口令不同：审查要由另一个人把关。");
        }
        if (const QString name = reviewerName_->text().trimmed(); !name.isEmpty()) {
            try {
                app::validateReviewerName(name.toStdString());
            } catch (...) {
                return errorText(std::current_exception());
            }
        }
    }
    return {};
}

void CreateVaultDialog::revalidate() {
    strength_->setText(strengthText(passphrase_));
    if (reviewer_ != nullptr) {
        reviewerStrength_->setText(strengthText(reviewer_));
    }
    const QString p = problem();
    problem_->setText(p);
    createButton_->setEnabled(p.isEmpty());
}

void CreateVaultDialog::create() {
    if (!problem().isEmpty()) {
        return;
    }
    const std::string path = path_->text().trimmed().toStdString();
    auto vaultSecret = std::make_shared<crypto::SecretBuffer>(passphrase_->peekSecret());
    std::shared_ptr<crypto::SecretBuffer> reviewerSecret;
    app::VaultIdentity id;
    std::string reviewerName;
    if (role_ == VaultRole::Unit) {
        reviewerSecret = std::make_shared<crypto::SecretBuffer>(reviewer_->peekSecret());
        reviewerName = reviewerName_->text().trimmed().toStdString();
        id = {campaign_->currentData().toString().toStdString(),
              channel_->currentData().toString().toStdString(),
              unitName_->text().trimmed().toStdString(),
              unitId_->text().trimmed().toUpper().toStdString()};
    }
    setEnabled(false);
    progress_->setVisible(true);
    problem_->setStyleSheet(QString());
    problem_->setText(tr("正在建立保险库并生成密钥（Argon2id 派生需要数秒）…"));
    const bool office = role_ == VaultRole::Office;
    const app::BundleProfile profile =
        office ? app::profileFromWord(profile_->currentData().toString().toStdString())
                     .value_or(app::BundleProfile::Intl)
               : app::BundleProfile::Intl;
    runInBackground<bool>(
        this,
        [=] {
            if (office) {
                app::initOfficeVault(path, *vaultSecret, crypto::Argon2idParams::defaults(),
                                     app::actorFor("clerk"), profile);
            } else {
                app::initVault({path, id, crypto::Argon2idParams::defaults(),
                                app::actorFor("officer"), reviewerName},
                               *vaultSecret, *reviewerSecret);
            }
            return true;
        },
        [this, path](bool) {
            created_ = QString::fromStdString(path);
            passphrase_->wipe();
            passphraseAgain_->wipe();
            if (reviewer_ != nullptr) {
                reviewer_->wipe();
                reviewerAgain_->wipe();
            }
            accept();
        },
        [this](std::exception_ptr error) {
            setEnabled(true);
            progress_->setVisible(false);
            problem_->setStyleSheet(QStringLiteral("color: #b00020"));
            problem_->setText(errorText(error));
        });
}

}  // namespace baosong::gui
