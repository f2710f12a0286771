#pragma once
// A reason the vault cannot be sealed, as the desktop app says it: what stands in the way
// (core's words) and where in the app to resolve it, a tab or a menu, never a command line.

#include "core/bundle_seal.h"

namespace baosong::gui {

app::Text guiRefusal(const app::SealRefusal& refusal);

}  // namespace baosong::gui
