// The engine's answers for the widget's views beyond a ranking: the compare
// table, a messenger's timeline, the profile comparison and the overview the
// controls are drawn from.
#include <catch2/catch.hpp>

#include "api.hpp"
#include "profile_diff.hpp"
#include "synthetic.hpp"

using namespace mf_test;

namespace {

json value_of(const std::string& envelope) {
    const json out = json::parse(envelope);
    if (out["ok"] != true) throw std::runtime_error(out.dump());
    return out["value"];
}

}  // namespace

TEST_CASE("compare: the chosen messengers in ranking order, every need's verdict and every fact", "[answers]") {
    mf::Api api;
    const char* request = R"({"needs": ["platform:ios"], "as_of": "2023-06-01"})";
    const json v = value_of(api.compare(mf::Api::kDefault, request, R"(["briar", "session", "signal"])"));
    const json ranking = value_of(api.recommend(mf::Api::kDefault, request));
    std::vector<std::string> expected;
    for (const auto& r : ranking["results"])
        if (r["id"] == "briar" || r["id"] == "session" || r["id"] == "signal") expected.push_back(r["id"]);
    REQUIRE(order(v) == expected);
    const auto& cat = engine().catalogue();
    for (const auto& entry : v["results"]) {
        // The same entry as in the ranking, plus the two lists.
        json plain = entry;
        plain.erase("every_need");
        plain.erase("facts");
        CHECK(plain == result_for(ranking, entry["id"]));
        REQUIRE(entry["every_need"].size() == cat.needs().size());
        for (const auto& n : entry["every_need"]) {
            const auto alone = recommend({{"needs", {n["id"]}}, {"as_of", "2023-06-01"}});
            CHECK(n == result_for(alone, entry["id"])["reasons"][0]);
        }
        REQUIRE(entry["facts"].size() == cat.attributes().size());
        CHECK(entry["facts"][0] == detail(engine(), entry["id"], cat.attributes()[0].id, "2023-06-01"));
    }
    const json bad = json::parse(api.compare(mf::Api::kDefault, request, R"(["signal", "icq"])"));
    CHECK(bad["error"]["code"] == "bad_request");
    CHECK(bad["error"]["pointer"] == "/1");
    CHECK(bad["error"]["message"].get<std::string>().find("unknown messenger \"icq\"") == 0);
    CHECK(json::parse(api.compare(mf::Api::kDefault, request, "{}"))["error"]["code"] == "bad_request");
}

TEST_CASE("timeline: dated entries oldest first, with the entry replaced and the one in effect", "[answers]") {
    mf::Api api;
    const int handle = value_of(api.load(json(synthetic_files()).dump()));
    // alpha's places: ["home"], then ["home", "work"] from 2024-01-01.
    const json later = value_of(api.timeline(handle, R"({"as_of": "2025-01-01"})", "alpha"));
    REQUIRE(later["changes"].size() == 1);
    const auto& change = later["changes"][0];
    CHECK(change["attr"] == "places");
    CHECK(change["since"] == "2024-01-01");
    CHECK(change["before"]["value"] == json({"home"}));
    CHECK(change["after"]["value"] == json({"home", "work"}));
    CHECK(change["current"] == true);
    CHECK(value_of(api.timeline(handle, R"({"as_of": "2023-12-31"})", "alpha"))["changes"][0]["current"] == false);
    // mu's history starts with a dated entry: nothing before it.
    const json mu = value_of(api.timeline(handle, R"({"as_of": "2019-01-01"})", "mu"));
    CHECK(mu["changes"][0]["before"].is_null());
    CHECK(mu["changes"][0]["current"] == false);
    CHECK(json::parse(api.timeline(handle, "{}", "nope"))["error"]["message"].get<std::string>().find("unknown messenger") == 0);
}

TEST_CASE("timeline: the shipped data's dated facts, in date order", "[answers]") {
    mf::Api api;
    const json t = value_of(api.timeline(mf::Api::kDefault, R"({"as_of": "2026-01-01"})", "signal"));
    REQUIRE_FALSE(t["changes"].empty());
    for (std::size_t i = 1; i < t["changes"].size(); ++i)
        CHECK(t["changes"][i - 1]["since"].get<std::string>() <= t["changes"][i]["since"].get<std::string>());
}

TEST_CASE("profile comparison: the 2023 additional options fail 2025's forward secrecy minimum", "[answers]") {
    const auto [from, to] = mf::default_profile_pair(engine().catalogue());
    CHECK(engine().catalogue().profiles()[from].id == "pg-2023");
    CHECK(engine().catalogue().profiles()[to].id == "pg-2025");
    mf::Api api;
    const json d = value_of(api.changes(mf::Api::kDefault, R"({"as_of": "2023-06-01", "needs": ["platform:ios"]})"));
    CHECK(d["from"] == "pg-2023");
    CHECK(d["to"] == "pg-2025");
    const json ranking = value_of(api.recommend(mf::Api::kDefault, R"({"as_of": "2023-06-01", "needs": ["platform:ios"]})"));
    REQUIRE(d["rows"].size() == ranking["results"].size());
    for (std::size_t i = 0; i < d["rows"].size(); ++i) CHECK(d["rows"][i]["id"] == ranking["results"][i]["id"]);
    for (const auto& row : d["rows"]) {
        if (row["id"] != "element") continue;
        CHECK(row["before"] == json({{"tier", "additional"}, {"fits", true}}));
        CHECK(row["after"] == json({{"tier", "not_recommended"}, {"fits", true}}));
        CHECK(row["tier_changed"] == true);
        CHECK(row["fits_changed"] == false);
        bool forward_secrecy = false;
        for (const auto& item : row["criteria"]) {
            CHECK((item["before"].is_null() || item["before"]["status"] != "pass" ||
                   item["after"].is_null() || item["after"]["status"] != "pass"));
            if (item["id"] != "forward_secrecy") continue;
            forward_secrecy = true;
            CHECK(item["before"] == json({{"kind", "tier"}, {"status", "fail"}}));
            CHECK(item["after"] == json({{"kind", "minimum"}, {"status", "fail"}}));
            CHECK(item["facts"][0]["attr"] == "forward_secrecy");
        }
        CHECK(forward_secrecy);
        CHECK(row["needs"].empty());
    }
}

TEST_CASE("overview: the vocabulary without facts or rules, with each messenger's count of dated changes", "[answers]") {
    mf::Api api;
    const json o = value_of(api.overview(mf::Api::kDefault));
    const json data = engine().catalogue().data();
    CHECK(o["attribute_groups"] == data["attribute_groups"]);
    CHECK(o["need_groups"] == data["need_groups"]);
    CHECK(o["quiz"] == data["quiz"]);
    for (const auto& n : o["needs"]) CHECK_FALSE(n.contains("rule"));
    const json signal = value_of(api.timeline(mf::Api::kDefault, "{}", "signal"));
    for (const auto& m : o["messengers"]) {
        CHECK_FALSE(m.contains("facts"));
        if (m["id"] == "signal") CHECK(m["changes"] == signal["changes"].size());
    }
}
