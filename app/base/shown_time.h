#pragma once
// Times as people read them. Files, signatures, the audit log and --json keep RFC 3339 UTC
// ("2026-12-03T21:16:31Z"), which no one reads at a glance in China; what a person reads is
// the wall-clock time with its offset: "2026-12-04 05:16:31 +08:00".

#include <string>
#include <string_view>

namespace baosong::app {

// In the system's zone (TZ, else /etc/localtime): for the CLI and the desktop app. A text
// that is not an RFC 3339 UTC time ("YYYY-MM-DDTHH:MM:SSZ") comes back as it is.
std::string localTime(std::string_view utc);

// In China's one zone (UTC+8, no daylight saving): for the documents, whose bytes must not
// depend on the zone of the machine that writes them (the reviewer signs them).
std::string chinaTime(std::string_view utc);

}  // namespace baosong::app
