#include "bag_writer.h"

#include <set>

#include "base/app_error.h"
#include "hashing_sink.h"

namespace baosong::app::bundle {

namespace {
// "1970-01-01" from an RFC 3339 time.
std::string dateOf(const std::string& rfc3339) {
    return rfc3339.substr(0, 10);
}

// Every folder above the files, so the tar unpacks with the same modes everywhere.
std::set<std::string> foldersOf(const std::string& stem, const std::vector<BagFile>& payload) {
    std::set<std::string> folders{stem};
    for (const BagFile& f : payload) {
        for (std::size_t slash = f.path.find('/'); slash != std::string::npos;
             slash = f.path.find('/', slash + 1)) {
            folders.insert(stem + "/" + f.path.substr(0, slash));
        }
    }
    return folders;
}

class CountingSink final : public crypto::ByteSink {
  public:
    void write(std::span<const std::uint8_t> bytes) override { count += bytes.size(); }
    std::uint64_t count = 0;
};

void writeZeros(crypto::ByteSink& sink, std::uint64_t size) {
    static const std::vector<std::uint8_t> zeros(64 * 1024, 0);
    while (size > 0) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(size, zeros.size()));
        sink.write(std::span(zeros).first(n));
        size -= n;
    }
}
}  // namespace

std::string payloadManifest(const std::vector<BagFile>& payload) {
    std::vector<ManifestLine> lines;
    for (const BagFile& f : payload) {
        lines.push_back({f.digest, f.path});
    }
    return manifestText(std::move(lines));
}

std::time_t sealedEpoch(const BundleLabel& label) {
    std::tm tm{};
    if (!strptime(label.sealed.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) {
        throw AppError(ErrorKind::BadInput, "bundle_label_invalid",
                       Text("sealed_time_invalid").with("time", label.sealed));
    }
    return timegm(&tm);
}

BagTar::BagTar(BundleProfile profile, const BagInput& input,
               const std::function<std::string(std::string_view tagManifest)>& unitSign)
    : profile_(profile),
      input_(input),
      stem_(input.label.stem()),
      mtime_(sealedEpoch(input.label)) {
    if (payloadManifest(input.payload) != input.manifest) {
        throw AppError(ErrorKind::Problem, "signoff_mismatch", Text("signoff_mismatch"));
    }
    BagInfo info = input.info;
    info.payloadFiles = input.payload.size();
    info.payloadBytes = 0;
    for (const BagFile& f : input.payload) {
        info.payloadBytes += f.size;
    }
    info.baggingDate = dateOf(input.label.sealed);

    // Tag files: the unit's signature covers the tag manifest, which covers the payload
    // manifest and the reviewer's signature of it (RFC 8493 §2.2.1).
    const BagLayout& layout = bagLayout(profile);
    const std::string bagit = bagitText();
    const std::string bagInfo = bagInfoText(info);
    const std::string tagManifest = manifestText({
        {digestHex(profile, bagInfo), std::string(kBagInfoFile)},
        {digestHex(profile, bagit), std::string(kBagitFile)},
        {digestHex(profile, input.manifest), std::string(layout.manifest)},
        {digestHex(profile, input.reviewerSignature), std::string(layout.reviewerSignature)},
    });
    tags_[std::string(kBagitFile)] = bagit;
    tags_[std::string(kBagInfoFile)] = bagInfo;
    tags_[std::string(layout.manifest)] = input.manifest;
    tags_[std::string(layout.reviewerSignature)] = input.reviewerSignature;
    tags_[std::string(layout.unitSignature)] = unitSign(tagManifest);
    tags_[std::string(layout.tagManifest)] = tagManifest;
}

void BagTar::add(TarWriter& tar, bool sizeOnly) const {
    std::map<std::string, std::function<void()>> entries;
    for (const std::string& folder : foldersOf(stem_, input_.payload)) {
        entries[folder] = [&tar, folder] { tar.addDirectory(folder); };
    }
    for (const auto& [name, text] : tags_) {
        const std::string path = stem_ + "/" + name;
        entries[path] = [&tar, path, &text = text] { tar.addFile(path, text); };
    }
    const char* digest = bagLayout(profile_).digest;
    for (const BagFile& f : input_.payload) {
        const std::string path = stem_ + "/" + f.path;
        entries[path] = [&tar, path, &f, sizeOnly, digest] {
            tar.addFile(path, f.size, [&](crypto::ByteSink& sink) {
                if (sizeOnly) {
                    writeZeros(sink, f.size);
                    return;
                }
                HashingSink hashed(&sink, false, digest);
                f.fill(hashed);
                if (hashed.digestHex() != f.digest) {
                    throw AppError(ErrorKind::Problem, "payload_changed",
                                   Text("payload_changed").with("path", f.path));
                }
            });
        };
    }
    for (const auto& [path, addIt] : entries) {  // std::map: sorted by name, as bundle.md asks
        addIt();
    }
}

void BagTar::write(TarWriter& tar) const {
    add(tar, false);
}

std::uint64_t BagTar::tarSize() const {
    CountingSink counting;
    TarWriter tar(counting, mtime_);
    add(tar, true);
    tar.finish();
    return counting.count;
}

}  // namespace baosong::app::bundle
