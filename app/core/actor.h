#pragma once
// Who is acting, for the audit log: a role and the operating-system login.

#include <string>

namespace baosong::app {

// "officer:<login>", "reviewer:<login>", "clerk:<login>".
std::string actorFor(const std::string& role);

}  // namespace baosong::app
