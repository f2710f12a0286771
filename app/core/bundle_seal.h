#pragma once
// `baosong seal` (cli.md, bundle.md): the exact payload the reviewer signed, staged as a
// BagIt bag, signed by the unit, encrypted to the office and signed outside, written
// under temporary names and renamed only when complete.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "bundle/bundle_writer.h"
#include "bundle/gm_bundle_writer.h"
#include "store/vault.h"

namespace baosong::app {

// A reason the vault cannot be sealed now: what stands in the way, in words every front end
// shares, and which reason it is, so that each front end says how to resolve it in its own
// terms (the CLI names a command, the desktop app a page or a menu).
struct SealRefusal {
    enum class Reason {
        PolicyErrors,
        BlockingFlags,
        OpenFlags,
        OpenItems,
        NotSignedOff,
        SignOffVoid,
        NoOfficeKeys
    };
    Reason reason;
    Text what;
};
// How a front end says a refusal; plainRefusal says only what stands in the way.
using RefusalWords = std::function<Text(const SealRefusal&)>;
Text plainRefusal(const SealRefusal& refusal);

// A front end's sentences (catalogue keys) for what resolves each kind of refusal.
struct RefusalActions {
    const char* policyErrors;
    const char* flags;       // open flags, block-level or not
    const char* items;       // photos, attachments and scans to approve
    const char* signOff;     // a sign-off missing or void
    const char* officeKeys;  // the office's public keys to import
};
// The refusal with its action: "{what}。{action}".
Text refusalWithAction(const SealRefusal& refusal, const RefusalActions& actions);

// Every reason the vault cannot be sealed now; empty when it can: policy errors, open flags
// (block-level ones named apart), photos or attachments not approved, the sign-off missing
// or void, the office key not imported. current: the export payload when the caller has
// built it (else the sign-off check builds it).
struct ExportPayload;
std::vector<SealRefusal> sealRefusals(Vault& vault, const ExportPayload* current = nullptr);

struct SealResult {
    std::string bundlePath;
    std::string signaturePath;  // .minisig (intl), .sig (gm)
    std::string readmePath;
    long long revision = 0;
    std::string sha256;
    std::uint64_t size = 0;
    std::string trustedComment;  // intl: the trusted comment; gm: the statement's line
    // How to check the bundle with the standard tools alone, one command a line, as its
    // README gives them (intl: minisign, age, tar and sha256sum; gm: openssl).
    std::string checkCommands;
    // What settling a seal killed earlier did (interrupted_seal.h), when there was one.
    std::optional<Text> settled = {};
    std::string statementPath = {};  // gm: <bundle>.statement; "" in intl
    std::string profile = "intl";
};

// What sealVault gives bundle::writeBundle for payload: the label and bag-info of the
// revision in the payload's submission.json, sealed now, to the imported office key, with
// the reviewer's sign-off. It checks nothing (sealRefusals does); the input's file
// writers read the vault and payload, which must outlive it.
bundle::SealInput sealInput(SqliteDatabase& db, const ExportPayload& payload);
// The same for profile "gm" (bundle-gm.md), to the imported SM2 receiving key.
bundle::GmSealInput gmSealInput(SqliteDatabase& db, const ExportPayload& payload);

// Writes DIR/<stem>.bsx, .bsx.minisig and <stem>.README.txt (bundle.md), or in profile
// "gm" DIR/<stem>.bsx, .bsx.statement, .bsx.sig and <stem>.README.txt (bundle-gm.md),
// never replacing a file. A seal killed earlier is settled first (interrupted_seal.h).
// Throws AppError (Problem) "seal_refused" listing every reason of sealRefusals, one per
// line; (BadInput) "target_exists" when a file of this revision is already in outDir,
// "io_error" when outDir is not a writable folder; (Problem) "disk_full" when outDir lacks
// room (checked before writing). Nothing is left in outDir on failure.
SealResult sealVault(Vault& vault, const std::string& outDir, const std::string& actor,
                     const RefusalWords& words = plainRefusal);

}  // namespace baosong::app
