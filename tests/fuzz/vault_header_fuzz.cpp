// Arbitrary bytes as the start of a vault file (app/store/vault_header.h): the first 16
// bytes are parsed, and the whole input is read from a file as opening a vault does.
// Every input ends in a header or AppError, never a crash. What it promises is checked
// too: a header that parses names Argon2id parameters within our limits (a forged file
// must not make us allocate what a unit's PC cannot), a header made fresh for those
// parameters carries the same format bytes, and reading the file agrees with parsing.

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "base/app_error.h"
#include "crypto/argon2id.h"
#include "crypto/crypto_error.h"
#include "fuzz_require.h"
#include "store/vault_header.h"

namespace {

namespace fs = std::filesystem;
using baosong::app::AppError;
using baosong::app::VaultHeader;
using baosong::fuzz::fuzzRequire;

std::optional<VaultHeader> parsed(const std::uint8_t* data, std::size_t size) {
    if (size < baosong::crypto::kArgon2idSaltBytes) {
        return std::nullopt;
    }
    baosong::crypto::Argon2idSalt bytes{};
    std::copy(data, data + bytes.size(), bytes.begin());
    try {
        const VaultHeader header = VaultHeader::parse(bytes);
        fuzzRequire(header.bytes == bytes, "a header keeps its bytes");
        return header;
    } catch (const AppError& e) {
        fuzzRequire(e.code() == "not_a_vault" || e.code() == "vault_version_unsupported" ||
                        e.code() == "vault_corrupt",
                    "a header that does not parse says why");
        return std::nullopt;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path folder = [] {
        std::string pattern = (fs::temp_directory_path() / "vault-header-fuzz-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            std::abort();
        }
        return fs::path(pattern);
    }();
    const std::optional<VaultHeader> header = parsed(data, size);
    if (header) {
        const auto params = header->params();
        try {
            params.validate();
        } catch (const baosong::crypto::CryptoError&) {
            fuzzRequire(false, "a parsed header names parameters Argon2id accepts");
        }
        try {
            const VaultHeader fresh = VaultHeader::fresh(params);
            fuzzRequire(
                std::equal(fresh.bytes.begin(), fresh.bytes.begin() + 5, header->bytes.begin()),
                "a fresh header for the same parameters has the same format bytes");
        } catch (const AppError&) {
            fuzzRequire(false, "the parameters of a parsed header can be written again");
        }
    }

    const fs::path file = folder / "vault.db";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const VaultHeader read = VaultHeader::readFrom(file.string());
        fuzzRequire(header.has_value() && read.bytes == header->bytes,
                    "a file that reads has the header that parses");
        fuzzRequire(size >= 4096 && size % 4096 == 0, "a vault file is whole pages");
    } catch (const AppError& e) {
        fuzzRequire(e.code() == "not_a_vault" || e.code() == "vault_version_unsupported" ||
                        e.code() == "vault_corrupt",
                    "a file that does not read says why");
    }
    return 0;
}
