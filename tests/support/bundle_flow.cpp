#include "bundle_flow.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/cli_runner.h"
#include "support/vault_fixture.h"

namespace baosong::test {

namespace {
void expectOk(const ProcessResult& r, const std::string& what) {
    if (r.exitCode != 0) {
        ADD_FAILURE() << what << " exited " << r.exitCode << "\nout: " << r.out
                      << "\nerr: " << r.err;
    }
}
}  // namespace

BundleFlow::BundleFlow(const TempDir& dir, const std::string& id, const std::string& name)
    : vault(dir / (name + ".bsv")), unitId(id), base((dir.path() / name).string()) {
    std::filesystem::create_directories(base);
}

ProcessResult BundleFlow::run(std::vector<std::string> args,
                              const std::map<std::string, std::string>& env) {
    return runCli(std::move(args), env);
}

void BundleFlow::initUnit() {
    expectOk(run({"vault", "init", vault, "--campaign", "nmg-zuimei-2023", "--channel",
                  "defense_unit", "--unit-name", "内蒙古北方特种装备研究所", "--unit-id", unitId,
                  "--kdf-memory-mib", "64", "--kdf-passes", "1"}),
             "vault init");
}

void BundleFlow::importSubmission(const std::string& json) {
    expectOk(run({"vault", "import", vault, json}), "vault import");
}

void BundleFlow::reviewAndSignOff() {
    const auto listed = run({"review", vault, "list", "--json"});
    const auto doc = nlohmann::json::parse(listed.out, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << listed.err;
    // Every open flag in one command and every item in another (cli.md: one or more, all
    // or none): each command is a process that derives the vault key.
    std::vector<std::string> resolve{"review", vault, "resolve"};
    for (const auto& flag : doc.at("flags")) {
        if (flag.at("decision").is_null()) {
            resolve.push_back(flag.at("id").get<std::string>());
        }
    }
    if (resolve.size() > 3) {
        resolve.insert(resolve.end(), {"--decision", "cleared", "--note", "已公开报道，不涉密"});
        expectOk(run(resolve), "review resolve");
    }
    std::vector<std::string> approve{"review", vault, "approve"};
    for (const auto& item : doc.at("items")) {
        if (!item.at("approved").get<bool>()) {
            approve.push_back(item.at("id").get<std::string>());
        }
    }
    if (approve.size() > 3) {
        expectOk(run(approve), "review approve");
    }
    expectOk(run({"review", vault, "sign-off"}), "review sign-off");
}

void BundleFlow::initOffice(const std::string& officeVault) {
    std::vector<std::string> args{"office", "init",         officeVault, "--kdf-memory-mib",
                                  "64",     "--kdf-passes", "1"};
    if (!profile.empty()) {
        args.insert(args.end(), {"--profile", profile});
    }
    expectOk(run(args), "office init");
}

void BundleFlow::exchangeKeys(const std::string& officeVault) {
    outKeys = base + "/office-keys";
    if (!std::filesystem::exists(outKeys)) {
        std::filesystem::create_directories(outKeys);
        expectOk(run({"office", "keys", officeVault, "--out", outKeys, "--with-secret"}),
                 "office keys");
    }
    expectOk(run({"keys", vault, "import-office", outKeys}), "keys import-office");
    const std::string enrolment = base + "/enrolment";
    expectOk(run({"keys", vault, "enrolment", enrolment}), "keys enrolment");
    expectOk(run({"office", "enrol", officeVault, enrolment + ".json", "--yes"}), "office enrol");
}

void BundleFlow::readyToSeal(const std::string& json, const std::string& officeVault) {
    initUnit();
    importSubmission(json);
    // The office's keys before the sign-off: their profile names the manifest the reviewer
    // signs (bundle-gm.md "Inside: the bag").
    initOffice(officeVault);
    exchangeKeys(officeVault);
    reviewAndSignOff();
}

ProcessResult BundleFlow::seal(const std::string& outDir) {
    std::filesystem::create_directories(outDir);
    return run({"seal", vault, "--out", outDir, "--json"});
}

bool PreparedUnit::make(bool sealed, const std::string& profile) {
    unit_.profile = profile;
    std::filesystem::create_directories(dir_.path() / "in");
    source_ = writeSealableSubmission(dir_ / "in");
    unit_.readyToSeal(source_, dir_ / "office.bsv");
    if (sealed) {
        expectOk(unit_.seal(dir_ / "out"), "seal");
    }
    return !::testing::Test::HasFailure();
}

void PreparedUnit::copyInto(const TempDir& to, BundleFlow& unit, std::string& source) const {
    namespace fs = std::filesystem;
    fs::copy(dir_.path(), to.path(),
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    source = (to.path() / fs::path(source_).lexically_relative(dir_.path())).string();
    unit.outKeys = unit.base + "/office-keys";
}

}  // namespace baosong::test
