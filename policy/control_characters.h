#pragma once
// Characters no text field may hold (submission.md "Text"): C0 and C1 controls and DEL,
// which a terminal obeys (an ESC sequence recolours or rewrites the screen, a CR overwrites
// the line a clerk reads) and a printed form hides; and the bidirectional embeddings,
// overrides and isolates U+202A–U+202E and U+2066–U+2069, which make a name display as
// another ("Trojan Source", CVE-2021-42574). Prose keeps its line feeds and tabs.

#include <optional>
#include <string>
#include <string_view>

namespace baosong::policy {

enum class TextKind { Line, Prose };

// The first forbidden character of valid UTF-8 text as "U+001B", or nullopt.
std::optional<std::string> forbiddenCharacter(std::string_view utf8, TextKind kind);

}  // namespace baosong::policy
