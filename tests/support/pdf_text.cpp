#include "pdf_text.h"

#include <gtest/gtest.h>

#include <cctype>

#include "process.h"

namespace baosong::test {

std::string pdfText(const std::filesystem::path& pdf) {
    const ProcessResult r = runProcess({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    EXPECT_EQ(r.exitCode, 0) << pdf << ": " << r.err;
    std::string out;
    for (const char c : r.out) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) {
            out += c;
        }
    }
    return out;
}

}  // namespace baosong::test
