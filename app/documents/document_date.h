#pragma once
// Dates on the documents: as the notice writes them, and as the files' fixed creation time.

#include <ctime>
#include <string>

namespace baosong::app::documents {

// "2023-05-20" → "2023 年 05 月 20 日", the form the notice's forms use; other text as is.
std::string noticeDate(const std::string& isoDate);

// Midnight UTC of an ISO date, the creation time written into PDF and XLSX files so that
// the same submission gives the same bytes; 0 (1970) for anything else.
std::time_t documentTime(const std::string& isoDate);

}  // namespace baosong::app::documents
