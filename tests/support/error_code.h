#pragma once
// The code of the error an action throws: "no error" when it throws nothing, so a test
// that expects a failure fails when there is none.

#include <functional>
#include <string>

namespace baosong::test {

template <typename Error>
std::string errorCodeOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.code();
    }
    return "no error";
}

}  // namespace baosong::test
