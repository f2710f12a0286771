#pragma once
// What a photo file is, judged from its bytes (never its name), with libjpeg-turbo.

#include <cstdint>
#include <span>

#include "check_input.h"

namespace baosong::policy {

// Never throws for bad bytes: a file that is not a JPEG, or a JPEG that does not decode,
// is described as such.
PhotoFacts inspectPhoto(std::span<const std::uint8_t> bytes);

}  // namespace baosong::policy
