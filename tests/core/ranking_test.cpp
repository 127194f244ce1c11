// Ranking order, preferences, "matters a lot", ties, unknowns: on the
// synthetic catalogue (exact numbers) and on the shipped data.
#include <catch2/catch.hpp>

#include "synthetic.hpp"

using namespace mf_test;

TEST_CASE("ties are broken by id, deterministically", "[ranking]") {
    const auto r = synthetic(json::object());
    // zeta and alpha have identical facts: alpha first by id; mu fails the minimum (unknown).
    CHECK(order(r) == std::vector<std::string>{"alpha", "zeta", "mu"});
    CHECK(synthetic(json::object()).dump() == r.dump());
}

TEST_CASE("unknown never counts as passing a tier requirement", "[ranking]") {
    const auto r = synthetic(json::object());
    CHECK(tier_of(r, "alpha") == "gold");
    CHECK(tier_of(r, "mu") == "none");
    CHECK(result_for(r, "mu")["reasons"][0]["status"] == "unknown");
}

TEST_CASE("score = best-case weights + preference weights", "[ranking]") {
    CHECK(result_for(synthetic(json::object()), "alpha")["score"] == 2.0);
    const auto r = synthetic({{"prefer", {{"big", 1.5}}}});
    CHECK(result_for(r, "alpha")["score"] == 3.5);
    CHECK(result_for(r, "mu")["score"] == 0.0);  // size unknown: no credit
}

TEST_CASE("fitting messengers rank before non-fitting ones, whatever the tier", "[ranking]") {
    const auto r = synthetic({{"needs", {"not_fast"}}, {"as_of", "2025-01-01"}});
    // Nobody is known to be not fast: alpha and zeta fail, mu is unknown → unmet.
    CHECK(fitting(r).empty());
    const auto blue = synthetic({{"needs", {"fast_or_blue"}}});
    CHECK(fitting(blue) == std::vector<std::string>{"alpha", "zeta", "mu"});
}

TEST_CASE("a fact's history is read as of the requested date", "[ranking][dated]") {
    CHECK(fitting(synthetic({{"needs", {"place:work"}}, {"as_of", "2023-12-31"}})).empty());
    CHECK(fitting(synthetic({{"needs", {"place:work"}}, {"as_of", "2024-01-01"}})) ==
          std::vector<std::string>{"alpha", "zeta"});
    // Before mu's first entry, its value is unknown.
    const auto early = synthetic({{"needs", {"place:work"}}, {"as_of", "2019-01-01"}});
    CHECK(result_for(early, "mu")["reasons"][0]["status"] == "unknown");
    CHECK(result_for(early, "mu")["reasons"][0]["facts"][0]["value"] == "unknown");
}

TEST_CASE("explanations carry since, note and disputed values", "[ranking]") {
    const auto r = synthetic({{"needs", {"red", "place:work"}}});
    const auto& mu = result_for(r, "mu");
    CHECK(mu["reasons"][0]["facts"][0]["disputed"][0]["value"] == "red");
    CHECK(result_for(r, "alpha")["reasons"][1]["facts"][0]["since"] == "2024-01-01");
    const auto fast = synthetic({{"needs", {"fast"}}});
    CHECK(result_for(fast, "mu")["reasons"][0]["facts"][0]["note"] == "not documented");
}

TEST_CASE("quiz answers become needs and weights; 'matters a lot' multiplies and hardens", "[ranking][quiz]") {
    const auto plain = synthetic({{"answers", {{"speed", "matters"}}}});
    CHECK(plain["needs"].empty());
    CHECK(plain["prefer"] == ordered_json({{"fast", 1.0}}));
    const auto important = synthetic({{"answers", {{"speed", {{"choice", "matters"}, {"important", true}}}}}});
    CHECK(important["needs"] == ordered_json({"fast"}));
    CHECK(important["prefer"] == ordered_json({{"fast", 3.0}}));
    CHECK(result_for(important, "mu")["fits"] == false);
    const auto multi = synthetic({{"answers", {{"where", {"work", "moon"}}}}});
    CHECK(multi["needs"] == ordered_json({"place:work"}));
}

TEST_CASE("shipped data: a preference reorders within a tier", "[ranking]") {
    // Element and Session share a tier under pg-2023; asking for strong
    // metadata protection lifts Session (onion routing) above Element.
    const auto base = recommend({{"as_of", "2023-06-01"}});
    const auto pref = recommend({{"as_of", "2023-06-01"}, {"prefer", {{"metadata_protection", 5}}}});
    auto position = [](const ordered_json& r, const std::string& id) {
        const auto ids = order(r);
        return std::find(ids.begin(), ids.end(), id) - ids.begin();
    };
    CHECK(result_for(pref, "session")["score"].get<double>() ==
          result_for(base, "session")["score"].get<double>() + 5);
    CHECK(position(pref, "session") < position(pref, "element"));
    CHECK(result_for(pref, "element")["score"] == result_for(base, "element")["score"]);
}

TEST_CASE("shipped quiz: 6-10 questions, and 'matters a lot' changes some outcome", "[ranking][quiz]") {
    const auto& quiz = engine().catalogue().quiz();
    CHECK(quiz.questions.size() >= 6);
    CHECK(quiz.questions.size() <= 10);
    bool changed_somewhere = false;
    for (const auto& q : quiz.questions) {
        for (const auto& a : q.answers) {
            json choice = q.multi ? json::array({a.id}) : json(a.id);
            const auto normal = recommend({{"answers", {{q.id, choice}}}});
            const auto strong = recommend({{"answers", {{q.id, {{"choice", choice}, {"important", true}}}}}});
            if (normal["results"] != strong["results"]) changed_somewhere = true;
        }
    }
    CHECK(changed_somewhere);
}

TEST_CASE("limit returns the top of the same ranking", "[ranking]") {
    const auto full = recommend({{"needs", {"calls"}}, {"prefer", {{"tor", 2}}}});
    for (int n : {1, 3, 5, 9}) {
        const auto top = recommend({{"needs", {"calls"}}, {"prefer", {{"tor", 2}}}, {"limit", n}});
        const auto expected = std::min<std::size_t>(n, full["results"].size());
        REQUIRE(top["results"].size() == expected);
        for (std::size_t i = 0; i < expected; ++i) CHECK(top["results"][i] == full["results"][i]);
    }
    CHECK_THROWS_AS(recommend({{"limit", 0}}), RequestFailed);
    CHECK_THROWS_AS(recommend({{"limit", 2.5}}), RequestFailed);
}
