#pragma once
// A file the officer chooses in the desktop form, before it is saved: refused now if
// saving would refuse it (file_intake.h), and named in the vault by its content so two
// files never collide and the name the officer's file had (perhaps a person or a place)
// does not travel. Also what the form and the review show of a file already stored.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "core/submission_edit.h"
#include "store/vault.h"

namespace baosong::app {

// A photo: "照片/<16 hex of its SHA-256>.jpg". Throws AppError (BadInput) "photo_not_jpeg"
// naming shownName (the notice wants JPG), "photo_malformed" for a JPEG whose segments
// cannot be walked (jpeg_metadata.h).
NewFile chosenPhoto(std::vector<std::uint8_t> bytes, const std::string& shownName);

// What saving will strip from a chosen, unsaved photo, in words (intake/metadata_summary.h).
// Throws AppError (BadInput) "photo_malformed" as saving would.
std::string chosenPhotoMetadataSummary(const std::vector<std::uint8_t>& bytes,
                                       Language language = Language::Chinese);

// An attachment: "附件/<16 hex>/<fileName as fileNamePart>", a folder per content keeping
// two files of one name apart while the bundle still names each by its own name. A file
// that starts like a PDF must be one qpdf reads: AppError (BadInput) "attachment_malformed".
NewFile chosenAttachment(std::vector<std::uint8_t> bytes, const std::string& fileName);

// The bytes of a file the saved submission names. storedFileBytes throws the store's
// AppError when the vault has none there; findStoredFileBytes returns nullopt.
std::vector<std::uint8_t> storedFileBytes(Vault& vault, const std::string& path);
std::optional<std::vector<std::uint8_t>> findStoredFileBytes(Vault& vault, const std::string& path);

// What intake removed from the stored file at path, in words (metadata_summary.h); "" when
// nothing was recorded.
std::string storedMetadataSummary(Vault& vault, const std::string& path,
                                  Language language = Language::Chinese);

}  // namespace baosong::app
