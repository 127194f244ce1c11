#include "date.hpp"

#include <cstdio>
#include <ctime>

namespace mf {

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

DateParse parse_date(const std::string& text, Date& out) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return DateParse::bad_format;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            char c = text[starts[p] + i];
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
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, (d / 100) % 100, d % 100);
    return buf;
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
