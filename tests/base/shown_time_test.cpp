// Times as people read them (base/shown_time.h): the system's zone for the CLI and the app,
// China's for documents whatever the zone, and anything that is not RFC 3339 UTC as it is.
// Zones are POSIX TZ strings, which need no tzdata.

#include "base/shown_time.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <ctime>
#include <optional>
#include <string>

namespace baosong::app {
namespace {

// Sets TZ for one scope and puts the old one back.
class ZoneFor {
  public:
    explicit ZoneFor(const char* zone) {
        if (const char* old = getenv("TZ")) {
            old_ = old;
        }
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ZoneFor() {
        if (old_) {
            setenv("TZ", old_->c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }

  private:
    std::optional<std::string> old_;
};

TEST(ShownTime, LocalTimeIsTheSystemsZoneWithItsOffset) {
    {
        const ZoneFor china("CST-8");
        EXPECT_EQ(localTime("2026-12-03T21:16:31Z"), "2026-12-04 05:16:31 +08:00");
    }
    {
        const ZoneFor utc("UTC0");
        EXPECT_EQ(localTime("2026-12-03T21:16:31Z"), "2026-12-03 21:16:31 +00:00");
    }
    {
        const ZoneFor west("EST5");
        EXPECT_EQ(localTime("2026-12-03T21:16:31Z"), "2026-12-03 16:16:31 -05:00");
    }
    {
        const ZoneFor india("IST-5:30");
        EXPECT_EQ(localTime("2026-12-31T20:00:00Z"), "2027-01-01 01:30:00 +05:30");
    }
}

TEST(ShownTime, DocumentsShowChinaTimeWhateverTheZone) {
    const ZoneFor west("EST5");
    EXPECT_EQ(chinaTime("2026-12-03T21:16:31Z"), "2026-12-04 05:16:31 +08:00");
    EXPECT_EQ(chinaTime("2023-12-31T16:00:00Z"), "2024-01-01 00:00:00 +08:00");
}

TEST(ShownTime, WhatIsNoUtcTimeComesBackAsItIs) {
    for (const char* text :
         {"", "2026-12-03 21:16:31", "2026-12-03T21:16:31+08:00", "2026-13-03T21:16:31Z",
          "2026-12-03T25:16:31Z", "２０２６-12-03T21:16:31Z", "not a time"}) {
        EXPECT_EQ(localTime(text), text);
        EXPECT_EQ(chinaTime(text), text);
    }
}

}  // namespace
}  // namespace baosong::app
