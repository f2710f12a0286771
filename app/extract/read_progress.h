#pragma once
// How a long read (OCR above all) reports where it is and learns that the person has
// cancelled it. Both may be empty. A cancelled read throws AppError (Problem,
// "read_cancelled") and has returned nothing: what the caller keeps is whole or absent.

#include <functional>
#include <string>

namespace baosong::app::extract {

struct ReadProgress {
    // The file, the page being read (1-based) and how many pages it has.
    std::function<void(const std::string& file, int page, int pages)> step;
    std::function<bool()> cancelled;

    bool wasCancelled() const { return cancelled && cancelled(); }
    // Throws AppError (Problem, "read_cancelled") once cancelled.
    void checkCancelled() const;
};

}  // namespace baosong::app::extract
