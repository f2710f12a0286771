#pragma once
// 统一社会信用代码 (GB 32100-2015): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY"
// (no I, O, Z, S, V); the last is a check character over the first 17.

#include <string_view>

namespace baosong::policy {

bool isValidSocialCreditCode(std::string_view code);

}  // namespace baosong::policy
