#include "tar_reader.h"

#include <archive_entry.h>

#include <algorithm>

#include "bag_path.h"
#include "base/app_error.h"
#include "utf8_locale_scope.h"

namespace baosong::app::bundle {

namespace {
AppError unsafe(const std::string& path, Text why) {
    return AppError(ErrorKind::Problem, "bag_entry_unsafe",
                    Text("bag_entry_unsafe").with("path", path).with("why", std::move(why)));
}
}  // namespace

TarReader::TarReader(crypto::ByteSource& in, const TarLimits& limits)
    : in_(in),
      limits_(limits),
      buffer_(64 * 1024),
      archive_(archive_read_new(), archive_read_free) {
    const Utf8LocaleScope utf8;
    if (!archive_) {
        throw std::bad_alloc();
    }
    // Only tar, and no compression filters: a bag is never compressed, and every other
    // reader libarchive has is attack surface we do not need.
    archive_read_support_format_tar(archive_.get());
    if (archive_read_open(archive_.get(), this, nullptr, &TarReader::readCallback, nullptr) !=
        ARCHIVE_OK) {
        failAt("tar_at_start");
    }
}

la_ssize_t TarReader::readCallback(struct archive*, void* self, const void** buffer) {
    auto* reader = static_cast<TarReader*>(self);
    try {
        const std::size_t n = reader->in_.read(reader->buffer_);
        reader->raw_.feed(std::span(reader->buffer_.data(), n));
        reader->delivered_ += n;
        reader->lastRead_ = n;
        *buffer = reader->buffer_.data();
        return static_cast<la_ssize_t>(n);
    } catch (...) {
        reader->sourceError_ = std::current_exception();
        return -1;
    }
}

void TarReader::failAt(const char* whereKey) {
    if (sourceError_) {
        std::rethrow_exception(sourceError_);
    }
    const char* why = archive_error_string(archive_.get());
    throw AppError(ErrorKind::Problem, "tar_invalid",
                   Text("tar_unreadable_at")
                       .with("where", Text(whereKey))
                       .with("why", why ? Text("library_said").with("detail", why)
                                        : Text("tar_format_error")));
}

std::optional<TarEntry> TarReader::next() {
    const Utf8LocaleScope utf8;
    struct archive_entry* entry = nullptr;
    const int rc = archive_read_next_header(archive_.get(), &entry);
    if (rc == ARCHIVE_EOF) {
        return std::nullopt;
    }
    if (rc < ARCHIVE_WARN) {
        failAt("tar_at_entry_header");
    }
    const char* name = archive_entry_pathname_utf8(entry);
    std::string path = name ? name : "";
    if (path.empty()) {
        throw unsafe("?", Text("tar_name_not_utf8"));
    }
    const mode_t type = archive_entry_filetype(entry);
    TarEntry out;
    out.directory = type == AE_IFDIR;
    if (out.directory && path.back() == '/') {
        path.pop_back();
    }
    if (archive_entry_hardlink(entry) || archive_entry_symlink(entry)) {
        throw unsafe(path, Text("tar_entry_link"));
    }
    if (type != AE_IFREG && type != AE_IFDIR) {
        throw unsafe(path, Text("tar_entry_special"));
    }
    if (archive_entry_sparse_count(entry) > 0) {
        throw unsafe(path, Text("tar_entry_sparse"));
    }
    if (const auto problem = bagPathProblem(path)) {
        throw unsafe(path, *problem);
    }
    if (++entries_ > limits_.maxEntries) {
        throw AppError(ErrorKind::Problem, "bag_too_large", Text("bag_too_many_files"));
    }
    if (!out.directory) {
        const la_int64_t size = archive_entry_size(entry);
        if (size < 0 || !archive_entry_size_is_set(entry)) {
            throw unsafe(path, Text("tar_entry_no_size"));
        }
        out.size = static_cast<std::uint64_t>(size);
        total_ += out.size;
        if (out.size > limits_.maxFileBytes || total_ > limits_.maxTotalBytes) {
            throw AppError(ErrorKind::Problem, "bag_too_large",
                           Text("bag_file_too_large").with("path", path));
        }
    }
    out.path = std::move(path);
    return out;
}

std::size_t TarReader::read(std::span<std::uint8_t> buffer) {
    const Utf8LocaleScope utf8;
    const la_ssize_t n = archive_read_data(archive_.get(), buffer.data(), buffer.size());
    if (n < 0) {
        failAt("tar_at_content");
    }
    return static_cast<std::size_t>(n);
}

void TarReader::finish() {
    const auto isZero = [](std::uint8_t b) { return b == 0; };
    // What libarchive was handed but did not consume: the tail of the last buffer.
    const la_int64_t consumed = archive_filter_bytes(archive_.get(), 0);
    const std::uint64_t unread =
        delivered_ - static_cast<std::uint64_t>(std::max<la_int64_t>(consumed, 0));
    if (consumed < 0 || unread > lastRead_ ||
        !std::all_of(buffer_.begin() + static_cast<std::ptrdiff_t>(lastRead_ - unread),
                     buffer_.begin() + static_cast<std::ptrdiff_t>(lastRead_), isZero)) {
        throw AppError(ErrorKind::Problem, "tar_trailing_data", Text("tar_trailing_data"));
    }
    std::vector<std::uint8_t> rest(64 * 1024);
    for (std::size_t n = in_.read(rest); n > 0; n = in_.read(rest)) {
        if (std::any_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(n),
                        [](std::uint8_t b) { return b != 0; })) {
            throw AppError(ErrorKind::Problem, "tar_trailing_data", Text("tar_trailing_data"));
        }
        raw_.feed(std::span(rest.data(), n));  // zeros: perhaps the end marker's second block
    }
    if (!raw_.ended()) {
        throw AppError(ErrorKind::Problem, "tar_end_missing", Text("tar_end_missing"));
    }
}

}  // namespace baosong::app::bundle
