#include "english_errors.h"

#include <map>
#include <string>

namespace baosong::cli {

const char* englishErrorSentence(const char* code) {
    static const std::map<std::string, const char*> sentences = {
        {"digest_failed", "SHA-256 could not be computed (OpenSSL)"},
        {"submission_missing", "the vault holds no submission yet; import one first"},
        {"photo_malformed", "a photo is not a complete JPEG, so its metadata cannot be stripped"},
        {"reviewer_key_mismatch", "the reviewer key is not the one this vault enrolled"},
        {"review_open", "flags or files are still open; the review cannot be signed off"},
        {"item_unknown", "no photo or attachment has that id; run review list"},
        {"replacement_missing",
         "this kind of flag has no usual replacement; give one with --replacement"},
        {"note_missing", "every review decision needs a reason (--note)"},
        {"flag_unknown", "the current scan has no flag with that id; run review list"},
        {"scan_rules_invalid", "the built-in scan rules cannot be compiled"},
        {"lexicon_invalid",
         "the lexicon file cannot be used (see the line named); its words are never printed"},
        {"audit_broken", "the vault's audit log was altered outside baosong; changes are refused"},
        {"bom", "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"},
        {"channel_invalid",
         "unknown channel: use defense_unit, league_city, regional_society or "
         "regional_institution"},
        {"disk_full", "the disk is full; nothing was changed"},
        {"duplicate_key", "a key appears twice in the same object"},
        {"file_missing", "photos or attachments named by the submission cannot be used"},
        {"file_missing_in_vault", "the vault does not hold that file"},
        {"identity_missing", "a required option of vault init is missing"},
        {"input_missing", "the input file does not exist"},
        {"input_not_file", "the input is not a regular file"},
        {"input_too_large", "the input file is too large"},
        {"input_unreadable", "the input file cannot be read completely"},
        {"icu_unavailable", "the Unicode normalisation data (ICU) cannot be loaded"},
        {"invalid_utf8", "the text is not valid UTF-8"},
        {"invalid_value", "a value is not one the format allows"},
        {"io_error", "a file could not be written"},
        {"json_syntax", "the file is not valid UTF-8 JSON"},
        {"kdf_out_of_memory", "not enough memory for the passphrase key derivation"},
        {"kdf_params_invalid", "key-derivation parameters out of range; the file may be damaged"},
        {"key_missing", "a key is missing from the vault"},
        {"missing_key", "a required key is missing"},
        {"not_a_vault", "this is not a baosong vault"},
        {"opencc_unavailable", "the traditional-to-simplified data (OpenCC) cannot be loaded"},
        {"parent_missing", "the parent folder does not exist"},
        {"passphrase_empty", "the passphrase is empty"},
        {"passphrase_file_unreadable", "the passphrase file cannot be read"},
        {"passphrase_mismatch", "the two passphrases entered differ"},
        {"passphrase_not_utf8", "the passphrase is not UTF-8 text"},
        {"passphrase_too_long", "the passphrase is too long"},
        {"passphrase_too_short", "the passphrase is too short: at least 8 characters"},
        {"passphrase_unavailable",
         "a passphrase is needed but there is no terminal: use --passphrase-file or the "
         "environment"},
        {"passphrases_equal", "the reviewer passphrase must differ from the vault passphrase"},
        {"path_unsafe", "a file path in the submission could point outside its folder"},
        {"reviewer_wrong_passphrase", "wrong reviewer passphrase"},
        {"rules_missing", "no built-in rule set for this campaign; pass the office's with --rules"},
        {"rules_other_campaign", "the rule set is for another campaign than the submission"},
        {"sqlcipher_missing", "the linked database library is not SQLCipher 4"},
        {"sqlite_error", "a database operation failed"},
        {"submission_other_unit", "the submission belongs to another unit, campaign or channel"},
        {"sync_failed", "the result was written but could not be confirmed on disk"},
        {"target_exists", "the target already exists; baosong never overwrites"},
        {"too_deep", "the document is nested too deeply"},
        {"too_large", "the document is too large"},
        {"unknown_key", "unknown key (a typo must not silently drop data)"},
        {"usage", "bad usage (see --help)"},
        {"vault_busy", "the vault is in use by another baosong process"},
        {"vault_corrupt", "the vault file is damaged; restore it from a backup"},
        {"vault_empty", "the vault holds no submission yet; run baosong vault import first"},
        {"vault_key_rejected", "the vault file is damaged and cannot be decrypted"},
        {"vault_missing", "the vault file does not exist"},
        {"vault_open_failed", "the vault file cannot be opened"},
        {"vault_schema_newer", "the vault was written by a newer baosong; upgrade first"},
        {"vault_unreadable", "the vault file cannot be read"},
        {"vault_version_unsupported", "unsupported vault format version; upgrade baosong"},
        {"wrong_passphrase", "wrong passphrase; the vault was not opened and not changed"},
        {"wrong_type", "a value has the wrong type"},
    };
    const auto it = sentences.find(code);
    return it == sentences.end() ? nullptr : it->second;
}

}  // namespace baosong::cli
