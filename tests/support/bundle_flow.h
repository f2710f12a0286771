#pragma once
// A unit and an office set up through the real binary, as people would: vault init,
// import, review to sign-off, office init and keys, enrolment. The bundle tests start
// from here.

#include <map>
#include <string>
#include <vector>

#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {

class BundleFlow {
  public:
    explicit BundleFlow(const TempDir& dir, const std::string& unitId = "91150200MA0N8XQ313",
                        const std::string& name = "unit");

    // Each step asserts its own success (gtest ADD_FAILURE with the CLI's output).
    void initUnit();
    void importSubmission(const std::string& json);
    void reviewAndSignOff();
    void initOffice(const std::string& officeVault);
    void exchangeKeys(const std::string& officeVault);  // import-office + enrol
    ProcessResult seal(const std::string& outDir);
    // All of the above but the seal: a unit holding json, reviewed and signed off, and a
    // new office at officeVault that it has exchanged keys with.
    void readyToSeal(const std::string& json, const std::string& officeVault);

    std::string vault;
    std::string unitId;
    std::string outKeys;  // where office keys were written
    std::string base;
    // `office init --profile`: the suites that check intl's files say so; "" leaves the
    // command's default (gm).
    std::string profile = "intl";

    static ProcessResult run(std::vector<std::string> args,
                             const std::map<std::string, std::string>& env = {});
};

// A unit made ready to seal with a new office at office.bsv (and, when sealed, its bundle
// in out/), once for a test suite: the review's many CLI steps and the seal are the slow
// part, the more so under the sanitizers. Each test gets its own copy of the whole folder;
// ctest must run such a suite as one process (tests/CMakeLists.txt ONE_PROCESS), or there
// is nothing to share.
class PreparedUnit {
  public:
    // Builds the folder, with an office of profile ("" for the default); false (with the
    // gtest failures said) when a step failed.
    bool make(bool sealed, const std::string& profile = "intl");
    // Copies the folder into to, a test's own, and points unit and source at the copy.
    void copyInto(const TempDir& to, BundleFlow& unit, std::string& source) const;

  private:
    TempDir dir_;
    BundleFlow unit_{dir_, "91150200MA0N8XQ313", "unitA"};
    std::string source_;
};

}  // namespace baosong::test
