#include "bundle_seal.h"

#include <fcntl.h>
#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "bundle/bundle_writer.h"
#include "bundle/file_stream.h"
#include "bundle/gm_bundle_writer.h"
#include "crypto/sha256.h"
#include "export_payload.h"
#include "interrupted_seal.h"
#include "office_profile.h"
#include "output_folder.h"
#include "policy/scan/scan_flag.h"
#include "policy/submission_json.h"
#include "review_voiding.h"
#include "review_workflow.h"
#include "store/audit_log.h"
#include "store/office_public_store.h"
#include "store/review_store.h"
#include "store/seal_store.h"
#include "store/vault_keys.h"
#include "submission_check.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

void requireRoom(const std::string& outDir, std::uint64_t bytes) {
    struct statvfs st {};
    if (::statvfs(outDir.c_str(), &st) != 0) {
        throw AppError(ErrorKind::BadInput, "io_error",
                       Text("output_folder_inaccessible")
                           .with("dir", outDir)
                           .with("reason", std::strerror(errno)));
    }
    const std::uint64_t free = static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
    if (free < bytes) {
        throw AppError(ErrorKind::Problem, "disk_full",
                       Text("disk_space_short")
                           .with("dir", outDir)
                           .with("free_mib", std::to_string(free >> 20))
                           .with("need_mib", std::to_string((bytes >> 20) + 1)));
    }
}

long long payloadRevision(const ExportPayload& payload) {
    for (const PayloadFile& f : payload.files) {
        if (f.path == "data/submission.json" && f.storedPath.empty()) {
            return policy::parseSubmission(
                       std::string_view(reinterpret_cast<const char*>(f.bytes.data()),
                                        f.bytes.size()))
                .revision;
        }
    }
    throw AppError(ErrorKind::Problem, "submission_missing", Text("payload_without_submission"));
}

std::vector<bundle::BagFile> bagFiles(SqliteDatabase& db, const ExportPayload& payload) {
    std::vector<bundle::BagFile> files;
    for (const PayloadFile& f : payload.files) {
        files.push_back({f.path, f.size, f.manifestDigest, [&db, &f](crypto::ByteSink& sink) {
                             writePayloadFile(db, f, [&sink](std::span<const std::uint8_t> piece) {
                                 sink.write(piece);
                             });
                         }});
    }
    return files;
}
}  // namespace

Text plainRefusal(const SealRefusal& refusal) {
    return refusal.what;
}

Text refusalWithAction(const SealRefusal& refusal, const RefusalActions& actions) {
    using Reason = SealRefusal::Reason;
    const char* action = actions.signOff;
    switch (refusal.reason) {
        case Reason::PolicyErrors:
            action = actions.policyErrors;
            break;
        case Reason::BlockingFlags:
        case Reason::OpenFlags:
            action = actions.flags;
            break;
        case Reason::OpenItems:
            action = actions.items;
            break;
        case Reason::NoOfficeKeys:
            action = actions.officeKeys;
            break;
        case Reason::NotSignedOff:
        case Reason::SignOffVoid:
            break;
    }
    return Text("refusal_with_action").with("what", refusal.what).with("action", Text(action));
}

std::vector<SealRefusal> sealRefusals(Vault& vault, const ExportPayload* current) {
    using Reason = SealRefusal::Reason;
    std::vector<SealRefusal> reasons;
    const policy::CheckReport report = checkVaultSubmission(vault, {});
    if (const policy::Finding* first = report.firstError()) {
        reasons.push_back(
            {Reason::PolicyErrors, Text("refusal_policy_errors")
                                       .with("count", std::to_string(report.errorCount()))
                                       .with("first", first->message, first->messageEn)});
    }
    const ReviewState state = reviewState(vault);
    std::size_t blocking = 0;
    for (const FlagReview& f : state.flags) {
        if (f.open() && f.flag.severity == policy::FlagSeverity::Block) {
            ++blocking;
        }
    }
    if (blocking > 0) {
        reasons.push_back({Reason::BlockingFlags,
                           Text("refusal_blocking_flags").with("count", std::to_string(blocking))});
    }
    if (const std::size_t open = state.openFlags() - blocking; open > 0) {
        reasons.push_back(
            {Reason::OpenFlags, Text("refusal_open_flags").with("count", std::to_string(open))});
    }
    if (const std::size_t items = state.unapprovedItems(); items > 0) {
        reasons.push_back(
            {Reason::OpenItems, Text("refusal_open_items").with("count", std::to_string(items))});
    }
    const SignOffStatus signOff = signOffStatus(vault, current);
    if (signOff.state == SignOffStatus::State::None) {
        reasons.push_back({Reason::NotSignedOff, Text("refusal_not_signed_off")});
    } else if (signOff.state == SignOffStatus::State::Void) {
        reasons.push_back({Reason::SignOffVoid, signOffStatusText(signOff)});
    }
    const auto office = OfficePublicStore(vault.db()).load();
    if (!office) {
        reasons.push_back({Reason::NoOfficeKeys, Text("refusal_no_office_keys")});
    } else if (office->profile == "gm" && !VaultKeys(vault.db()).sm2PublicKey(KeyRole::Unit)) {
        // Office keys of profile "gm" in a vault made before it had SM2 keys.
        reasons.push_back({Reason::NoOfficeKeys, Text("refusal_gm_keys_missing")});
    }
    return reasons;
}

