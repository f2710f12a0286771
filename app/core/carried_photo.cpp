#include "carried_photo.h"

#include <variant>

#include "base/app_error.h"
#include "crypto/sha256.h"
#include "intake/jpeg_metadata.h"
#include "intake/removed_metadata.h"
#include "policy/photo_facts.h"
#include "store/photo_metadata_store.h"

namespace baosong::app {

policy::PhotoFacts carriedPhotoFacts(std::span<const std::uint8_t> asGiven) {
    try {
        const intake::StrippedJpeg stripped = intake::stripJpegMetadata(asGiven);
        policy::PhotoFacts facts = policy::inspectPhoto(stripped.bytes);
        facts.metadataBytes = stripped.removed.bytesRemoved;
        return facts;
    } catch (const AppError&) {
        return policy::inspectPhoto(asGiven);
    }
}

policy::PhotoFacts storedPhotoFacts(SqliteDatabase& db, std::span<const std::uint8_t> stored) {
    policy::PhotoFacts facts = policy::inspectPhoto(stored);
    if (const auto record =
            PhotoMetadataStore(db).removed(crypto::toHex(crypto::Sha256::of(stored)))) {
        if (const auto parsed = intake::parseRemovedRecord(*record)) {
            if (const auto* jpeg = std::get_if<intake::RemovedMetadata>(&*parsed)) {
                facts.metadataBytes = jpeg->bytesRemoved;
            }
        }
    }
    return facts;
}

}  // namespace baosong::app
