#include "bundle_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "background_sink.h"
#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "file_stream.h"
#include "hashing_sink.h"

namespace baosong::app::bundle {

namespace {
constexpr std::uint64_t kMaxTagFileBytes = 1 << 20;
constexpr std::uint64_t kMaxKeptDataBytes = 64 << 20;  // submission.json and review.json

AppError problem(const char* code, Text text) {
    return AppError(ErrorKind::Problem, code, std::move(text));
}

// Writes one unpacked file below folder. Every folder on the way was made by us from
// checked names, and the file is created new (O_EXCL) without following links, so a
// duplicate entry or a planted link fails instead of overwriting something.
class UnpackedFile final : public crypto::ByteSink {
  public:
    UnpackedFile(const std::string& folder, const std::string& path) : path_(path) {
        makeParents(folder, path);
        const std::string full = folder + "/" + path;
        fd_ = ::open(full.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd_ < 0) {
            throw problem(
                errno == EEXIST ? "bag_entry_unsafe" : "io_error",
                Text("unpack_failed").with("path", path).with("reason", std::strerror(errno)));
        }
    }
    ~UnpackedFile() override {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    void write(std::span<const std::uint8_t> bytes) override {
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno != EINTR) {
                throw problem(errno == ENOSPC ? "disk_full" : "io_error",
                              Text("io_write_failed")
                                  .with("path", path_)
                                  .with("reason", std::strerror(errno)));
            }
            done += n > 0 ? static_cast<std::size_t>(n) : 0;
        }
    }
    static void makeParents(const std::string& folder, const std::string& path) {
        for (std::size_t slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1)) {
            makeFolder(folder + "/" + path.substr(0, slash));
        }
    }
    static void makeFolder(const std::string& full) {
        if (::mkdir(full.c_str(), 0700) != 0) {
            struct stat st {};
            if (errno != EEXIST || ::lstat(full.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
                throw problem("bag_entry_unsafe", Text("unpack_folder_failed").with("path", full));
            }
        }
    }

  private:
    std::string path_;
    int fd_ = -1;
};

class StringSink final : public crypto::ByteSink {
  public:
    explicit StringSink(std::string& text) : text_(text) {}
    void write(std::span<const std::uint8_t> bytes) override {
        text_.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    }

  private:
    std::string& text_;
};

// Passes bytes to one sink and, when given, a second.
class TeeSink final : public crypto::ByteSink {
  public:
    TeeSink(crypto::ByteSink& first, crypto::ByteSink* second) : first_(first), second_(second) {}
    void write(std::span<const std::uint8_t> bytes) override {
        first_.write(bytes);
        if (second_) {
            second_->write(bytes);
        }
    }

  private:
    crypto::ByteSink& first_;
    crypto::ByteSink* second_;
};

void copyEntry(TarReader& tar, crypto::ByteSink& sink) {
    std::vector<std::uint8_t> buffer(64 * 1024);
    for (std::size_t n = tar.read(buffer); n > 0; n = tar.read(buffer)) {
        sink.write({buffer.data(), n});
    }
}

void verifyInner(const SignatureCheck& check, const std::string& message,
                 const std::string& signatureFile, const char* code, const char* whoKey) {
    try {
        check(message, signatureFile);
    } catch (const crypto::CryptoError& e) {
        throw problem(code, Text("inner_signature_failed")
                                .with("who", Text(whoKey))
                                .with("why", libraryText("crypto", e)));
    }
}
}  // namespace

BundleSignature readBundleSignature(std::string_view minisigText) {
    try {
        auto signature = crypto::MinisignSignature::parse(minisigText);
        BundleLabel label = parseTrustedComment(signature.trustedComment);
        return {std::move(signature), std::move(label)};
    } catch (const crypto::CryptoError& e) {
        throw problem("signature_malformed",
                      Text("minisig_unreadable").with("why", libraryText("crypto", e)));
    }
}

BundleDigest digestBundle(const std::string& path) {
    FileSource source(path);
    // The two hashes on the two cores of a unit's or the office's PC: SHA-256 on the
    // background thread, BLAKE2b (minisign's prehash) on this one.
    HashingSink sha256(nullptr);
    crypto::MinisignPrehash prehash;
    {
        BackgroundSink background(sha256);
        std::vector<std::uint8_t> buffer(256 * 1024);
        for (std::size_t n = source.read(buffer); n > 0; n = source.read(buffer)) {
            background.write({buffer.data(), n});
            prehash.update({buffer.data(), n});
        }
        background.finish();
    }
    return {sha256.digestHex(), prehash.finish(), sha256.count()};
}

void verifyBundleSignature(const crypto::MinisignPublicKey& key, const BundleSignature& signature,
                           const BundleDigest& digest) {
    try {
        crypto::verifyMinisign(key, digest.prehash, signature.signature);
    } catch (const crypto::CryptoError& e) {
        if (e.code() == "signature_key_mismatch") {
            throw problem("signature_key_mismatch", Text("signature_key_mismatch"));
        }
        if (e.code() == "trusted_comment_invalid") {
            throw problem("trusted_comment_altered", Text("trusted_comment_altered"));
        }
        throw problem("bundle_altered", Text("bundle_altered"));
    }
}

