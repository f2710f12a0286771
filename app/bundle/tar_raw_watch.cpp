#include "tar_raw_watch.h"

#include <algorithm>

#include "bag_path.h"
#include "base/app_error.h"

namespace baosong::app::bundle {

namespace {
constexpr std::size_t kBlock = 512;
constexpr std::uint64_t kMaxExtended = 1 << 20;  // a pax header of names, not of content

AppError invalid(const char* whyKey) {
    return AppError(ErrorKind::Problem, "tar_invalid",
                    Text("tar_unreadable").with("why", Text(whyKey)));
}

std::string field(const std::vector<std::uint8_t>& block, std::size_t at, std::size_t size) {
    const auto begin = block.begin() + static_cast<std::ptrdiff_t>(at);
    const auto end = std::find(begin, begin + static_cast<std::ptrdiff_t>(size), 0);
    return {begin, end};
}

// The size field: octal digits (ustar), or base-256 with the high bit set (GNU, star).
std::uint64_t sizeOf(const std::vector<std::uint8_t>& block) {
    constexpr std::size_t at = 124;
    constexpr std::size_t length = 12;
    std::uint64_t value = 0;
    if ((block[at] & 0x80) != 0) {
        for (std::size_t i = at + 1; i < at + length; ++i) {
            if (value >> 56 != 0) {
                throw invalid("tar_length_too_large");
            }
            value = value << 8 | block[i];
        }
        return value;
    }
    for (std::size_t i = at; i < at + length; ++i) {
        const std::uint8_t c = block[i];
        if (c == ' ' || c == 0) {
            if (value != 0 || i > at) {
                break;
            }
            continue;
        }
        if (c < '0' || c > '7' || value >> 60 != 0) {
            throw invalid("tar_length_malformed");
        }
        value = value * 8 + (c - '0');
    }
    return value;
}

// POSIX.1-1988 ustar and nothing more: the magic and version, a regular file or folder,
// and every number field in octal (GNU writes base-256, the high bit set, when one does
// not fit).
bool isPlainUstar(const std::vector<std::uint8_t>& block) {
    static constexpr std::uint8_t kMagic[8] = {'u', 's', 't', 'a', 'r', 0, '0', '0'};
    if (!std::equal(std::begin(kMagic), std::end(kMagic), block.begin() + 257)) {
        return false;
    }
    const char type = static_cast<char>(block[156]);
    if (type != '0' && type != '\0' && type != '5') {
        return false;
    }
    // mode, uid, gid, size, mtime, checksum, devmajor, devminor
    for (const std::size_t at : {100u, 108u, 116u, 124u, 136u, 148u, 329u, 337u}) {
        if ((block[at] & 0x80) != 0) {
            return false;
        }
    }
    return true;
}

std::uint64_t padded(std::uint64_t size) {
    return (size + kBlock - 1) / kBlock * kBlock;
}
}  // namespace

void TarRawWatch::checkName(const std::string& raw) {
    std::string name = raw;
    while (!name.empty() && name.back() == '/') {
        name.pop_back();
    }
    if (name.empty()) {
        return;  // libarchive refuses an entry without a name itself
    }
    if (toNfc(name) != name) {
        throw AppError(ErrorKind::Problem, "bag_entry_unsafe",
                       Text("bag_entry_not_nfc").with("name", toNfc(name)));
    }
}

void TarRawWatch::extended() {
    const std::string data(extended_.begin(),
                           extended_.begin() + static_cast<std::ptrdiff_t>(extendedSize_));
    if (extendedType_ == 'L' || extendedType_ == 'K') {  // GNU long name or link name
        checkName(data.substr(0, data.find('\0')));
        nameGiven_ = nameGiven_ || extendedType_ == 'L';
        return;
    }
    // pax records (POSIX.1-2001): "<length> <key>=<value>\n", length counting the record.
    std::size_t at = 0;
    while (at < data.size()) {
        const std::size_t space = data.find(' ', at);
        if (space == std::string::npos || space == at || space - at > 20) {
            throw invalid("tar_pax_record_malformed");
        }
        std::uint64_t length = 0;
        for (std::size_t i = at; i < space; ++i) {
            if (data[i] < '0' || data[i] > '9') {
                throw invalid("tar_pax_record_length");
            }
            length = length * 10 + static_cast<std::uint64_t>(data[i] - '0');
        }
        if (length <= space - at + 1 || at + length > data.size() ||
            data[at + length - 1] != '\n') {
            throw invalid("tar_pax_record_length");
        }
        const std::string record = data.substr(space + 1, at + length - 1 - (space + 1));
        const std::size_t equals = record.find('=');
        if (equals != std::string::npos) {
            const std::string key = record.substr(0, equals);
            if (key == "path" || key == "linkpath") {
                checkName(record.substr(equals + 1));
                nameGiven_ = nameGiven_ || (key == "path" && extendedType_ == 'x');
            }
        }
        at += length;
    }
}

void TarRawWatch::header() {
    if (std::all_of(block_.begin(), block_.end(), [](std::uint8_t b) { return b == 0; })) {
        if (++zeroBlocks_ == 2) {
            state_ = State::End;
        }
        return;
    }
    zeroBlocks_ = 0;
    plainUstar_ = plainUstar_ && isPlainUstar(block_);
    const char type = static_cast<char>(block_[156]);
    const std::uint64_t size = sizeOf(block_);
    if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
        if (size > kMaxExtended) {
            throw invalid("tar_pax_too_large");
        }
        extendedType_ = type;
        extendedSize_ = size;
        extended_.clear();
        remaining_ = padded(size);
        state_ = remaining_ == 0 ? State::Header : State::ExtendedData;
        if (remaining_ == 0) {
            extended();
        }
        return;
    }
    if (!nameGiven_) {
        const std::string prefix = field(block_, 345, 155);
        const std::string name = field(block_, 0, 100);
        const bool ustar = field(block_, 257, 6).starts_with("ustar");
        checkName(ustar && !prefix.empty() ? prefix + "/" + name : name);
    }
    nameGiven_ = false;
    // Links, folders and devices carry no data whatever their size field says (POSIX).
    const bool hasData = type == '0' || type == '\0' || type == '7';
    remaining_ = hasData ? padded(size) : 0;
    state_ = remaining_ == 0 ? State::Header : State::Data;
}

void TarRawWatch::feed(std::span<const std::uint8_t> bytes) {
    std::size_t at = 0;
    while (at < bytes.size() && state_ != State::End) {
        if (state_ == State::Header) {
            const std::size_t take = std::min(kBlock - block_.size(), bytes.size() - at);
            block_.insert(block_.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at),
                          bytes.begin() + static_cast<std::ptrdiff_t>(at + take));
            at += take;
            if (block_.size() == kBlock) {
                header();
                block_.clear();
            }
            continue;
        }
        const std::size_t take =
            static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, bytes.size() - at));
        if (state_ == State::ExtendedData) {
            extended_.insert(extended_.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at),
                             bytes.begin() + static_cast<std::ptrdiff_t>(at + take));
        }
        at += take;
        remaining_ -= take;
        if (remaining_ == 0) {
            if (state_ == State::ExtendedData) {
                extended();
            }
            state_ = State::Header;
        }
    }
}

}  // namespace baosong::app::bundle
