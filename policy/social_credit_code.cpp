#include "social_credit_code.h"

namespace baosong::policy {

bool isValidSocialCreditCode(std::string_view code) {
    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // Weights are 3^i mod 31 (GB 32100-2015, 5.2).
    static constexpr int kWeights[17] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                         29, 25, 13, 8,  24, 10, 30, 28};
    if (code.size() != 18) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        const auto value = kAlphabet.find(code[i]);
        if (value == std::string_view::npos) {
            return false;
        }
        sum += static_cast<int>(value) * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return code[17] == kAlphabet[static_cast<std::size_t>(check)];
}

}  // namespace baosong::policy
