#include "document_date.h"

namespace baosong::app::documents {

std::string noticeDate(const std::string& isoDate) {
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-') {
        return isoDate;
    }
    return isoDate.substr(0, 4) + " 年 " + isoDate.substr(5, 2) + " 月 " + isoDate.substr(8, 2) +
           " 日";
}

std::time_t documentTime(const std::string& isoDate) {
    std::tm tm{};
    const char* end = isoDate.size() == 10 ? strptime(isoDate.c_str(), "%Y-%m-%d", &tm) : nullptr;
    return end != nullptr && *end == '\0' ? timegm(&tm) : 0;
}

}  // namespace baosong::app::documents
