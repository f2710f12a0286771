#include "process_hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace baosong::crypto {

bool hardenProcess() noexcept {
    bool ok = true;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        ok = false;
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
    }
    return ok;
}

}  // namespace baosong::crypto
