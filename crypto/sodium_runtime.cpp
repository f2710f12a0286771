#include "sodium_runtime.h"

#include <sodium.h>

#include "crypto_error.h"

namespace baosong::crypto {

void requireSodium() {
    // sodium_init() is itself idempotent and thread-safe; it returns 1 when already done.
    static const int status = sodium_init();
    if (status < 0) {
        throw CryptoError("sodium_init_failed", "无法初始化密码库 libsodium（系统随机数源不可用）");
    }
}

}  // namespace baosong::crypto
