#pragma once
// The catalogue's parts, one per subject; sentence_catalogue.cpp joins them.

#include <span>

#include "base/sentence_catalogue.h"

namespace baosong::app::sentences {

std::span<const Sentence> general();       // files, disks, passphrases, internal failures
std::span<const Sentence> libraries();     // codes raised by crypto/ and policy/
std::span<const Sentence> vault();         // the vault, its keys, the unit's identity
std::span<const Sentence> submission();    // import, export, check, scan, review
std::span<const Sentence> bundle();        // the bag, its tar, sealing
std::span<const Sentence> office();        // enrolment, receiving, grants, the summary
std::span<const Sentence> officeReview();  // opinions, decisions, problems across units
std::span<const Sentence> documents();     // Word, PDF, Excel, photos and attachments
std::span<const Sentence> cliOutput();     // what the CLI's verbs print
std::span<const Sentence> cliHelp();       // the CLI's --help pages

}  // namespace baosong::app::sentences
