#include "zip_package.h"

#include <zip.h>

#include <memory>

#include "base/app_error.h"

namespace baosong::app::ooxml {

namespace {
// 1980-01-01 00:00, the earliest time a zip entry can carry: fixed, so output repeats.
constexpr time_t kFixedTime = 315532800;

struct SourceFree {
    void operator()(zip_source_t* source) const noexcept { zip_source_free(source); }
};
struct ZipDiscard {
    void operator()(zip_t* zip) const noexcept { zip_discard(zip); }
};
struct FileClose {
    void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;
using Zip = std::unique_ptr<zip_t, ZipDiscard>;

AppError unreadable(const std::string& name, Text detail) {
    return AppError(
        ErrorKind::BadInput, "attachment_malformed",
        Text("office_file_malformed").with("name", name).with("detail", std::move(detail)));
}

AppError writeFailed(const char* detail) {
    return AppError(
        ErrorKind::Problem, "package_write_failed",
        Text("package_write_failed").with("why", Text("library_said").with("detail", detail)));
}

// What zip_close left in the memory source.
std::string readAll(zip_source_t* source) {
    zip_stat_t stat;
    if (zip_source_stat(source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(source) != 0) {
        throw writeFailed(zip_error_strerror(zip_source_error(source)));
    }
    std::string bytes(stat.size, '\0');
    const zip_int64_t n = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (n != static_cast<zip_int64_t>(stat.size)) {
        throw writeFailed("short read of the archive in memory");
    }
    return bytes;
}
}  // namespace

std::vector<PackagePart> readPackage(std::span<const std::uint8_t> bytes, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    Source source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
    if (!source) {
        throw unreadable(name, Text("library_said").with("detail", zip_error_strerror(&error)));
    }
    // ZIP_CHECKCONS: the central directory must agree with the local headers, so what one
    // reader sees is what another sees.
    Zip zip(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip) {
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw unreadable(name, Text("library_said").with("detail", why));
    }
    (void)source.release();  // the archive owns it now
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > kMaxPackageParts) {
        throw unreadable(
            name, Text("package_too_many_parts").with("limit", std::to_string(kMaxPackageParts)));
    }
    std::vector<PackagePart> parts;
    std::uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE)) {
            throw unreadable(name, Text("library_said").with("detail", zip_strerror(zip.get())));
        }
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            throw unreadable(name, Text("package_encrypted"));
        }
        total += stat.size;
        if (stat.size > kMaxPackageBytes || total > kMaxPackageBytes) {
            throw unreadable(
                name,
                Text("package_too_large").with("mib", std::to_string(kMaxPackageBytes >> 20)));
        }
        PackagePart part{stat.name, std::string(stat.size, '\0')};
        std::unique_ptr<zip_file_t, FileClose> file(
            zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0));
        if (!file) {
            throw unreadable(name, Text("library_said").with("detail", zip_strerror(zip.get())));
        }
        // libzip checks the CRC when the last byte is read; a short or failed read is a
        // damaged part.
        const zip_int64_t n = zip_fread(file.get(), part.data.data(), stat.size);
        char extra = 0;
        if (n != static_cast<zip_int64_t>(stat.size) || zip_fread(file.get(), &extra, 1) != 0) {
            throw unreadable(name, Text("package_part_damaged").with("part", part.name));
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

std::string writePackage(const std::vector<PackagePartView>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        throw writeFailed(zip_error_strerror(&error));
    }
    Zip zip(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!zip) {
        throw writeFailed(zip_error_strerror(&error));
    }
    zip_source_keep(buffer.get());  // the archive holds a reference; ours stays for reading
    for (const PackagePartView& part : parts) {
        // libzip reads the buffer at zip_close; the caller's parts outlive it.
        zip_source_t* source = zip_source_buffer(zip.get(), part.data.data(), part.data.size(), 0);
        if (!source) {
            throw writeFailed(zip_strerror(zip.get()));
        }
        const zip_int64_t index =
            zip_file_add(zip.get(), part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            throw writeFailed(zip_strerror(zip.get()));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_file_set_mtime(zip.get(), at, kFixedTime, 0) != 0 ||
            zip_set_file_compression(zip.get(), at, ZIP_CM_DEFLATE, 9) != 0) {
            throw writeFailed(zip_strerror(zip.get()));
        }
    }
    if (zip_close(zip.get()) != 0) {
        throw writeFailed(zip_strerror(zip.get()));
    }
    (void)zip.release();  // closed: nothing left to discard
    return readAll(buffer.get());
}

}  // namespace baosong::app::ooxml
