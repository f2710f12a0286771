#pragma once
// Any failure as the one shape people see (STYLE.md 5: a stable English code, a Chinese
// sentence, the exit class): an AppError as it is; a CryptoError or a ParseError that
// escaped a caller with its own code and the kind its code means; anything else as
// "internal". The CLI's main and the desktop app's error boxes both ask here, so no
// failure reaches a person without a code.

#include <exception>

#include "base/app_error.h"

namespace baosong::app {

AppError describeError(std::exception_ptr error);

}  // namespace baosong::app
