#include "age_header.h"

#include <sodium.h>

#include <algorithm>

#include "age_error.h"
#include "base64.h"
#include "hkdf_sha256.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
constexpr std::string_view kVersionLine = "age-encryption.org/v1";
constexpr std::string_view kStanzaPrefix = "-> ";
constexpr std::string_view kMacPrefix = "---";
constexpr std::size_t kBodyColumns = 64;
constexpr std::size_t kMacChars = 43;  // 32 bytes, unpadded

bool isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

// VCHAR of RFC 5234: visible ASCII, no space.
bool isVisible(char c) {
    return c >= 0x21 && c <= 0x7e;
}

std::vector<std::uint8_t> decodeBase64(std::string_view text) {
    try {
        return base64DecodeUnpadded(text);
    } catch (const CryptoError&) {
        throw headerInvalid();
    }
}

std::vector<std::string> parseArguments(std::string_view text) {
    std::vector<std::string> args;
    std::size_t start = 0;
    while (true) {
        const auto space = text.find(' ', start);
        const auto arg =
            text.substr(start, space == std::string_view::npos ? text.npos : space - start);
        if (arg.empty() || !std::all_of(arg.begin(), arg.end(), isVisible)) {
            throw headerInvalid();
        }
        args.emplace_back(arg);
        if (space == std::string_view::npos) {
            return args;
        }
        start = space + 1;
    }
}

HeaderMac computeMac(const SecretBuffer& fileKey, std::string_view macInput) {
    requireSodium();
    const SecretBuffer key = hkdfSha256(fileKey.bytes(), {}, "header", 32);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const std::uint8_t*>(macInput.data()),
                                  macInput.size());
    HeaderMac mac{};
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return mac;
}

// Reads the header's lines, each of which must end in LF, within kMaxBytes in all.
class HeaderLines {
  public:
    explicit HeaderLines(BufferedSource& in) : in_(in) {}
    const std::string& next() {
        // Room for the line and its LF within what is left.
        if (consumed_ >= AgeHeader::kMaxBytes ||
            in_.readLine(line_, AgeHeader::kMaxBytes - consumed_ - 1) !=
                BufferedSource::LineEnd::newline) {
            throw headerInvalid();
        }
        consumed_ += line_.size() + 1;
        return line_;
    }

  private:
    BufferedSource& in_;
    std::string line_;
    std::size_t consumed_ = 0;
};
}  // namespace

AgeHeader AgeHeader::read(BufferedSource& in) {
    HeaderLines lines(in);
    AgeHeader header;
    // Any other version line, "age-encryption.org/v2" included, is not a v1 file.
    if (lines.next() != kVersionLine) {
        throw headerInvalid();
    }
    header.macInput_.append(kVersionLine).push_back('\n');
    while (true) {
        const std::string_view line = lines.next();
        if (line.starts_with(kMacPrefix)) {
            // "--- " and 43 base64 characters, after at least one stanza.
            if (header.stanzas_.empty() || line.size() != kMacPrefix.size() + 1 + kMacChars ||
                line[kMacPrefix.size()] != ' ') {
                throw headerInvalid();
            }
            const auto mac = decodeBase64(line.substr(kMacPrefix.size() + 1));
            if (mac.size() != header.mac_.size()) {
                throw headerInvalid();
            }
            std::copy(mac.begin(), mac.end(), header.mac_.begin());
            header.macInput_.append(kMacPrefix);
            return header;
        }
        if (!line.starts_with(kStanzaPrefix)) {
            throw headerInvalid();
        }
        Stanza stanza;
        stanza.args = parseArguments(line.substr(kStanzaPrefix.size()));
        header.macInput_.append(line).push_back('\n');
        // Body lines of exactly 64 columns continue; the first shorter one ends the body.
        std::string body;
        while (true) {
            const std::string& bodyLine = lines.next();
            if (bodyLine.size() > kBodyColumns ||
                !std::all_of(bodyLine.begin(), bodyLine.end(), isBase64Char)) {
                throw headerInvalid();
            }
            header.macInput_.append(bodyLine).push_back('\n');
            body += bodyLine;
            if (bodyLine.size() < kBodyColumns) {
                break;
            }
        }
        // Full lines are multiples of 4 characters, so decoding the joined text is decoding
        // each line; canonical encoding is checked on the last group.
        stanza.body = decodeBase64(body);
        header.stanzas_.push_back(std::move(stanza));
    }
}

std::string AgeHeader::encode(const std::vector<Stanza>& stanzas, const SecretBuffer& fileKey) {
    std::string out(kVersionLine);
    out.push_back('\n');
    for (const auto& stanza : stanzas) {
        out.append("->");
        for (const auto& arg : stanza.args) {
            out.append(" ").append(arg);
        }
        out.push_back('\n');
        const std::string body = base64EncodeUnpadded(stanza.body);
        for (std::size_t at = 0;; at += kBodyColumns) {
            const std::string_view part = std::string_view(body).substr(at, kBodyColumns);
            out.append(part).push_back('\n');
            if (part.size() < kBodyColumns) {
                break;
            }
        }
    }
    out.append(kMacPrefix);
    const HeaderMac mac = computeMac(fileKey, out);
    out.append(" ").append(base64EncodeUnpadded(mac)).push_back('\n');
    return out;
}

void AgeHeader::verifyMac(const SecretBuffer& fileKey) const {
    const HeaderMac expected = computeMac(fileKey, macInput_);
    if (sodium_memcmp(expected.data(), mac_.data(), mac_.size()) != 0) {
        throw hmacFailure();
    }
}

}  // namespace baosong::crypto::age
