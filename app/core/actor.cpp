#include "actor.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace baosong::app {

std::string actorFor(const std::string& role) {
    std::string login = "uid" + std::to_string(::getuid());
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
        found != nullptr && found->pw_name != nullptr) {
        login = found->pw_name;
    }
    return role + ":" + login;
}

}  // namespace baosong::app
