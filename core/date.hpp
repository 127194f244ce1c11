// Calendar dates as YYYYMMDD integers: comparable with <, cheap to store,
// and the only date arithmetic the engine needs is ordering.
#pragma once

#include <limits>
#include <string>

namespace mf {

using Date = int;  // yyyy * 10000 + mm * 100 + dd
// The "since" of a fact that holds from the beginning.
inline constexpr Date kBeginning = std::numeric_limits<Date>::min();

enum class DateParse { ok, bad_format, impossible };

// Strict YYYY-MM-DD; rejects 2023-02-30 as impossible, "2023/06/01" as bad format.
DateParse parse_date(const std::string& text, Date& out);
std::string format_date(Date d);
Date today_utc();

}  // namespace mf
