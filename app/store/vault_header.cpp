#include "vault_header.h"

#include <sodium.h>
#include <sys/stat.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/app_error.h"
#include "crypto/crypto_error.h"

namespace baosong::app {

namespace {
constexpr std::uint8_t kMagic0 = 'B';
constexpr std::uint8_t kMagic1 = 'S';
constexpr std::uint8_t kFormat = 0x01;
// SQLCipher 4's default page size; a whole vault is always a multiple of it.
constexpr std::uint64_t kPageBytes = 4096;

AppError notAVault(const std::string& path) {
    return AppError(ErrorKind::BadInput, "not_a_vault",
                    Text("not_a_vault_path").with("path", path));
}
}  // namespace

VaultHeader VaultHeader::fresh(const crypto::Argon2idParams& params) {
    params.validate();
    if (!std::has_single_bit(params.memoryBytes) || params.passes > 255) {
        throw AppError(ErrorKind::BadInput, "kdf_params_invalid", Text("kdf_params_invalid"));
    }
    VaultHeader header;
    header.bytes[0] = kMagic0;
    header.bytes[1] = kMagic1;
    header.bytes[2] = kFormat;
    header.bytes[3] = static_cast<std::uint8_t>(std::countr_zero(params.memoryBytes));
    header.bytes[4] = static_cast<std::uint8_t>(params.passes);
    randombytes_buf(header.bytes.data() + 5, header.bytes.size() - 5);
    return header;
}

VaultHeader VaultHeader::parse(const crypto::Argon2idSalt& bytes) {
    if (bytes[0] != kMagic0 || bytes[1] != kMagic1) {
        throw AppError(ErrorKind::BadInput, "not_a_vault", Text("not_a_vault"));
    }
    if (bytes[2] != kFormat) {
        throw AppError(ErrorKind::BadInput, "vault_version_unsupported",
                       Text("vault_version_unsupported").with("version", std::to_string(bytes[2])));
    }
    VaultHeader header;
    header.bytes = bytes;
    try {
        header.params().validate();
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_header_params").with("why", libraryText("crypto", e)));
    }
    return header;
}

VaultHeader VaultHeader::readFrom(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        throw AppError(ErrorKind::BadInput, "vault_missing",
                       Text("vault_missing").with("path", path));
    }
    if (!S_ISREG(st.st_mode)) {
        throw AppError(ErrorKind::BadInput, "not_a_vault",
                       Text("not_a_regular_file").with("path", path));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) {
        throw AppError(
            ErrorKind::BadInput, "vault_unreadable",
            Text("vault_unreadable").with("path", path).with("reason", std::strerror(errno)));
    }
    crypto::Argon2idSalt bytes{};
    if (!in.read(reinterpret_cast<char*>(bytes.data()), bytes.size())) {
        throw notAVault(path);
    }
    VaultHeader header;
    try {
        header = parse(bytes);
    } catch (const AppError& e) {
        if (e.code() == "not_a_vault") {
            throw notAVault(path);
        }
        throw;
    }
    const auto size = static_cast<std::uint64_t>(st.st_size);
    // With a journal beside it, the file may be mid-transaction; SQLite rolls it back on
    // open and the page check then judges what is left.
    struct stat journal {};
    const bool hotJournal = ::stat((path + "-journal").c_str(), &journal) == 0;
    if (!hotJournal && (size < kPageBytes || size % kPageBytes != 0)) {
        throw AppError(
            ErrorKind::BadInput, "vault_corrupt",
            Text("vault_truncated").with("path", path).with("size", std::to_string(size)));
    }
    return header;
}

crypto::Argon2idParams VaultHeader::params() const {
    crypto::Argon2idParams params;
    params.memoryBytes = bytes[3] < 64 ? std::uint64_t{1} << bytes[3] : 0;
    params.passes = bytes[4];
    return params;
}

}  // namespace baosong::app
