#include "receive_step.h"

#include <QCoreApplication>
#include <QHash>

namespace baosong::gui {

QString receiveStepSentence(ReceiveStep step) {
    switch (step) {
        case ReceiveStep::Signature:
            return QCoreApplication::translate("ReceiveStep", "找到这个报送包的签名文件");
        case ReceiveStep::Signer:
            return QCoreApplication::translate("ReceiveStep", "签名由已登记单位的密钥签署");
        case ReceiveStep::Intact:
            return QCoreApplication::translate("ReceiveStep", "报送包未被改动");
        case ReceiveStep::TrustedComment:
            return QCoreApplication::translate("ReceiveStep",
                                               "可信注释（单位、活动、版本、收件方）未被改动");
        case ReceiveStep::Recipient:
            return QCoreApplication::translate("ReceiveStep", "收件方是本办");
        case ReceiveStep::Revision:
            return QCoreApplication::translate("ReceiveStep",
                                               "版本号合规（不是旧版本，也未重复接收）");
        case ReceiveStep::Target:
            return QCoreApplication::translate("ReceiveStep", "接收文件夹中没有同名的报送包");
        case ReceiveStep::Decrypt:
            return QCoreApplication::translate("ReceiveStep", "解密成功");
        case ReceiveStep::Bag:
            return QCoreApplication::translate("ReceiveStep",
                                               "清单与内层签名（单位、保密审查员）核对一致");
        case ReceiveStep::Policy:
            return QCoreApplication::translate("ReceiveStep", "政策复核");
    }
    return {};
}

std::optional<ReceiveStep> receiveStepFailedBy(const QString& code) {
    // The codes office_receive.h and bundle_reader.h list; a code added there and not
    // here is shown as a failure of the whole receipt, never as a wrong step.
    static const QHash<QString, ReceiveStep> steps{
        {QStringLiteral("signature_missing"), ReceiveStep::Signature},
        {QStringLiteral("signature_malformed"), ReceiveStep::Signature},
        {QStringLiteral("trusted_comment_invalid"), ReceiveStep::Signature},
        {QStringLiteral("signature_other_bundle"), ReceiveStep::Signature},
        // Profile gm (bundle-gm.md): the statement beside the bundle, and a bundle of the
        // other profile than the office's.
        {QStringLiteral("statement_invalid"), ReceiveStep::Signature},
        {QStringLiteral("profile_mismatch"), ReceiveStep::Signature},
        // An SM2 signature names no key: a changed statement and another's key look alike.
        {QStringLiteral("statement_altered"), ReceiveStep::Signer},
        {QStringLiteral("unit_not_enrolled"), ReceiveStep::Signer},
        {QStringLiteral("signer_not_enrolled"), ReceiveStep::Signer},
        {QStringLiteral("signature_key_mismatch"), ReceiveStep::Signer},
        // minisign checks the signature over the file before the one over the comment.
        {QStringLiteral("bundle_altered"), ReceiveStep::Intact},
        {QStringLiteral("trusted_comment_altered"), ReceiveStep::TrustedComment},
        {QStringLiteral("recipient_other_office"), ReceiveStep::Recipient},
        {QStringLiteral("revision_stale"), ReceiveStep::Revision},
        {QStringLiteral("revision_conflict"), ReceiveStep::Revision},
        {QStringLiteral("already_received"), ReceiveStep::Revision},
        {QStringLiteral("target_exists"), ReceiveStep::Target},
        {QStringLiteral("decrypt_failed"), ReceiveStep::Decrypt},
        {QStringLiteral("bundle_profile_invalid"), ReceiveStep::Decrypt},
        // The file was swapped between the check of its signature and its decryption.
        {QStringLiteral("bundle_changed"), ReceiveStep::Decrypt},
        {QStringLiteral("bag_entry_unsafe"), ReceiveStep::Bag},
        {QStringLiteral("bag_too_large"), ReceiveStep::Bag},
        {QStringLiteral("tar_invalid"), ReceiveStep::Bag},
        {QStringLiteral("tar_trailing_data"), ReceiveStep::Bag},
        {QStringLiteral("tar_end_missing"), ReceiveStep::Bag},
        {QStringLiteral("bag_info_invalid"), ReceiveStep::Bag},
        {QStringLiteral("bag_name_invalid"), ReceiveStep::Bag},
        {QStringLiteral("manifest_invalid"), ReceiveStep::Bag},
        {QStringLiteral("bag_layout_invalid"), ReceiveStep::Bag},
        {QStringLiteral("manifest_mismatch"), ReceiveStep::Bag},
        {QStringLiteral("tagmanifest_mismatch"), ReceiveStep::Bag},
        {QStringLiteral("unit_signature_invalid"), ReceiveStep::Bag},
        {QStringLiteral("reviewer_signature_invalid"), ReceiveStep::Bag},
        {QStringLiteral("payload_oxum_mismatch"), ReceiveStep::Bag},
        {QStringLiteral("bag_info_mismatch"), ReceiveStep::Bag},
        {QStringLiteral("submission_label_mismatch"), ReceiveStep::Bag},
    };
    const auto it = steps.find(code);
    if (it == steps.end()) {
        return std::nullopt;
    }
    return *it;
}

}  // namespace baosong::gui
