// The profile "gm" envelope on its own, for tests/bench/gm_bundle_bench: seals a folder's
// files as a bag (app/bundle's writer, SM2/SM3/SM4) and opens it back (the two-pass
// reader), timing only those calls, so the script can set them beside the openssl
// pipeline that does the same work. The vaults do not seal in gm yet (bundle-gm.md
// "Where the code stands"); when they do, the script times `baosong seal` instead.
//
//   gm_bundle_driver keys DIR                       unit.pem, reviewer.pem, office.pem + .pub.pem
//   gm_bundle_driver seal DIR FILES                 DIR/B-c1-r1.bsx (+ .statement, .sig)
//   gm_bundle_driver open DIR OUT                   unpacks into OUT/B-c1-r1
// Each prints "<seconds> <peak RSS KiB>" of its timed part.

#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bundle/bag_writer.h"
#include "bundle/file_stream.h"
#include "bundle/gm_bundle_reader.h"
#include "bundle/gm_bundle_writer.h"
#include "crypto/sm2_signature.h"
#include "crypto/sm3.h"

namespace {

namespace fs = std::filesystem;
using namespace baosong;

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const fs::path& path, std::string_view bytes) {
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string textOf(std::span<const std::uint8_t> bytes) {
    return {bytes.begin(), bytes.end()};
}

class FileOut final : public crypto::ByteSink {
  public:
    explicit FileOut(const fs::path& path) : out_(path, std::ios::binary) {}
    void write(std::span<const std::uint8_t> bytes) override {
        out_.write(reinterpret_cast<const char*>(bytes.data()),
                   static_cast<std::streamsize>(bytes.size()));
    }

  private:
    std::ofstream out_;
};

void fillFrom(const std::string& path, crypto::ByteSink& sink) {
    app::bundle::FileSource source(path);
    std::vector<std::uint8_t> buffer(256 * 1024);
    for (std::size_t n = source.read(buffer); n > 0; n = source.read(buffer)) {
        sink.write({buffer.data(), n});
    }
}

std::string sm3OfFile(const std::string& path) {
    struct Hash final : crypto::ByteSink {
        crypto::Sm3 sm3;
        void write(std::span<const std::uint8_t> b) override { sm3.update(b); }
    } hash;
    fillFrom(path, hash);
    return crypto::toHex(hash.sm3.finish());
}

long peakKib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

crypto::Sm2SecretKey key(const fs::path& dir, const char* name) {
    return crypto::Sm2SecretKey::fromPem(readAll(dir / name));
}

app::bundle::BundleLabel label(const crypto::Sm2PublicKey& office) {
    return {"B", "c1", 1, "2023-05-20T08:00:00Z", crypto::toHex(office.fingerprint())};
}

int keys(const fs::path& dir) {
    for (const char* name : {"unit", "reviewer", "office"}) {
        const auto k = crypto::Sm2SecretKey::generate();
        writeAll(dir / (std::string(name) + ".pem"), k.pem().view());
        writeAll(dir / (std::string(name) + ".pub.pem"), k.publicKey().pem());
    }
    return 0;
}

int seal(const fs::path& dir, const fs::path& files) {
    const auto unit = key(dir, "unit.pem");
    const auto reviewer = key(dir, "reviewer.pem");
    const auto office = key(dir, "office.pem");
    app::bundle::GmSealInput input{{}, office.publicKey()};
    input.label = label(office.publicKey());
    input.info = {"单位", "B", "", 0, 0, "c1", 1, "none"};
    // What the sign-off does before the seal (untimed): hash every file for the manifest.
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(files)) {
        if (entry.is_regular_file()) {
            paths.push_back(entry.path());
        }
    }
    for (const fs::path& p : paths) {
        const std::string full = p.string();
        input.payload.push_back({"data/" + fs::relative(p, files).string(), fs::file_size(p),
                                 sm3OfFile(full),
                                 [full](crypto::ByteSink& sink) { fillFrom(full, sink); }});
    }
    input.manifest = app::bundle::payloadManifest(input.payload);
    input.reviewerSignature =
        textOf(crypto::sm2Sign(reviewer, crypto::bytesOfText(input.manifest)));

    const auto start = std::chrono::steady_clock::now();
    app::bundle::GmSealedBundle sealed;
    {
        FileOut out(dir / "B-c1-r1.bsx");
        sealed = app::bundle::writeGmBundle(input, unit, out);
    }
    writeAll(dir / "B-c1-r1.bsx.statement", sealed.statement);
    writeAll(dir / "B-c1-r1.bsx.sig", textOf(sealed.signature));
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cout << took.count() << " " << peakKib() << "\n";
    return 0;
}

int open(const fs::path& dir, const fs::path& out) {
    const auto office = key(dir, "office.pem");
    const auto unit = crypto::Sm2PublicKey::fromPem(readAll(dir / "unit.pub.pem"));
    const auto reviewer = crypto::Sm2PublicKey::fromPem(readAll(dir / "reviewer.pub.pem"));
    const auto start = std::chrono::steady_clock::now();
    const std::string statement = readAll(dir / "B-c1-r1.bsx.statement");
    crypto::sm2Verify(unit, crypto::bytesOfText(statement),
                      crypto::bytesOfText(readAll(dir / "B-c1-r1.bsx.sig")));
    const auto parsed = app::bundle::parseGmStatement(statement);
    app::bundle::GmBundleOpener opener((dir / "B-c1-r1.bsx").string(), office, parsed.sm3);
    fs::create_directories(out / "B-c1-r1");
    opener.unpack("B-c1-r1", (out / "B-c1-r1").string(), app::bundle::gmBagCheck(unit, reviewer),
                  {});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cout << took.count() << " " << peakKib() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 2 && args[0] == "keys") {
            return keys(args[1]);
        }
        if (args.size() == 3 && args[0] == "seal") {
            return seal(args[1], args[2]);
        }
        if (args.size() == 3 && args[0] == "open") {
            return open(args[1], args[2]);
        }
    } catch (const std::exception& e) {
        std::cerr << "gm_bundle_driver: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: gm_bundle_driver keys DIR | seal DIR FILES | open DIR OUT\n";
    return 2;
}
