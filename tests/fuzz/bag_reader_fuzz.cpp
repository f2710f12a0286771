// Arbitrary bytes as the decrypted tar of a bag, unpacked into a fresh folder: every input
// must end in a bag or an AppError, never a crash, and never a file outside the folder.
// The tag-file parsers get the same bytes as text. Seeded with tests/data/fuzz/bag_reader_fuzz:
// a bag as the seal lays it out, and entries that must be refused.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/app_error.h"
#include "bundle/bag_tags.h"
#include "bundle/bundle_reader.h"
#include "crypto/byte_stream.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    namespace fs = std::filesystem;
    static const crypto::MinisignSecretKey key = crypto::MinisignSecretKey::generate();
    static const fs::path root = [] {
        std::string pattern = (fs::temp_directory_path() / "bag-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::abort();
        }
        return fs::path(pattern);
    }();
    const fs::path folder = root / "bag";
    fs::remove_all(folder);
    fs::create_directories(folder);
    try {
        crypto::MemorySource source({data, size});
        app::bundle::TarLimits limits;
        limits.maxTotalBytes = 1 << 20;
        app::bundle::unpackBag(source, "U1-c1-r1", folder.string(),
                               app::bundle::intlBagCheck(key.publicKey(), key.publicKey()), limits);
    } catch (const app::AppError&) {
    } catch (const crypto::CryptoError&) {
    }
    // Nothing may appear beside the folder.
    for (const auto& entry : fs::directory_iterator(root)) {
        if (entry.path() != folder) {
            std::abort();
        }
    }
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        app::bundle::parseBagInfo(text);
    } catch (const app::AppError&) {
    }
    try {
        app::bundle::parseManifest(text, "manifest-sha256.txt");
    } catch (const app::AppError&) {
    }
    return 0;
}
