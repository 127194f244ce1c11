// The seed page's verdicts, reproduced from data alone.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace mf_test;

TEST_CASE("pg-2023 reproduces the seed page's tiers", "[verdict]") {
    for (const char* as_of : {"2023-06-01", ""}) {
        json request = {{"profile", "pg-2023"}};
        if (*as_of) request["as_of"] = as_of;
        INFO("as_of " << (*as_of ? as_of : "today"));
        const auto r = recommend(request);
        CHECK(tier_of(r, "signal") == "recommended");
        CHECK(tier_of(r, "simplex") == "recommended");
        CHECK(tier_of(r, "briar") == "recommended");
        CHECK(tier_of(r, "element") == "additional");
        CHECK(tier_of(r, "session") == "additional");
    }
}

TEST_CASE("pg-2023 is the default profile", "[verdict]") {
    CHECK(recommend(json::object())["profile"] == "pg-2023");
}

TEST_CASE("additional options lack forward secrecy, and the reasons say so", "[verdict]") {
    const auto r = recommend({{"as_of", "2023-06-01"}});
    for (const char* id : {"element", "session"}) {
        bool found = false;
        for (const auto& reason : result_for(r, id)["reasons"]) {
            if (reason["id"] == "forward_secrecy" && reason["kind"] == "tier") {
                CHECK(reason["status"] == "fail");
                CHECK(reason["facts"][0]["attr"] == "forward_secrecy");
                CHECK(reason["facts"][0]["value"] == false);
                CHECK_FALSE(detail(engine(), id, "forward_secrecy", "2023-06-01")["sources"].empty());
                found = true;
            }
        }
        CHECK(found);
    }
}

TEST_CASE("pg-2025 drops Element and Session", "[verdict]") {
    const auto r = recommend({{"profile", "pg-2025"}});
    CHECK(tier_of(r, "signal") == "recommended");
    CHECK(tier_of(r, "simplex") == "recommended");
    CHECK(tier_of(r, "briar") == "recommended");
    CHECK(tier_of(r, "element") == "not_recommended");
    CHECK(tier_of(r, "session") == "not_recommended");
    // Recommended messengers rank above the rest when nothing else is asked.
    const auto ids = order(r);
    CHECK(ids.size() == 5);
    CHECK_FALSE(contains({ids[0], ids[1], ids[2]}, "element"));
    CHECK_FALSE(contains({ids[0], ids[1], ids[2]}, "session"));
}

TEST_CASE("pg-2025 as of 2023: Signal still showed phone numbers to contacts", "[verdict]") {
    const auto r = recommend({{"profile", "pg-2025"}, {"as_of", "2023-06-01"}});
    CHECK(tier_of(r, "signal") == "not_recommended");
    CHECK(tier_of(r, "simplex") == "recommended");
}

TEST_CASE("every messenger is ranked, once", "[verdict]") {
    const auto ids = order(recommend(json::object()));
    auto sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<std::string>{"briar", "element", "session", "signal", "simplex"});
}
