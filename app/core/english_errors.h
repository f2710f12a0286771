#pragma once
// English sentences for the stable error codes, for readers with LANG=en* (cli.md), and for the
// desktop app in English. The Chinese message stays the full one, with paths and key paths; it
// follows as detail.

namespace baosong::app {

// nullptr for a code without an English sentence.
const char* englishErrorSentence(const char* code);

}  // namespace baosong::app
