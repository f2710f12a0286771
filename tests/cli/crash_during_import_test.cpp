// A process killed in the middle of an import leaves the vault as it was before or as it
// is after, never in between: the real CLI is started and killed at points spread over the
// time a whole import takes, then the vault is opened and checked.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "base/app_error.h"
#include "core/submission_import.h"
#include "core/vault_session.h"
#include "store/submission_store.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

using Clock = std::chrono::steady_clock;

TEST(CrashDuringImport, VaultIsBeforeOrAfterNeverBetween) {
    TempDir dir;
    const std::string vaultPath = dir / "v.bsv";
    std::filesystem::create_directories(dir.path() / "a");
    std::filesystem::create_directories(dir.path() / "b");
    const std::string first = writeExampleSubmission(dir / "a", 1000);
    // The second import: revision 2 with 30 MB photos, long enough to be killed inside.
    const std::string second = writeExampleSubmission(dir / "b", 30'000'000);
    {
        auto doc = nlohmann::json::parse(readFile(second));
        doc["revision"] = 2;
        writeFile(second, doc.dump());
    }
    {
        app::Vault vault = makeVault(vaultPath);
        app::importSubmission(vault, first, "officer:test");
    }
    const std::string pristine = readFile(vaultPath);
    ProcessOptions options;
    options.env = {{"BAOSONG_PASSPHRASE", kVaultPassphrase}};
    const std::vector<std::string> importArgs = {BAOSONG_CLI, "vault", "import", vaultPath, second};

    // How long a whole import takes here.
    const auto started = Clock::now();
    ASSERT_EQ(runProcess(importArgs, options).exitCode, 0);
    const auto whole = Clock::now() - started;

    int before = 0, after = 0, journals = 0;
    for (int i = 1; i <= 10; ++i) {
        writeFile(vaultPath, pristine);
        std::filesystem::remove(vaultPath + "-journal");
        const pid_t pid = spawnProcess(importArgs, options);
        std::this_thread::sleep_for(whole * i / 11);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        journals += std::filesystem::exists(vaultPath + "-journal") ? 1 : 0;

        // Kept as they are before opening, so a failure can be examined afterwards.
        const std::string killed = readFile(vaultPath);
        const bool hadJournal = std::filesystem::exists(vaultPath + "-journal");
        const std::string journal = hadJournal ? readFile(vaultPath + "-journal") : "";
        // Opening rolls back a hot journal and checks every page.
        std::optional<app::OpenedVault> opened;
        try {
            opened.emplace(app::openVault(
                vaultPath, [] { return secret(kVaultPassphrase); }, app::Access::Change));
        } catch (const app::AppError& e) {
            const auto keep = std::filesystem::temp_directory_path() /
                              ("baosong-crash-evidence-" + std::to_string(::getpid()));
            writeFile(keep / "v.bsv", killed);
            if (hadJournal) {
                writeFile(keep / "v.bsv-journal", journal);
            }
            FAIL() << "kill " << i << " left a vault that does not open: " << e.what() << " ["
                   << e.code() << "]; the files are kept in " << keep
                   << " (passphrase: " << kVaultPassphrase << ")";
        }
        app::SubmissionStore store(opened->vault.db());
        const auto submission = store.load();
        ASSERT_TRUE(submission.has_value());
        const auto files = store.files();
        ASSERT_EQ(files.size(), 9u);  // five photos, four stamped scans
        const std::int64_t expectedSize = submission->revision == 1 ? 1000 : 30'000'000;
        for (const auto& f : files) {
            if (f.path.starts_with("photos/")) {  // the scans are the same in both
                EXPECT_EQ(f.size, expectedSize)
                    << "revision " << submission->revision << " " << f.path;
            }
            EXPECT_NO_THROW(store.fileContents(f.path));
        }
        (submission->revision == 1 ? before : after) += 1;
    }
    std::cout << "[crash test] import took " << std::chrono::duration<double>(whole).count()
              << " s; kills left it before " << before << " times, after " << after << " times; "
              << journals << " kills hit an open transaction\n";
    EXPECT_EQ(before + after, 10);
    EXPECT_GE(journals, 1) << "no kill landed inside the transaction; the test proved nothing";
}

// A wrong passphrase must not even trigger the crash recovery of an interrupted import:
// the journal and the vault stay byte for byte as the killed process left them.
TEST(CrashDuringImport, WrongPassphraseLeavesAnInterruptedImportUntouched) {
    TempDir dir;
    const std::string vaultPath = dir / "v.bsv";
    const std::string source = writeExampleSubmission(dir.path().string(), 30'000'000);
    makeVault(vaultPath);
    ProcessOptions options;
    options.env = {{"BAOSONG_PASSPHRASE", kVaultPassphrase}};
    const pid_t pid = spawnProcess({BAOSONG_CLI, "vault", "import", vaultPath, source}, options);
    // Once the vault grows, SQLite has synced the journal and is writing pages: the journal
    // is "hot" and would be rolled back by the next reader.
    const auto initialSize = std::filesystem::file_size(vaultPath);
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (std::filesystem::file_size(vaultPath) == initialSize && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(std::filesystem::exists(vaultPath + "-journal"))
        << "the import was not caught mid-way";

    const std::string before = snapshot(dir.path());
    options.env["BAOSONG_PASSPHRASE"] = "a wrong passphrase";
    const auto wrong = runProcess({BAOSONG_CLI, "keys", vaultPath, "show"}, options);
    EXPECT_EQ(wrong.exitCode, 3) << wrong.err;
    EXPECT_EQ(snapshot(dir.path()), before);

    options.env["BAOSONG_PASSPHRASE"] = kVaultPassphrase;
    const auto audit = runProcess({BAOSONG_CLI, "vault", "audit", vaultPath}, options);
    EXPECT_EQ(audit.exitCode, 0) << audit.err;
    EXPECT_FALSE(std::filesystem::exists(vaultPath + "-journal"));
    EXPECT_EQ(std::filesystem::file_size(vaultPath), initialSize);
    app::Vault vault = openVault(vaultPath);
    EXPECT_FALSE(app::SubmissionStore(vault.db()).load().has_value());  // rolled back to before
}

}  // namespace
}  // namespace baosong::test
