// Dates and the rule grammar's three-valued logic.
#include <catch2/catch.hpp>

#include <cstdio>

#include "synthetic.hpp"

using namespace mf_test;

TEST_CASE("dates are strict YYYY-MM-DD calendar dates", "[date]") {
    mf::Date d = 0;
    CHECK(mf::parse_date("2024-02-29", d) == mf::DateParse::ok);
    CHECK(d == 20240229);
    CHECK(mf::parse_date("2023-02-29", d) == mf::DateParse::impossible);
    CHECK(mf::parse_date("2023-04-31", d) == mf::DateParse::impossible);
    CHECK(mf::parse_date("2023-00-10", d) == mf::DateParse::impossible);
    CHECK(mf::parse_date("2023/06/01", d) == mf::DateParse::bad_format);
    CHECK(mf::parse_date("2023-6-1", d) == mf::DateParse::bad_format);
    CHECK(mf::parse_date("", d) == mf::DateParse::bad_format);
    CHECK(mf::format_date(20230601) == "2023-06-01");
    CHECK(mf::today_utc() > 20250101);
}

TEST_CASE("format_date writes back every date parse_date reads", "[date]") {
    // Digits written by hand (no snprintf in the module): every day of the
    // years at the edges and around a leap day, and every month elsewhere.
    for (const int y : {1, 9, 10, 99, 100, 999, 1000, 1999, 2000, 2024, 9999}) {
        for (int m = 1; m <= 12; ++m) {
            for (int day = 1; day <= 31; ++day) {
                const mf::Date d = y * 10000 + m * 100 + day;
                char expected[16];
                std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", y, m, day);
                mf::Date back = 0;
                if (mf::parse_date(expected, back) != mf::DateParse::ok) continue;  // 2023-02-30 and such
                CHECK(back == d);
                CHECK(mf::format_date(d) == expected);
            }
        }
    }
}

TEST_CASE("three-valued logic", "[rule]") {
    // mu: fast unknown, color blue. any(pass, x) = pass; any(unknown, fail) = unknown; not(unknown) = unknown.
    const auto r = synthetic({{"needs", {"fast_or_blue", "not_fast", "fast"}}});
    const auto& reasons = result_for(r, "mu")["reasons"];
    CHECK(reasons[0]["status"] == "pass");
    CHECK(reasons[1]["status"] == "unknown");
    CHECK(reasons[2]["status"] == "unknown");
    CHECK(result_for(r, "mu")["unmet"] == ordered_json({"not_fast", "fast"}));
    const auto& alpha = result_for(r, "alpha")["reasons"];
    CHECK(alpha[1]["status"] == "fail");
}

TEST_CASE("number comparisons and missing facts", "[rule]") {
    const auto r = synthetic({{"needs", {"big"}}});
    CHECK(result_for(r, "alpha")["fits"] == true);
    // mu has no "size" fact at all: unknown, reported with no sources.
    const auto& fact = result_for(r, "mu")["reasons"][0]["facts"][0];
    CHECK(fact["value"] == "unknown");
    CHECK(fact["sources"].empty());
}
