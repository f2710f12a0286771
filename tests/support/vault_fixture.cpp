#include "vault_fixture.h"

#include "support/pdf_maker.h"

#include <filesystem>
#include <random>

#include "core/office_admin.h"
#include "core/office_key_import.h"
#include "core/review_workflow.h"
#include "core/submission_import.h"
#include "policy/submission_json.h"
#include "store/vault_keys.h"
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"
#include "support/temp_dir.h"

namespace baosong::test {

crypto::SecretBuffer secret(std::string_view text) {
    return crypto::SecretBuffer::copyOf(text);
}

app::VaultIdentity exampleIdentity() {
    return {"nmg-zuimei-2023", "defense_unit", "内蒙古北方特种装备研究所", "91150200MA0N8XQ313"};
}

app::Vault makeVault(const std::string& path) {
    app::VaultInitRequest request{path, exampleIdentity(), kFastKdf, "officer:test"};
    return app::initVault(request, secret(kVaultPassphrase), secret(kReviewerPassphrase));
}

app::Vault openVault(const std::string& path) {
    return app::Vault::open(path, secret(kVaultPassphrase), std::nullopt);
}

std::string writeExampleSubmission(const std::string& dir, std::size_t photoBytes) {
    const std::string json = readFile(std::string(BAOSONG_EXAMPLE));
    const std::string path = dir + "/submission.json";
    writeFile(path, json);
    std::mt19937 rng(7);
    for (const auto& ref : policy::fileReferences(policy::parseSubmission(json))) {
        if (ref.kind == policy::FileReference::Kind::Stamped) {
            writeFile(dir + "/" + ref.path, makePdfShowing("stamped " + ref.keyPath));
            continue;
        }
        std::string bytes(photoBytes, '\0');
        for (auto& b : bytes) {
            b = static_cast<char>(rng());
        }
        writeFile(dir + "/" + ref.path, bytes);
    }
    return path;
}

std::string writeSealableSubmission(const std::string& dir, std::uint64_t lifeBytes) {
    const std::string json = readFile(std::string(BAOSONG_EXAMPLE));
    const std::string path = dir + "/submission.json";
    writeFile(path, json);
    std::mt19937 rng(11);
    std::uint32_t seed = 1;
    for (const auto& ref : policy::fileReferences(policy::parseSubmission(json))) {
        std::vector<unsigned char> bytes;
        if (ref.kind == policy::FileReference::Kind::Stamped) {
            const std::string pdf = makePdfShowing("stamped " + ref.keyPath);
            bytes.assign(pdf.begin(), pdf.end());
        } else if (ref.kind == policy::FileReference::Kind::Photo) {
            bytes =
                ref.keyPath.ends_with(".photo") ? idPhoto(seed++) : lifePhoto(seed++, lifeBytes);
        } else {
            const std::string head = "%PDF-1.4\n";
            bytes.assign(head.begin(), head.end());
            bytes.resize(4096 + rng() % 4096);
            for (std::size_t i = head.size(); i < bytes.size(); ++i) {
                bytes[i] = static_cast<unsigned char>(rng());
            }
        }
        writeFile(dir + "/" + ref.path,
                  std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    }
    return path;
}

void reviewAndSignOff(app::Vault& vault) {
    const auto key = app::unlockReviewerKey(vault, secret(kReviewerPassphrase));
    const app::ReviewState state = app::reviewState(vault);
    for (const app::FlagReview& f : state.flags) {
        if (f.open()) {
            app::resolveFlag(vault, {f.flag.id, app::Decision::Cleared, {}, "已公开报道，不涉密"},
                             key, "reviewer:test");
        }
    }
    for (const app::ReviewItem& item : state.items) {
        if (!item.approved) {
            app::approveItem(vault, item.id, key, "reviewer:test");
        }
    }
    app::signOffReview(vault, key, "reviewer:test");
}

UnitAndOffice makeUnitWithOfficeKeys(const std::string& dir, app::bundle::BundleProfile profile) {
    namespace fs = std::filesystem;
    app::Vault office = app::initOfficeVault(dir + "/office.bsv", secret(kVaultPassphrase),
                                             kFastKdf, "clerk:test", profile);
    fs::create_directories(dir + "/keys");
    app::writeOfficeKeys(office, dir + "/keys", true, "clerk:test");
    app::Vault unit = makeVault(dir + "/unit.bsv");
    fs::create_directories(dir + "/in");
    app::importSubmission(unit, writeSealableSubmission(dir + "/in"), "officer:test");
    app::importOfficeKeys(unit, dir + "/keys", "officer:test");
    return {std::move(office), std::move(unit)};
}

}  // namespace baosong::test