namespace {
// What both profiles' writers take: the label and bag-info of the revision in the payload's
// submission.json, sealed now, to recipient, with the reviewer's sign-off.
bundle::BagInput bagInput(SqliteDatabase& db, const ExportPayload& payload,
                          const std::string& recipient) {
    const VaultIdentity id = loadIdentity(db);
    const ReviewSignOff signOff = *ReviewStore(db).signOff();
    const auto last = SealStore(db).last();

    bundle::BagInput input;
    input.label.unitId = id.unitId;
    input.label.campaign = id.campaign;
    // The revision is the one in submission.json, which the reviewer signed.
    input.label.revision = payloadRevision(payload);
    input.label.sealed = utcNowRfc3339();
    input.label.recipient = recipient;
    input.info.sourceOrganization = id.unitName;
    input.info.unitId = id.unitId;
    input.info.campaign = id.campaign;
    input.info.revision = input.label.revision;
    input.info.previous = last ? last->sha256 : "none";
    input.payload = bagFiles(db, payload);
    input.manifest = signOff.manifest;
    input.reviewerSignature = signOffSignatureFile(signOff.signature);
    return input;
}
}  // namespace

bundle::SealInput sealInput(SqliteDatabase& db, const ExportPayload& payload) {
    const OfficePublicKeys office = *OfficePublicStore(db).load();
    return {bagInput(db, payload, office.recipient->text()), {*office.recipient}};
}

bundle::GmSealInput gmSealInput(SqliteDatabase& db, const ExportPayload& payload) {
    const OfficePublicKeys office = *OfficePublicStore(db).load();
    return {bagInput(db, payload, crypto::toHex(office.receiveSm2->fingerprint())),
            *office.receiveSm2};
}

