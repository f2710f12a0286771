#pragma once
// Reading a bag's tar (libarchive) from a ByteSource, refusing anything that could escape
// or exhaust the place it is unpacked to: only regular files and folders (no links,
// devices, FIFOs or sparse files), names that pass bagPathProblem (no absolute paths, no
// "..", NFC), and limits on the size of each file, of all files and on their number.

#include <archive.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crypto/byte_stream.h"
#include "tar_raw_watch.h"

namespace baosong::app::bundle {

struct TarLimits {
    std::uint64_t maxFileBytes = 2ULL << 30;
    std::uint64_t maxTotalBytes = 8ULL << 30;
    std::size_t maxEntries = 20000;
};

struct TarEntry {
    std::string path;  // without a trailing "/"
    bool directory = false;
    std::uint64_t size = 0;
};

class TarReader {
  public:
    TarReader(crypto::ByteSource& in, const TarLimits& limits);
    TarReader(const TarReader&) = delete;
    TarReader& operator=(const TarReader&) = delete;

    // The next entry, checked; empty at the end of the archive. Throws AppError (Problem):
    // "bag_entry_unsafe", "bag_too_large", "tar_invalid"; errors of the source (a failed
    // age chunk) are rethrown as they were.
    std::optional<TarEntry> next();
    // The current file's data, piece by piece; 0 at its end.
    std::size_t read(std::span<std::uint8_t> buffer);
    // Every header block read so far is plain POSIX ustar (TarRawWatch::plainUstar): what
    // bundle-gm.md's envelope is, and nothing else. libarchive reads ahead, so this may
    // already speak of headers after the current entry; after finish() it speaks of all.
    bool plainUstar() const noexcept { return raw_.plainUstar(); }
    // After next() returned empty: reads the source to its end, so that a stream that
    // authenticates only at its end (age) has done so. Throws AppError (Problem)
    // "tar_end_missing" without the end-of-archive marker, "tar_trailing_data" when
    // anything but zero bytes follows the archive.
    void finish();

  private:
    static la_ssize_t readCallback(struct archive*, void* self, const void** buffer);
    [[noreturn]] void failAt(const char* whereKey);  // a catalogue key naming the step

    crypto::ByteSource& in_;
    TarLimits limits_;
    std::vector<std::uint8_t> buffer_;
    std::unique_ptr<struct archive, int (*)(struct archive*)> archive_;
    std::exception_ptr sourceError_;
    std::uint64_t total_ = 0;
    std::uint64_t delivered_ = 0;  // bytes handed to libarchive
    std::size_t lastRead_ = 0;     // how many of them are still in buffer_
    TarRawWatch raw_;              // the same bytes, for what libarchive hides
    std::size_t entries_ = 0;
};

}  // namespace baosong::app::bundle
