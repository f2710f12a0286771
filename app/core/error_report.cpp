#include "error_report.h"

#include <new>
#include <set>
#include <string>

#include "crypto/crypto_error.h"
#include "policy/parse_error.h"

namespace baosong::app {

namespace {
// A crypto failure that means "checked, and it does not hold" (cli.md exit 1); every other
// crypto code names input that cannot be read (exit 2).
ErrorKind kindOfCryptoCode(const std::string& code) {
    static const std::set<std::string> problems = {
        "signature_invalid", "age_no_match",       "age_hmac_failure",   "age_payload_invalid",
        "kdf_failed",        "sodium_init_failed", "age_writer_finished"};
    return problems.contains(code) ? ErrorKind::Problem : ErrorKind::BadInput;
}
}  // namespace

AppError describeError(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const AppError& e) {
        return e;
    } catch (const crypto::CryptoError& e) {
        return AppError(kindOfCryptoCode(e.code()), e.code(), libraryText("crypto", e));
    } catch (const policy::ParseError& e) {
        return AppError(ErrorKind::BadInput, e.code(), libraryText("policy", e));
    } catch (const std::bad_alloc&) {
        return AppError(ErrorKind::Problem, "out_of_memory", Text("out_of_memory"));
    } catch (const std::exception& e) {
        return AppError(ErrorKind::Problem, "internal", Text("internal").with("detail", e.what()));
    } catch (...) {
        return AppError(ErrorKind::Problem, "internal", Text("internal_unknown"));
    }
}

}  // namespace baosong::app
