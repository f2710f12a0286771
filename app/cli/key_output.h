#pragma once
// Keys as people compare them on a terminal (bundle.md "Keys"): the fingerprint in the
// two lines of eight groups the printed pages use, so screen and paper are read line by
// line; the key id only as a label beside it; the age recipient in full.

#include <string>

#include "cli_context.h"
#include "core/key_fingerprint.h"

namespace baosong::cli {

// nameKey: the catalogue key naming the key ("key_unit_signing" …).
void printKeyFingerprint(CliContext& ctx, const char* nameKey, const app::KeyFingerprint& key);

// The office's two public keys: on the office's screen (`office keys`) and at the unit
// after importing them (`keys import-office`).
// profile "gm": recipient is the receiving key's SM3 fingerprint (hex), shown in two lines.
void printOfficeKeys(CliContext& ctx, std::string_view profile, const std::string& recipient,
                     const app::KeyFingerprint& grantKey);

}  // namespace baosong::cli
