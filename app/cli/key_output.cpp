#include "key_output.h"

namespace baosong::cli {

void printKeyFingerprint(CliContext& ctx, const char* nameKey, const app::KeyFingerprint& key) {
    const std::string twoLines = app::fingerprintOnTwoLines(key);
    const std::size_t cut = twoLines.find('\n');
    ctx.out << "  "
            << ctx.say(app::Text("cli_key_fingerprint")
                           .with("key", app::Text(nameKey))
                           .with("hash", key.hash))
            << "\n      " << twoLines.substr(0, cut) << "\n"
            << "      " << twoLines.substr(cut + 1) << "\n";
    // A minisign key is short enough to read and carries an id; an SM2 key (profile gm)
    // has no id, and its PEM is in the files beside the page.
    if (!key.keyId.empty()) {
        ctx.out << "    " << ctx.say(app::Text("cli_key_public").with("key", key.publicKey)) << "\n"
                << "    " << ctx.say(app::Text("cli_key_id").with("id", key.keyId)) << "\n";
    }
}

void printOfficeKeys(CliContext& ctx, std::string_view profile, const std::string& recipient,
                     const app::KeyFingerprint& grantKey) {
    if (profile == "gm") {
        const std::string grouped = app::groupInFours(recipient);
        ctx.out << "  " << ctx.say("cli_key_recipient_gm") << "\n"
                << "      " << grouped.substr(0, 39) << "\n"
                << "      " << grouped.substr(40) << "\n";
    } else {
        ctx.out << "  " << ctx.say("cli_key_recipient") << "\n"
                << "      " << app::groupInFours(recipient) << "\n";
    }
    printKeyFingerprint(ctx, "key_grant", grantKey);
}

}  // namespace baosong::cli
