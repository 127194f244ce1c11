#include "date.hpp"

#include <ctime>

namespace mf {

// Where YYYY, MM and DD sit in "YYYY-MM-DD", and how long each is.
static const int kStarts[3] = {0, 5, 8}, kLengths[3] = {4, 2, 2};

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

DateParse parse_date(const std::string& text, Date& out) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return DateParse::bad_format;
    int parts[3] = {0, 0, 0};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < kLengths[p]; ++i) {
            char c = text[kStarts[p] + i];
            if (c < '0' || c > '9') return DateParse::bad_format;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const int y = parts[0], m = parts[1], d = parts[2];
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return DateParse::impossible;
    out = y * 10000 + m * 100 + d;
    return DateParse::ok;
}

std::string format_date(Date d) {
    // Dates come from parse_date or today_utc, so the year has four digits.
    std::string out = "0000-00-00";
    const int parts[3] = {d / 10000, d / 100 % 100, d % 100};
    for (int p = 0; p < 3; ++p)
        for (int i = kStarts[p] + kLengths[p] - 1, v = parts[p]; i >= kStarts[p]; --i, v /= 10)
            out[static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
    return out;
}

Date today_utc() {
    std::time_t now = std::time(nullptr);
    std::tm parts{};
#if defined(_WIN32)
    gmtime_s(&parts, &now);
#else
    gmtime_r(&now, &parts);
#endif
    return (parts.tm_year + 1900) * 10000 + (parts.tm_mon + 1) * 100 + parts.tm_mday;
}

}  // namespace mf
