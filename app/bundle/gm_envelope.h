#pragma once
// The outer tar of a profile "gm" bundle (bundle-gm.md "What a seal writes"): exactly
// these members, in this order, each a regular file at the top of the archive.

#include <array>
#include <string>
#include <string_view>

namespace baosong::app::bundle {

inline constexpr std::string_view kGmMarkerFile = "baosong-gm.txt";
inline constexpr std::string_view kGmKeyFile = "key.sm2";          // DER SM2Cipher of the file key
inline constexpr std::string_view kGmIvFile = "iv";                // 16 bytes
inline constexpr std::string_view kGmPayloadFile = "payload.sm4";  // SM4-CBC of the bag's tar
inline constexpr std::string_view kGmMacFile = "payload.mac";      // HMAC-SM3 of iv ‖ payload.sm4
inline constexpr std::array<std::string_view, 5> kGmMembers{kGmMarkerFile, kGmKeyFile, kGmIvFile,
                                                            kGmPayloadFile, kGmMacFile};

// "baosong-gm/1\nrecipient <office fingerprint>\n".
std::string gmMarkerText(std::string_view officeFingerprint);

}  // namespace baosong::app::bundle