UnpackedBag unpackBag(crypto::ByteSource& plaintext, const std::string& stem,
                      const std::string& folder, const BagCheck& check, const TarLimits& limits) {
    TarReader tar(plaintext, limits);
    const std::string prefix = stem + "/";
    const BagLayout& layout = bagLayout(check.profile);
    const std::string manifestName(layout.manifest),
        reviewerSignatureName(layout.reviewerSignature), tagManifestName(layout.tagManifest),
        unitSignatureName(layout.unitSignature);
    const std::set<std::string> expected{
        std::string(kBagitFile), std::string(kBagInfoFile), manifestName,
        reviewerSignatureName,   tagManifestName,           unitSignatureName};
    std::map<std::string, std::string> tags;  // tag files, kept
    UnpackedBag bag;
    while (const auto entry = tar.next()) {
        if (entry->path == stem && entry->directory) {
            continue;  // the bag's own folder is `folder`
        }
        if (entry->path.rfind(prefix, 0) != 0) {
            throw problem("bag_layout_invalid",
                          Text("bag_entry_outside").with("bag", stem).with("path", entry->path));
        }
        const std::string inBag = entry->path.substr(prefix.size());
        const bool inData = inBag == "data" || inBag.rfind("data/", 0) == 0;
        // Anything but the payload and the six tag files is refused as soon as it is
        // named, before a byte of it is written or kept.
        if (!inData && (entry->directory || !expected.contains(inBag))) {
            throw problem("bag_layout_invalid", Text("bag_entry_extra").with("path", entry->path));
        }
        if (entry->directory) {
            UnpackedFile::makeParents(folder, inBag + "/");
            continue;
        }
        UnpackedFile file(folder, inBag);
        if (inData) {
            std::string kept;
            StringSink keep(kept);
            const bool keepIt = (inBag == "data/submission.json" || inBag == "data/review.json") &&
                                entry->size <= kMaxKeptDataBytes;
            HashingSink hash(&file, false, layout.digest);
            TeeSink tee(hash, keepIt ? &keep : nullptr);
            copyEntry(tar, tee);
            bag.files[inBag] = hash.digestHex();
            if (inBag == "data/submission.json") {
                bag.submissionJson = std::move(kept);
            } else if (inBag == "data/review.json") {
                bag.reviewJson = std::move(kept);
            }
            continue;
        }
        if (entry->size > kMaxTagFileBytes) {
            throw problem("bag_layout_invalid",
                          Text("bag_tag_file_too_large").with("path", entry->path));
        }
        std::string text;
        StringSink keep(text);
        TeeSink both(file, &keep);
        copyEntry(tar, both);
        tags[inBag] = std::move(text);
    }
    // Read the stream to its end: age authenticates its final chunk only there, and
    // nothing but the tar's zero padding may follow the archive.
    tar.finish();

    for (const std::string& name : expected) {
        if (!tags.contains(name)) {
            throw problem("bag_layout_invalid", Text("bag_entry_missing").with("path", name));
        }
    }
    if (tags[std::string(kBagitFile)] != bagitText()) {
        throw problem("bag_layout_invalid", Text("bagit_txt_invalid"));
    }

    // Inner signatures first: they say whom to believe about the manifests.
    verifyInner(check.unit, tags[tagManifestName], tags[unitSignatureName],
                "unit_signature_invalid", "signer_unit_tagmanifest");
    verifyInner(check.reviewer, tags[manifestName], tags[reviewerSignatureName],
                "reviewer_signature_invalid", "signer_reviewer_manifest");

    const auto tagManifest = parseManifest(tags[tagManifestName], tagManifestName);
    for (const auto& [name, text] : tags) {
        if (name == tagManifestName || name == unitSignatureName) {
            continue;
        }
        const auto it = tagManifest.find(name);
        if (it == tagManifest.end() || it->second != digestHex(check.profile, text)) {
            throw problem("tagmanifest_mismatch",
                          Text("tagmanifest_file_differs").with("path", name));
        }
    }
    if (tagManifest.size() != 4) {
        throw problem("tagmanifest_mismatch", Text("tagmanifest_lists_absent"));
    }

    bag.manifest = tags[manifestName];
    const auto manifest = parseManifest(bag.manifest, manifestName);
    for (const auto& [path, sha] : bag.files) {
        const auto it = manifest.find(path);
        if (it == manifest.end()) {
            throw problem("manifest_mismatch", Text("manifest_lacks_file").with("path", path));
        }
        if (it->second != sha) {
            throw problem("manifest_mismatch", Text("manifest_digest_differs").with("path", path));
        }
    }
    for (const auto& [path, sha] : manifest) {
        if (!bag.files.contains(path)) {
            throw problem("manifest_mismatch", Text("manifest_file_absent").with("path", path));
        }
    }
    bag.info = parseBagInfo(tags[std::string(kBagInfoFile)]);
    std::uint64_t bytes = 0;
    for (const auto& [path, sha] : bag.files) {
        struct stat st {};
        if (::lstat((folder + "/" + path).c_str(), &st) == 0) {
            bytes += static_cast<std::uint64_t>(st.st_size);
        }
    }
    if (bag.info.payloadFiles != bag.files.size() || bag.info.payloadBytes != bytes) {
        throw problem("payload_oxum_mismatch", Text("payload_oxum_mismatch"));
    }
    if (bag.submissionJson.empty()) {
        throw problem("bag_layout_invalid", Text("bag_without_submission"));
    }
    return bag;
}

}  // namespace baosong::app::bundle
