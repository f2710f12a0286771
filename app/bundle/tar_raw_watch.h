#pragma once
// What libarchive does not let a reader see, checked on the same bytes it reads: the names
// as the tar writes them, and the archive's end. libarchive turns a pax "path" written in
// NFD into NFC before handing it over (its UTF-8 conversion normalises), so a bag whose
// names GNU tar and sha256sum see decomposed would pass the NFC rule of bag_path.h at the
// office and fail the standard-tool check of bundle.md; and it accepts an archive that
// stops at an entry boundary without the end-of-archive marker (POSIX.1-2001 ustar: two
// 512-byte blocks of zeros), which a cut-short bag would be.
//
// Only block boundaries, header fields and extended-header records are read here (ustar
// name/prefix/size/typeflag, pax "path"/"linkpath", GNU long names); everything else
// about the archive is libarchive's to judge. It also says whether every header was plain
// POSIX ustar, which libarchive cannot tell: its archive_format() is one state for the
// whole archive that some headers (a GNU long name before a ustar header, a pax global
// header at the end, a version other than "00") leave as "ustar".

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace baosong::app::bundle {

class TarRawWatch {
  public:
    // The next bytes of the archive, in order. Throws AppError (Problem) "bag_entry_unsafe"
    // for a name not in NFC as written, "tar_invalid" for a header it cannot read.
    void feed(std::span<const std::uint8_t> bytes);
    // The two zero blocks have been read where a header was due.
    bool ended() const noexcept { return state_ == State::End; }
    // Every header block so far was plain POSIX.1-1988 ustar: magic "ustar" NUL, version
    // "00", a regular file or folder (no pax, GNU, Solaris or other extension header), its
    // numbers in octal (no GNU base-256).
    bool plainUstar() const noexcept { return plainUstar_; }

  private:
    enum class State { Header, ExtendedData, Data, End };
    void header();
    void extended();
    void checkName(const std::string& raw);

    State state_ = State::Header;
    std::vector<std::uint8_t> block_;     // the header block being gathered
    std::vector<std::uint8_t> extended_;  // a pax or GNU long-name header's data
    std::uint64_t remaining_ = 0;         // data bytes (padded to blocks) still to pass
    std::uint64_t extendedSize_ = 0;      // its unpadded size
    char extendedType_ = 0;
    bool nameGiven_ = false;  // the next entry's name came from an extension
    int zeroBlocks_ = 0;
    bool plainUstar_ = true;
};

}  // namespace baosong::app::bundle
