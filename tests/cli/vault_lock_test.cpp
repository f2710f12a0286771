// One writer per vault (cli.md "Exit codes", store/vault_writer_lock.h): while one process
// holds a vault for change, a second writer exits 3 with vault_busy before asking for a
// passphrase and changes nothing; readers still read; a holder killed with SIGKILL leaves
// no lock behind. The holder here is the real CLI, stopped while it waits for its
// passphrase from a FIFO, which it reads only after taking the lock.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "support/cli_runner.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

class VaultLockTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        source = writeExampleSubmission(dir / "in", 1000);
        makeVault(vault);
        ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    }
    void TearDown() override {
        if (holder > 0) {
            ::kill(holder, SIGKILL);
            ::waitpid(holder, nullptr, 0);
        }
    }

    // The CLI taking the vault for change, then waiting on the FIFO for its passphrase.
    void startHolder() {
        holder = spawnProcess(
            {BAOSONG_CLI, "vault", "import", vault, source, "--passphrase-file", fifo});
        // Held once the kernel lists an exclusive flock on the vault's inode. Read from
        // /proc/locks, not probed by taking the lock: a probe could take it first.
        struct stat st {};
        ASSERT_EQ(::stat(vault.c_str(), &st), 0);
        const std::string inode = ":" + std::to_string(st.st_ino) + " ";
        for (int i = 0; i < 400; ++i) {
            std::istringstream locks(readFile("/proc/locks"));
            for (std::string line; std::getline(locks, line);) {
                if (line.find("FLOCK") != std::string::npos &&
                    line.find("WRITE") != std::string::npos &&
                    line.find(inode) != std::string::npos) {
                    return;
                }
            }
            ::usleep(50'000);
        }
        FAIL() << "the holder never held the vault";
    }

    TempDir dir;
    std::string vault = dir / "v.bsv";
    std::string fifo = dir / "passphrase.fifo";
    std::string source;
    pid_t holder = -1;
};

TEST_F(VaultLockTest, ASecondWriterIsRefusedAndChangesNothing) {
    startHolder();
    const std::string before = readFile(vault);
    for (const std::vector<std::string>& writer :
         {std::vector<std::string>{"vault", "import", vault, source},
          std::vector<std::string>{"vault", "passwd", vault},
          std::vector<std::string>{"review", vault, "sign-off"},
          std::vector<std::string>{"keys", vault, "enrolment", dir / "enrol"},
          // It only reads, but records the export in the audit log: a writer too.
          std::vector<std::string>{"vault", "export-json", vault, dir / "exported"}}) {
        // No passphrase anywhere: a refusal that asked for one would say so instead.
        ProcessOptions bare;
        bare.unset = {"BAOSONG_PASSPHRASE", "BAOSONG_REVIEWER_PASSPHRASE"};
        std::vector<std::string> argv{BAOSONG_CLI};
        argv.insert(argv.end(), writer.begin(), writer.end());
        const auto refused = runProcess(argv, bare);
        EXPECT_EQ(refused.exitCode, 3) << writer[0] << " " << refused.err;
        EXPECT_EQ(errorCodeIn(refused), "vault_busy") << refused.err;
        EXPECT_NE(refused.err.find("正在被另一个程序使用"), std::string::npos) << refused.err;
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "enrol.json"));
    EXPECT_FALSE(std::filesystem::exists(dir / "exported"));
    EXPECT_EQ(readFile(vault), before);
    // Readers share the vault with its writer.
    EXPECT_EQ(runCli({"keys", vault, "show"}).exitCode, 0);
    EXPECT_EQ(runCli({"vault", "audit", vault}).exitCode, 0);
}

TEST_F(VaultLockTest, AKilledHolderLeavesNoLock) {
    startHolder();
    ASSERT_EQ(::kill(holder, SIGKILL), 0);
    ASSERT_EQ(::waitpid(holder, nullptr, 0), holder);
    holder = -1;
    const auto after = runCli({"vault", "import", vault, source});
    EXPECT_EQ(after.exitCode, 0) << after.err;
}

}  // namespace
}  // namespace baosong::test
