#pragma once
// The bag as a POSIX pax tar (libarchive) written to a ByteSink, deterministically
// (bundle.md): the caller adds entries in sorted order; every entry has owner 0:0 with no
// owner names, mode 0644 (files) or 0755 (folders), and the one mtime given, so that the
// same content sealed at the same time gives the same bytes. Or, for bundle-gm.md's
// envelope, plain POSIX ustar: never an extension header (libarchive's pax writer adds one
// for a time from 2038 on), and an entry ustar cannot hold is an error, not an extension.

#include <archive.h>

#include <cstdint>
#include <ctime>
#include <exception>
#include <functional>
#include <memory>
#include <string>

#include "crypto/byte_stream.h"

namespace baosong::app::bundle {

enum class TarFormat { Pax, Ustar };

// The largest size a ustar header holds: eleven octal digits.
inline constexpr std::uint64_t kUstarMaxSize = (std::uint64_t{1} << 33) - 1;

class TarWriter {
  public:
    TarWriter(crypto::ByteSink& out, std::time_t mtime, TarFormat format = TarFormat::Pax);
    TarWriter(const TarWriter&) = delete;
    TarWriter& operator=(const TarWriter&) = delete;

    void addDirectory(const std::string& path);
    // fill must write exactly size bytes to the sink it is given.
    void addFile(const std::string& path, std::uint64_t size,
                 const std::function<void(crypto::ByteSink&)>& fill);
    void addFile(const std::string& path, std::string_view contents);
    // Writes the end-of-archive blocks. Nothing may be added afterwards.
    void finish();

  private:
    class EntrySink;
    static la_ssize_t writeCallback(struct archive*, void* self, const void* data, size_t size);
    void check(int rc, const std::string& path);

    crypto::ByteSink& out_;
    std::time_t mtime_;
    std::unique_ptr<struct archive, int (*)(struct archive*)> archive_;
    std::exception_ptr sinkError_;
};

}  // namespace baosong::app::bundle
