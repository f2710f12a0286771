// Arbitrary text into the strict parser of baosong.submission/1 (policy/submission_json.h):
// every input ends in a Submission or a ParseError, never a crash or another exception
// (nlohmann's own errors included). What it promises is checked too: what it accepts is
// written back by toJson, that text parses to the same Submission (submission_json.h:
// parseSubmission(toJson(s)) == s), and writing that again gives the same text.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_require.h"
#include "policy/parse_error.h"
#include "policy/submission_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    using fuzz::fuzzRequire;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    policy::Submission parsed;
    try {
        parsed = policy::parseSubmission(text);
    } catch (const policy::ParseError&) {
        return 0;
    }
    const std::string written = policy::toJson(parsed);
    policy::Submission reread;
    try {
        reread = policy::parseSubmission(written);
    } catch (const policy::ParseError&) {
        fuzzRequire(false, "what toJson writes parses");
    }
    fuzzRequire(reread == parsed, "parse, write, parse gives the same submission");
    fuzzRequire(policy::toJson(reread) == written, "writing is stable");
    (void)policy::fileReferences(parsed);
    return 0;
}
