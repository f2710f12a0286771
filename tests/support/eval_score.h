#pragma once
// The score of a scanner evaluation (tests/data/scan-eval, tests/data/attachment-eval):
// each expected item found or missed, each flag real or raised for nothing, with the lines
// that name what was missed and what was raised, for ctest -V.

#include <sstream>
#include <string>

namespace baosong::test {

struct EvalScore {
    int expected = 0;
    int found = 0;
    int flags = 0;
    int truePositive = 0;
    std::string misses;
    std::string falseAlarms;

    double recall() const { return expected == 0 ? 1.0 : double(found) / expected; }
    double precision() const { return flags == 0 ? 1.0 : double(truePositive) / flags; }

    // An expected item; what names it when it was missed.
    void item(bool wasFound, const std::string& named) {
        ++expected;
        found += wasFound ? 1 : 0;
        if (!wasFound) {
            misses += "  " + named + "\n";
        }
    }
    // A flag raised; what names it when it was raised for nothing.
    void flag(bool real, const std::string& named) {
        ++flags;
        truePositive += real ? 1 : 0;
        if (!real) {
            falseAlarms += "  " + named + "\n";
        }
    }

    // "recall R (found/expected<more>), precision P (real/flags)".
    std::string figures(const std::string& more = "") const {
        std::ostringstream out;
        out << "recall " << recall() << " (" << found << "/" << expected << more << "), precision "
            << precision() << " (" << truePositive << "/" << flags << ")";
        return out.str();
    }
    std::string lists() const { return "missed:\n" + misses + "false alarms:\n" + falseAlarms; }
};

}  // namespace baosong::test
