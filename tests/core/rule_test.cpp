// Dates and the rule grammar's three-valued logic.
#include <catch2/catch.hpp>

#include <array>
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
    CHECK(fact == ordered_json({{"attr", "size"}, {"value", "unknown"}}));
    CHECK(detail(synthetic_engine(), "mu", "size", "2026-01-01")["sources"].empty());
}

TEST_CASE("every operator on every type it fits: known, unknown and missing values", "[rule]") {
    mf::DataFiles files = synthetic_files();
    files["attributes.json"] = R"({"groups": ["features"], "attributes": [
        {"id": "b", "type": "bool", "group": "features"},
        {"id": "e", "type": "enum", "group": "features", "values": ["x", "y", "z"]},
        {"id": "s", "type": "set", "group": "features", "values": ["p", "q", "r"]},
        {"id": "n", "type": "number", "group": "features"},
        {"id": "l", "type": "list", "group": "features"},
        {"id": "t", "type": "text", "group": "features"}]})";
    auto messenger = [](const std::string& id, const std::string& facts) {
        return R"({"id": ")" + id + R"(", "name": "N", "homepage": "https://n.example/", "source_code": "https://n.example/s",
                  "description": "N.", "facts": {)" + facts + "}}";
    };
    auto fact = [](const std::string& attr, const std::string& value) {
        return "\"" + attr + R"(": [{"value": )" + value + R"(, "sources": ["https://n.example/f"]}])";
    };
    std::string unknowns;
    for (const char* a : {"b", "e", "s", "n", "l", "t"}) unknowns += std::string(unknowns.empty() ? "" : ",") + fact(a, "\"unknown\"");
    files["catalogue.json"] = R"({"messengers": [)" +
        messenger("one", fact("b", "true") + "," + fact("e", "\"y\"") + "," + fact("s", R"(["p", "q"])") + "," +
                             fact("n", "2.5") + "," + fact("l", R"(["a"])") + "," + fact("t", "\"hello\"")) + "," +
        messenger("two", fact("b", "false") + "," + fact("e", "\"z\"") + "," + fact("s", "[]") + "," + fact("n", "1") +
                             "," + fact("l", "[]") + "," + fact("t", "\"bye\"")) + "," +
        messenger("three", unknowns) + "," + messenger("four", "") + "]}";
    // id, rule, then the verdicts of one, two, three and four.
    const std::vector<std::array<std::string, 6>> cases = {
        {"b_eq", R"({"attr": "b", "eq": true})", "pass", "fail", "unknown", "unknown"},
        {"b_eq_false", R"({"attr": "b", "eq": false})", "fail", "pass", "unknown", "unknown"},
        {"e_eq", R"({"attr": "e", "eq": "y"})", "pass", "fail", "unknown", "unknown"},
        {"e_in", R"({"attr": "e", "in": ["x", "z"]})", "fail", "pass", "unknown", "unknown"},
        {"s_has", R"({"attr": "s", "has": "p"})", "pass", "fail", "unknown", "unknown"},
        {"s_all", R"({"attr": "s", "has_all": ["p", "r"]})", "fail", "fail", "unknown", "unknown"},
        {"s_any", R"({"attr": "s", "has_any": ["q", "r"]})", "pass", "fail", "unknown", "unknown"},
        {"s_none", R"({"attr": "s", "has_none": ["r"]})", "pass", "pass", "unknown", "unknown"},
        {"s_not_empty", R"({"attr": "s", "not_empty": true})", "pass", "fail", "unknown", "unknown"},
        {"n_eq", R"({"attr": "n", "eq": 2.5})", "pass", "fail", "unknown", "unknown"},
        {"n_in", R"({"attr": "n", "in": [1, 7]})", "fail", "pass", "unknown", "unknown"},
        {"n_gte", R"({"attr": "n", "gte": 2})", "pass", "fail", "unknown", "unknown"},
        {"n_lte", R"({"attr": "n", "lte": 1})", "fail", "pass", "unknown", "unknown"},
        {"l_not_empty", R"({"attr": "l", "not_empty": true})", "pass", "fail", "unknown", "unknown"},
        {"t_eq", R"({"attr": "t", "eq": "hello"})", "pass", "fail", "unknown", "unknown"},
        {"t_in", R"({"attr": "t", "in": ["a", "bye"]})", "fail", "pass", "unknown", "unknown"},
    };
    std::string needs;
    json asked = json::array();
    for (const auto& c : cases) {
        needs += std::string(needs.empty() ? "" : ",") + R"({"id": ")" + c[0] + R"(", "group": "features", "rule": )" + c[1] + "}";
        asked.push_back(c[0]);
    }
    files["needs.json"] = R"({"groups": ["features", "platforms"], "needs": [)" + needs + "]}";
    files["criteria.json"] = R"({"criteria": [{"id": "c", "rule": {"attr": "b", "eq": true}}],
        "default_profile": "p", "profiles": [{"id": "p", "date": "2023-01-01", "sources": ["https://p.example/"],
        "minimum": [], "best_case": [], "tiers": [{"id": "t1", "requires": ["c"]}], "fallback_tier": "none"}]})";
    files["quiz.json"] = R"({"important_factor": 3, "questions": [{"id": "q", "kind": "single",
        "answers": [{"id": "a", "needs": ["b_eq"]}, {"id": "b"}]}]})";
    const mf::Engine e(load_valid(files));
    const auto r = recommend_with(e, {{"needs", asked}}, 20260101);
    const char* ids[] = {"one", "two", "three", "four"};
    for (int m = 0; m < 4; ++m) {
        const auto& reasons = result_for(r, ids[m])["reasons"];
        for (std::size_t k = 0; k < cases.size(); ++k) {
            INFO(ids[m] << ": " << cases[k][0]);
            CHECK(reasons[k]["id"] == cases[k][0]);
            CHECK(reasons[k]["status"] == cases[k][2 + m]);
        }
    }
}
