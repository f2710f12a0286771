#include "office_key_import.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "input_file.h"
#include "store/audit_log.h"
#include "store/office_public_store.h"

namespace baosong::app {

namespace {
AppError invalid(const std::string& path, Text why) {
    return AppError(ErrorKind::BadInput, "office_keys_invalid",
                    Text("office_keys_unusable").with("path", path).with("why", std::move(why)));
}

// The one non-comment line of office.recipient.
std::string recipientLine(const std::string& path) {
    const std::string text = readInputText(path, 4096, "file_office_keys");
    std::string found;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (!found.empty()) {
            throw invalid(path, Text("office_keys_one_recipient"));
        }
        found = line;
    }
    if (found.empty()) {
        throw invalid(path, Text("office_keys_no_recipient"));
    }
    return found;
}
}  // namespace

ImportedOfficeKeys importOfficeKeys(Vault& vault, const std::string& dir,
                                    const std::string& actor) {
    namespace fs = std::filesystem;
    const std::string recipientPath = (fs::path(dir) / "office.recipient").string();
    const std::string grantPath = (fs::path(dir) / "office-grant.pub").string();
    const std::string receivePemPath = (fs::path(dir) / "office.pub.pem").string();
    const std::string grantPemPath = (fs::path(dir) / "office-grant.pub.pem").string();
    const bool intl = fs::exists(recipientPath) || fs::exists(grantPath);
    const bool gm = fs::exists(receivePemPath) || fs::exists(grantPemPath);
    if (intl && gm) {
        throw invalid(dir, Text("office_keys_both_profiles"));
    }
    ImportedOfficeKeys imported;
    SqliteTransaction tx(vault.db());
    if (gm) {
        const auto pemKey = [](const std::string& path) {
            try {
                return crypto::Sm2PublicKey::fromPem(readInputText(path, 4096, "file_office_keys"));
            } catch (const crypto::CryptoError& e) {
                throw invalid(path, libraryText("crypto", e));
            }
        };
        const auto receive = pemKey(receivePemPath);
        const auto grant = pemKey(grantPemPath);
        if (receive == grant) {
            throw invalid(grantPemPath, Text("office_keys_same_key"));
        }
        imported = {"gm", crypto::toHex(receive.fingerprint()), fingerprintOf(grant)};
        OfficePublicStore(vault.db()).putGm(receive, grant);
    } else {
        std::optional<crypto::age::X25519Recipient> recipient;
        try {
            recipient = crypto::age::X25519Recipient::parse(recipientLine(recipientPath));
        } catch (const crypto::CryptoError& e) {
            throw invalid(recipientPath, libraryText("crypto", e));
        }
        std::optional<crypto::MinisignPublicKey> grantKey;
        try {
            grantKey = crypto::MinisignPublicKey::fromText(
                readInputText(grantPath, 4096, "file_office_keys"));
        } catch (const crypto::CryptoError& e) {
            throw invalid(grantPath, libraryText("crypto", e));
        }
        imported = {"intl", recipient->text(), fingerprintOf(*grantKey)};
        OfficePublicStore(vault.db()).put(*recipient, *grantKey);
    }
    AuditLog(vault.db())
        .append(actor, "keys.import-office",
                nlohmann::json{{"profile", imported.profile},
                               {"recipient", imported.recipient},
                               {"grant_key", imported.grantKey.fingerprint}}
                    .dump());
    tx.commit();
    return imported;
}

}  // namespace baosong::app
