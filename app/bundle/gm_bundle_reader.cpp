#include "gm_bundle_reader.h"

#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "crypto/sm2_cipher.h"
#include "file_stream.h"
#include "gm_envelope.h"
#include "hashing_source.h"

namespace baosong::app::bundle {

namespace {
constexpr std::uint64_t kMaxSmallMember = 4096;

AppError problem(const char* code, Text text) {
    return AppError(ErrorKind::Problem, code, std::move(text));
}

AppError notGm(Text why) {
    return problem("bundle_profile_invalid",
                   Text("bundle_profile_invalid").with("why", std::move(why)));
}

// The outer tar holds five files, one of them the whole payload: room for the largest bag
// TarLimits allows, and its encryption's padding.
TarLimits outerLimits() {
    const TarLimits inner;
    const std::uint64_t payload = inner.maxTotalBytes + (inner.maxEntries + 2) * 4096ULL;
    // One entry more than the members, so an extra one is named as such (gm_member_extra).
    return {payload, payload + 6 * kMaxSmallMember, kGmMembers.size() + 1};
}

// The data of the current tar entry as a source.
class EntrySource final : public crypto::ByteSource {
  public:
    explicit EntrySource(TarReader& tar) : tar_(tar) {}
    std::size_t read(std::span<std::uint8_t> buffer) override { return tar_.read(buffer); }

  private:
    TarReader& tar_;
};

// The envelope is plain POSIX ustar, one encoding of it: no other tar dialect's headers
// (pax records, GNU long names, volume or global headers) can say more than the five
// members do.
void requirePlainUstar(const TarReader& tar) {
    if (!tar.plainUstar()) {
        throw notGm(Text("gm_envelope_not_ustar"));
    }
}

// The next member, which must be the regular file name.
TarEntry nextMember(TarReader& tar, std::string_view name) {
    const auto entry = tar.next();
    requirePlainUstar(tar);
    if (!entry || entry->directory || entry->path != name) {
        throw notGm(Text("gm_member_unexpected")
                        .with("expected", std::string(name))
                        .with("found", entry ? entry->path : std::string("-")));
    }
    return *entry;
}

std::string smallMember(TarReader& tar, std::string_view name, std::uint64_t minSize,
                        std::uint64_t maxSize) {
    const TarEntry entry = nextMember(tar, name);
    if (entry.size < minSize || entry.size > maxSize) {
        throw notGm(Text("gm_member_size").with("name", std::string(name)));
    }
    std::string text(entry.size, '\0');
    EntrySource source(tar);
    const std::size_t got =
        crypto::readFully(source, {reinterpret_cast<std::uint8_t*>(text.data()), text.size()});
    if (got != entry.size) {
        throw notGm(Text("gm_member_size").with("name", std::string(name)));
    }
    return text;
}

void endOfMembers(TarReader& tar) {
    if (const auto extra = tar.next()) {
        throw notGm(Text("gm_member_extra").with("found", extra->path));
    }
    tar.finish();
    requirePlainUstar(tar);
}
}  // namespace

GmBundleOpener::GmBundleOpener(std::string path, const crypto::Sm2SecretKey& officeKey,
                               const std::string& expectedSm3)
    : file_(std::make_unique<FileSource>(std::move(path))), sm3_(expectedSm3) {
    HashingSource hashed(*file_, "SM3");
    // Whatever stops the reading, a file that is not the one the unit signed is reported
    // as that (bundle_altered), the clearest word for a byte changed on the way.
    std::exception_ptr failure;
    try {
        check(hashed, officeKey);
    } catch (const std::exception&) {
        failure = std::current_exception();
    }
    if (hashed.drainAndFinish() != sm3_) {
        throw problem("bundle_altered", Text("bundle_altered"));
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

void GmBundleOpener::check(crypto::ByteSource& file, const crypto::Sm2SecretKey& officeKey) {
    TarReader tar(file, outerLimits());
    const std::string officeFingerprint = crypto::toHex(officeKey.publicKey().fingerprint());
    const std::string marker = smallMember(tar, kGmMarkerFile, 1, kMaxSmallMember);
    if (marker.rfind("baosong-gm/1\nrecipient ", 0) != 0 ||
        marker.size() != gmMarkerText(officeFingerprint).size() || marker.back() != '\n') {
        throw notGm(Text("gm_marker_invalid"));
    }
    if (marker != gmMarkerText(officeFingerprint)) {
        throw problem("recipient_other_office", Text("bundle_not_for_this_office"));
    }
    const std::string keySm2 = smallMember(tar, kGmKeyFile, 1, kMaxSmallMember);
    try {
        fileKey_.emplace(crypto::GmFileKey::fromBytes(
            crypto::sm2Decrypt(officeKey, crypto::bytesOfText(keySm2))));
    } catch (const crypto::CryptoError& e) {
        throw problem("decrypt_failed",
                      Text("bundle_undecryptable").with("why", libraryText("crypto", e)));
    }
    const std::string ivText = smallMember(tar, kGmIvFile, 16, 16);
    crypto::Sm4Iv iv{};
    std::copy(ivText.begin(), ivText.end(), iv.begin());

    nextMember(tar, kGmPayloadFile);
    crypto::GmPayloadCheck payloadCheck(*fileKey_, iv);
    EntrySource payload(tar);
    std::vector<std::uint8_t> buffer(256 * 1024);
    for (std::size_t n = payload.read(buffer); n > 0; n = payload.read(buffer)) {
        payloadCheck.update({buffer.data(), n});
    }
    const std::string mac = smallMember(tar, kGmMacFile, 32, 32);
    endOfMembers(tar);
    try {
        checked_.emplace(payloadCheck.finish(crypto::bytesOfText(mac)));
    } catch (const crypto::CryptoError& e) {
        throw problem("decrypt_failed",
                      Text("bundle_undecryptable").with("why", libraryText("crypto", e)));
    }
}

UnpackedBag GmBundleOpener::unpack(const std::string& stem, const std::string& folder,
                                   const BagCheck& check, const TarLimits& limits) {
    if (!checked_) {
        throw std::logic_error("GmBundleOpener::unpack runs once");
    }
    file_->rewind();
    HashingSource hashed(*file_, "SM3");
    UnpackedBag bag;
    std::exception_ptr failure;
    try {
        TarReader tar(hashed, outerLimits());
        for (const std::string_view name : {kGmMarkerFile, kGmKeyFile, kGmIvFile}) {
            smallMember(tar, name, 0, kMaxSmallMember);
        }
        nextMember(tar, kGmPayloadFile);
        EntrySource ciphertext(tar);
        crypto::GmPayloadSource plaintext(std::move(*checked_), ciphertext);
        checked_.reset();
        bag = unpackBag(plaintext, stem, folder, check, limits);
        smallMember(tar, kGmMacFile, 0, kMaxSmallMember);
        endOfMembers(tar);
    } catch (const crypto::CryptoError&) {
        // The payload's MAC or padding, checked in the first pass, failing now.
        failure = std::make_exception_ptr(problem("bundle_changed", Text("bundle_changed")));
    } catch (const std::exception&) {
        failure = std::current_exception();
    }
    // A file written over since the first pass: say so, whatever stopped the reading.
    if (hashed.drainAndFinish() != sm3_) {
        throw problem("bundle_changed", Text("bundle_changed"));
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return bag;
}

}  // namespace baosong::app::bundle
