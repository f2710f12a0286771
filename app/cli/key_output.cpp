#include "key_output.h"

namespace baosong::cli {

void printKeyFingerprint(CliContext& ctx, const char* nameKey, const app::KeyFingerprint& key) {
    const std::string twoLines = app::fingerprintOnTwoLines(key);
    const std::size_t cut = twoLines.find('\n');
    ctx.out << "  " << ctx.say(app::Text("cli_key_fingerprint").with("key", app::Text(nameKey)))
            << "\n      " << twoLines.substr(0, cut) << "\n"
            << "      " << twoLines.substr(cut + 1) << "\n"
            << "    " << ctx.say(app::Text("cli_key_public").with("key", key.publicKey)) << "\n"
            << "    " << ctx.say(app::Text("cli_key_id").with("id", key.keyId)) << "\n";
}

void printOfficeKeys(CliContext& ctx, const std::string& recipient,
                     const app::KeyFingerprint& grantKey) {
    ctx.out << "  " << ctx.say("cli_key_recipient") << "\n"
            << "      " << app::groupInFours(recipient) << "\n";
    printKeyFingerprint(ctx, "key_grant", grantKey);
}

}  // namespace baosong::cli
