// Vault unlock and import, each beside the standard it stands on, in the same process:
//   unlock  vs  libsodium's Argon2id alone at the same parameters
//   import  vs  the same bytes inserted straight through SQLCipher in one transaction
// tests/bench/run reports the ratios; nothing here asserts a time.

#include <benchmark/benchmark.h>

#include <memory>

#include "bench_once.h"
#include "core/submission_import.h"
#include "crypto/argon2id.h"
#include "store/vault.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong {
namespace {

// Life photos of 5 MB, above the notice's 2 MB floor (small ones in a --once run).
const std::size_t kPhotoBytes = bench::once() ? 300'000 : 5'000'000;
// The default Argon2id (a light one in a --once run).
crypto::Argon2idParams kdf() {
    return bench::once() ? crypto::Argon2idParams{1, std::uint64_t{8} << 20}
                         : crypto::Argon2idParams::defaults();
}

struct Workspace {
    test::TempDir dir;
    std::string submission;
    std::string vaultPath = dir / "unit.bsv";
    Workspace() {
        std::filesystem::create_directories(dir.path() / "in");
        submission = test::writeExampleSubmission(dir / "in", kPhotoBytes);
        app::VaultInitRequest request{vaultPath, test::exampleIdentity(), kdf(), "officer:bench"};
        app::Vault vault = app::initVault(request, test::secret(test::kVaultPassphrase),
                                          test::secret(test::kReviewerPassphrase));
        app::importSubmission(vault, submission, "officer:bench");
    }
};

Workspace& workspace() {
    static Workspace w;
    return w;
}

void BM_Argon2idAlone(benchmark::State& state) {
    const auto pass = test::secret(test::kVaultPassphrase);
    const auto salt = crypto::randomArgon2idSalt();
    for (auto _ : state) {
        benchmark::DoNotOptimize(crypto::deriveArgon2id(pass, salt, kdf(), 32));
    }
}
BENCHMARK(BM_Argon2idAlone)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_VaultUnlock(benchmark::State& state) {
    const auto& w = workspace();
    for (auto _ : state) {
        app::Vault vault =
            app::Vault::open(w.vaultPath, test::secret(test::kVaultPassphrase), std::nullopt);
        benchmark::DoNotOptimize(vault.db().handle());
    }
}
BENCHMARK(BM_VaultUnlock)->Unit(benchmark::kMillisecond)->Iterations(5);

// A fresh vault per iteration (made while the clock is paused, with light Argon2id since
// unlocking is measured above), so both sides really write every byte.
struct FreshVault {
    test::TempDir dir;
    app::Vault vault = test::makeVault(dir / "fresh.bsv");
};

void BM_VaultImport(benchmark::State& state) {
    const auto& w = workspace();
    for (auto _ : state) {
        state.PauseTiming();
        auto fresh = std::make_unique<FreshVault>();
        state.ResumeTiming();
        app::importSubmission(fresh->vault, w.submission, "officer:bench");
        state.PauseTiming();
        fresh.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * 5 * static_cast<std::int64_t>(kPhotoBytes));
}
BENCHMARK(BM_VaultImport)->Unit(benchmark::kMillisecond)->Iterations(5);

// The baseline: the same five files read and inserted with bare SQLCipher statements in one
// transaction, into the same kind of fresh vault.
void BM_SqlcipherInsertAlone(benchmark::State& state) {
    const auto& w = workspace();
    std::vector<std::string> paths;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(w.dir.path() / "in/photos")) {
        paths.push_back(entry.path().string());
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto fresh = std::make_unique<FreshVault>();
        auto& db = fresh->vault.db();
        db.exec("CREATE TABLE bench(path TEXT PRIMARY KEY, data BLOB)");
        state.ResumeTiming();
        app::SqliteTransaction tx(db);
        for (const auto& path : paths) {
            const std::string bytes = test::readFile(path);
            db.prepare("INSERT INTO bench(path, data) VALUES(?1, ?2)")
                .bind(1, path)
                .bindBlob(
                    2, std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()))
                .run();
        }
        tx.commit();
        state.PauseTiming();
        fresh.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * 5 * static_cast<std::int64_t>(kPhotoBytes));
}
BENCHMARK(BM_SqlcipherInsertAlone)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace baosong

BENCHMARK_MAIN();
