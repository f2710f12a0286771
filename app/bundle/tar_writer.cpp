#include "tar_writer.h"

#include <archive_entry.h>

#include "bag_path.h"
#include "base/app_error.h"
#include "utf8_locale_scope.h"

namespace baosong::app::bundle {

namespace {
using EntryPtr = std::unique_ptr<struct archive_entry, void (*)(struct archive_entry*)>;

EntryPtr newEntry(const std::string& path, std::time_t mtime) {
    if (const auto problem = bagPathProblem(path)) {
        throw AppError(ErrorKind::BadInput, "bag_name_invalid",
                       Text("bag_name_refused").with("path", path).with("problem", *problem));
    }
    EntryPtr entry(archive_entry_new(), archive_entry_free);
    if (!entry) {
        throw std::bad_alloc();
    }
    archive_entry_set_pathname_utf8(entry.get(), path.c_str());
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    archive_entry_set_mtime(entry.get(), mtime, 0);
    return entry;
}
}  // namespace

// Streams one file's data into libarchive, and counts it so a short fill is caught.
class TarWriter::EntrySink final : public crypto::ByteSink {
  public:
    EntrySink(TarWriter& writer, const std::string& path) : writer_(writer), path_(path) {}
    void write(std::span<const std::uint8_t> bytes) override {
        if (bytes.empty()) {
            return;
        }
        const la_ssize_t n = archive_write_data(writer_.archive_.get(), bytes.data(), bytes.size());
        if (n < 0 || static_cast<std::size_t>(n) != bytes.size()) {
            writer_.check(ARCHIVE_FATAL, path_);
        }
        written += bytes.size();
    }
    std::uint64_t written = 0;

  private:
    TarWriter& writer_;
    const std::string& path_;
};

TarWriter::TarWriter(crypto::ByteSink& out, std::time_t mtime, TarFormat format)
    : out_(out), mtime_(mtime), archive_(archive_write_new(), archive_write_free) {
    const Utf8LocaleScope utf8;
    if (!archive_) {
        throw std::bad_alloc();
    }
    check(format == TarFormat::Ustar ? archive_write_set_format_ustar(archive_.get())
                                     : archive_write_set_format_pax_restricted(archive_.get()),
          "");
    check(archive_write_set_bytes_per_block(archive_.get(), 10240), "");
    check(archive_write_open2(archive_.get(), this, nullptr, &TarWriter::writeCallback, nullptr,
                              nullptr),
          "");
}

la_ssize_t TarWriter::writeCallback(struct archive*, void* self, const void* data, size_t size) {
    auto* writer = static_cast<TarWriter*>(self);
    try {
        writer->out_.write({static_cast<const std::uint8_t*>(data), size});
    } catch (...) {
        writer->sinkError_ = std::current_exception();
        return -1;
    }
    return static_cast<la_ssize_t>(size);
}

void TarWriter::check(int rc, const std::string& path) {
    if (rc >= ARCHIVE_WARN) {
        return;
    }
    if (sinkError_) {
        std::rethrow_exception(sinkError_);
    }
    const char* why = archive_error_string(archive_.get());
    throw AppError(ErrorKind::Problem, "tar_write_failed",
                   Text(path.empty() ? "tar_write_failed" : "tar_write_failed_at")
                       .with("path", path)
                       .with("why", why ? Text("library_said").with("detail", why)
                                        : Text("libarchive_silent")));
}

void TarWriter::addDirectory(const std::string& path) {
    const Utf8LocaleScope utf8;
    EntryPtr entry = newEntry(path, mtime_);
    archive_entry_set_filetype(entry.get(), AE_IFDIR);
    archive_entry_set_perm(entry.get(), 0755);
    archive_entry_set_size(entry.get(), 0);
    check(archive_write_header(archive_.get(), entry.get()), path);
}

void TarWriter::addFile(const std::string& path, std::uint64_t size,
                        const std::function<void(crypto::ByteSink&)>& fill) {
    const Utf8LocaleScope utf8;
    EntryPtr entry = newEntry(path, mtime_);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(size));
    check(archive_write_header(archive_.get(), entry.get()), path);
    EntrySink sink(*this, path);
    fill(sink);
    if (sink.written != size) {
        throw AppError(ErrorKind::Problem, "tar_write_failed",
                       Text("tar_entry_length_mismatch").with("path", path));
    }
    check(archive_write_finish_entry(archive_.get()), path);
}

void TarWriter::addFile(const std::string& path, std::string_view contents) {
    addFile(path, contents.size(), [&](crypto::ByteSink& sink) {
        sink.write({reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size()});
    });
}

void TarWriter::finish() {
    const Utf8LocaleScope utf8;
    check(archive_write_close(archive_.get()), "");
}

}  // namespace baosong::app::bundle