SealResult sealVault(Vault& vault, const std::string& outDir, const std::string& actor,
                     const RefusalWords& words) {
    SqliteDatabase& db = vault.db();
    // A seal killed earlier is settled first, so the revision below is the right one.
    const std::optional<Text> settled = settleInterruptedSeal(db, actor);
    // Built once: the refusals compare the sign-off with it, and the seal writes it.
    const ExportPayload payload = buildExportPayload(db, PayloadDocuments::AsSignedOff);
    if (const auto refusals = sealRefusals(vault, &payload); !refusals.empty()) {
        std::vector<Text> reasons;
        for (const SealRefusal& r : refusals) {
            reasons.push_back(words(r));
        }
        throw AppError(ErrorKind::Problem, "seal_refused",
                       settled ? Text("seal_refused_after_settling")
                                     .with("settled", *settled)
                                     .withList("reasons", reasons)
                               : Text("seal_refused").withList("reasons", reasons));
    }
    requireOutputFolder(outDir);
    std::error_code ec;  // for the clean-up below, which must not throw
    const bool gm = payload.profile == bundle::BundleProfile::Gm;
    // One of the two is used: the profile's writer takes its own input.
    std::optional<bundle::SealInput> intlInput;
    std::optional<bundle::GmSealInput> gmInput;
    if (gm) {
        gmInput.emplace(gmSealInput(db, payload));
    } else {
        intlInput.emplace(sealInput(db, payload));
    }
    const bundle::BagInput& input = gm ? static_cast<const bundle::BagInput&>(*gmInput)
                                       : static_cast<const bundle::BagInput&>(*intlInput);

    const std::string stem = input.label.stem();
    const std::string bsxPath = (fs::path(outDir) / (stem + ".bsx")).string();
    // bundle.md: <bundle>.minisig; bundle-gm.md: <bundle>.sig and <bundle>.statement.
    const std::string sigPath = bsxPath + std::string(signatureSuffix(payload.profile));
    const std::string statementPath = gm ? bsxPath + ".statement" : std::string();
    // Named for its bundle, so that no README.txt of anyone else's (or of an earlier
    // revision) in the folder is ever replaced.
    const std::string readmePath = (fs::path(outDir) / (stem + ".README.txt")).string();
    std::vector<std::string> targets{bsxPath, sigPath, readmePath};
    if (gm) {
        targets.push_back(statementPath);
    }
    for (const std::string& path : targets) {
        requireNoTarget(path);
    }
    requireRoom(outDir, payload.sealedSizeBound());

    // What a seal of these files killed while writing them left here: its temporaries.
    for (const std::string& path : targets) {
        TempSibling::removeLeftovers(path);
    }
    PendingSeal pending{
        {input.label.revision, "", stem + ".bsx", input.manifest, input.label.sealed},
        fs::absolute(outDir).lexically_normal().string(),
        "",
        "",
        std::string(signatureSuffix(payload.profile)),
        ""};
    const auto abandon = [&db] {
        SqliteTransaction tx(db);
        SealStore(db).clearPending();
        tx.commit();
    };
    try {
        TempSibling bsxTemp(bsxPath, TempSibling::Kind::File);
        VaultKeys keys(db);
        std::string sha256;
        std::uint64_t size = 0;
        std::string signature;  // the .minisig text, or the DER SM2 signature's bytes
        std::string label;      // the trusted comment, or the statement
        {
            const int fd =
                ::open(bsxTemp.path().c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0) {
                throw AppError(ErrorKind::Problem, "io_error",
                               Text("cannot_write").with("path", bsxTemp.path()));
            }
            bundle::FileSink sink(fd, bsxPath);
            if (gm) {
                const auto sealed =
                    bundle::writeGmBundle(*gmInput, keys.sm2PlainSecretKey(KeyRole::Unit), sink);
                sha256 = sealed.sha256;
                size = sealed.size;
                signature.assign(sealed.signature.begin(), sealed.signature.end());
                label = sealed.statement;
            } else {
                const auto sealed = bundle::writeBundle(*intlInput, keys.unitSecretKey(), sink);
                sha256 = sealed.sha256;
                size = sealed.size;
                signature = sealed.signatureText;
                label = input.label.trustedComment();
            }
            sink.close();
        }
        TempSibling sigTemp(sigPath, TempSibling::Kind::File);
        sigTemp.write(signature);
        std::optional<TempSibling> statementTemp;
        if (gm) {
            statementTemp.emplace(statementPath, TempSibling::Kind::File);
            statementTemp->write(label);
        }
        std::string readme;
        std::string checkCommands;
        if (gm) {
            const auto unitKey = *keys.sm2PublicKey(KeyRole::Unit);
            const auto reviewerKey = *keys.sm2PublicKey(KeyRole::Reviewer);
            readme = bundle::gmBundleReadme(input.label, unitKey, reviewerKey);
            checkCommands =
                bundle::gmBundleCheckCommands(input.label, unitKey.pem(), reviewerKey.pem());
        } else {
            const std::string unitKey = keys.publicKey(KeyRole::Unit).base64();
            const std::string reviewerKey = keys.publicKey(KeyRole::Reviewer).base64();
            readme = bundle::bundleReadme(input.label, unitKey, reviewerKey);
            checkCommands = bundle::bundleCheckCommands(input.label, unitKey, reviewerKey);
        }
        TempSibling readmeTemp(readmePath, TempSibling::Kind::File);
        readmeTemp.write(readme);

        // The intent before any file takes its name (store/seal_store.h): a kill from here
        // on is settled by the next seal.
        pending.record.sha256 = sha256;
        pending.signatureSha256 = crypto::toHex(crypto::Sha256::of(signature));
        pending.readmeSha256 = crypto::toHex(crypto::Sha256::of(readme));
        if (gm) {
            pending.statementSha256 = crypto::toHex(crypto::Sha256::of(label));
        }
        {
            SqliteTransaction tx(db);
            SealStore(db).putPending(pending);
            tx.commit();
        }
        // The signature (and statement) and README first, then the bundle: a .bsx never
        // appears without its signature. A failure takes back what was placed.
        std::vector<std::string> placed;
        try {
            sigTemp.commitNew();
            placed.push_back(sigPath);
            if (statementTemp) {
                statementTemp->commitNew();
                placed.push_back(statementPath);
            }
            readmeTemp.commitNew();
            placed.push_back(readmePath);
            bsxTemp.commitNew();
            placed.push_back(bsxPath);
        } catch (...) {
            for (const std::string& path : placed) {
                fs::remove(path, ec);
            }
            throw;
        }
        // The vault records what is now in the folder; killed before this commits, the
        // next seal finds the pending bundle in place and records it then.
        SqliteTransaction tx(db);
        SealStore(db).record(pending.record);
        AuditLog(db).append(actor, "bundle.sealed",
                            nlohmann::json{{"file", stem + ".bsx"},
                                           {"profile", bundle::profileName(payload.profile)},
                                           {"revision", input.label.revision},
                                           {"sha256", sha256},
                                           {"recipient", input.label.recipient}}
                                .dump());
        // This revision is spent: the next seal needs a fresh review of the next revision.
        spendSignOff(db, actor);
        SealStore(db).clearPending();
        tx.commit();
        SealResult result{bsxPath, sigPath,       readmePath, input.label.revision, sha256, size,
                          label,   checkCommands, settled};
        result.statementPath = statementPath;
        result.profile = std::string(bundle::profileName(payload.profile));
        return result;
    } catch (...) {
        // Nothing of this seal is in the folder (the temporaries removed themselves): the
        // revision was not spent.
        if (!fs::exists(bsxPath, ec) && SealStore(db).pending()) {
            abandon();
        }
        throw;
    }
}

}  // namespace baosong::app
