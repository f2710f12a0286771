#include "content_scan.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "file_words.h"
#include "input_file.h"
#include "policy/parse_error.h"
#include "policy/scan/submission_scan.h"
#include "policy/strict_json.h"
#include "policy/submission_json.h"
#include "review_voiding.h"
#include "store/audit_log.h"
#include "store/lexicon_store.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
AppError unreadable(const policy::ParseError& e, Text what) {
    return AppError(ErrorKind::BadInput, e.code(),
                    std::move(what).with("why", libraryText("policy", e)));
}

std::unique_ptr<policy::Scanner> scannerWith(const std::vector<policy::LexiconTerm>& lexicon) {
    try {
        return std::make_unique<policy::Scanner>(policy::builtInScanRules(), lexicon);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::Problem, "scan_rules_invalid",
                       Text("scan_rules_unusable").with("why", libraryText("policy", e)));
    }
}
}  // namespace

std::vector<policy::LexiconTerm> readLexiconFile(const std::string& path) {
    const std::string text = readInputText(path, kMaxLexiconBytes, "file_lexicon");
    try {
        return policy::parseUnitLexicon(text);
    } catch (const policy::ParseError& e) {
        throw AppError(
            ErrorKind::BadInput, "lexicon_invalid",
            Text("lexicon_unusable").with("path", path).with("why", libraryText("policy", e)));
    }
}

InputScan scanInputFile(const std::string& path, const std::vector<policy::LexiconTerm>& lexicon) {
    const auto scanner = scannerWith(lexicon);
    if (path.ends_with(".json")) {
        const std::string text = readInputText(path, policy::kMaxDocumentBytes, "file_submission");
        try {
            InputScan scan;
            scan.submission = policy::parseSubmission(text);
            scan.flags = policy::scanSubmission(*scanner, scan.submission);
            return scan;
        } catch (const policy::ParseError& e) {
            throw unreadable(e, Text("submission_unreadable"));
        }
    }
    const std::string text = readInputText(path, kMaxScannedTextBytes, "file_text");
    try {
        return {scanner->scanText(text), {}};
    } catch (const policy::ParseError& e) {
        throw unreadable(e, Text("text_unscannable").with("path", path));
    }
}

std::vector<policy::ScanFlag> scanVault(Vault& vault,
                                        const std::vector<policy::LexiconTerm>& extra) {
    std::vector<policy::LexiconTerm> lexicon = LexiconStore(vault.db()).terms();
    lexicon.insert(lexicon.end(), extra.begin(), extra.end());
    const auto submission = SubmissionStore(vault.db()).load();
    if (!submission) {
        return {};
    }
    const auto scanner = scannerWith(lexicon);
    std::vector<policy::ScanFlag> flags = policy::scanSubmission(*scanner, *submission);
    for (policy::ScanFlag& flag : scanFileWords(vault.db(), *scanner, *submission)) {
        flags.push_back(std::move(flag));
    }
    return flags;
}

std::unique_ptr<policy::Scanner> vaultScanner(Vault& vault) {
    return scannerWith(LexiconStore(vault.db()).terms());
}

std::size_t replaceVaultLexicon(Vault& vault, const std::string& path, const std::string& actor) {
    const std::vector<policy::LexiconTerm> terms = readLexiconFile(path);
    SqliteTransaction tx(vault.db());
    LexiconStore(vault.db()).replace(terms);
    // Other words flag other text: what the reviewer signed is no longer what a scan says.
    voidSignOff(vault.db(), actor, "lexicon.replace");
    AuditLog(vault.db())
        .append(actor, "lexicon.replace", nlohmann::json{{"terms", terms.size()}}.dump());
    tx.commit();
    return terms.size();
}

}  // namespace baosong::app
