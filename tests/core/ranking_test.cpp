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

TEST_CASE("explanations carry values and since; the facts table adds notes and disputed values", "[ranking]") {
    const auto r = synthetic({{"needs", {"red", "place:work"}}});
    const auto& mu = result_for(r, "mu");
    CHECK(mu["reasons"][0]["facts"][0] == ordered_json({{"attr", "color"}, {"value", "blue"}}));
    CHECK(detail(synthetic_engine(), "mu", "color", "2026-01-01")["disputed"][0]["value"] == "red");
    CHECK(result_for(r, "alpha")["reasons"][1]["facts"][0]["since"] == "2024-01-01");
    CHECK(detail(synthetic_engine(), "mu", "fast", "2026-01-01")["note"] == "not documented");
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

namespace {

// The synthetic vocabulary with `count` made-up messengers whose facts cycle
// through true / false / unknown, red / blue / unknown, a few place sets (one
// changing on 2024-01-01) and sizes.
mf::DataFiles many_messengers(int count) {
    mf::DataFiles files = synthetic_files();
    const json source = json::array({"https://x.example/"});
    json messengers = json::array();
    for (int i = 0; i < count; ++i) {
        const std::string id = "m" + std::to_string(1000 - i);  // ids not in index order
        const json fast[] = {true, false, "unknown"};
        const json color[] = {"red", "blue", "unknown"};
        const json places[] = {json::array({"home"}), json::array({"work", "moon"}), json::array()};
        json facts = {{"fast", {{{"value", fast[i % 3]}, {"sources", source}}}},
                      {"color", {{{"value", color[(i / 3) % 3]}, {"sources", source}}}},
                      {"places", {{{"value", places[(i / 9) % 3]}, {"sources", source}},
                                  {{"since", "2024-01-01"}, {"value", places[(i / 5) % 3]}, {"sources", source}}}}};
        if (i % 4) facts["size"] = {{{"value", i % 11}, {"sources", source}}};
        messengers.push_back({{"id", id}, {"name", id}, {"homepage", "https://x.example/"},
                              {"source_code", "https://x.example/src"}, {"description", "X."}, {"facts", facts}});
    }
    files["catalogue.json"] = json{{"messengers", messengers}}.dump();
    return files;
}

}  // namespace

TEST_CASE("many messengers: each one's verdicts, fit, tier and score are what its facts give, in ranking order",
          "[ranking]") {
    for (int count : {64, 150}) {
        const mf::Engine e(load_valid(many_messengers(count)));
        const mf::Catalogue& cat = e.catalogue();
        for (const char* date : {"2023-06-01", "2024-06-01"}) {
            INFO(count << " messengers as of " << date);
            const json request = {{"needs", {"fast_or_blue"}}, {"prefer", {{"big", 1.5}, {"place:work", 0.25}}},
                                  {"as_of", date}};
            const auto r = recommend_with(e, request, 20260101);
            REQUIRE(r["results"].size() == static_cast<std::size_t>(count));
            // The best `limit`, with more and with fewer fitting messengers than that: the full ranking's prefix.
            const auto fit_count = fitting(r).size();
            REQUIRE(fit_count > 10);
            REQUIRE(fit_count < static_cast<std::size_t>(count - 1));
            for (std::size_t limit : {std::size_t{1}, fit_count, fit_count + 1, static_cast<std::size_t>(count - 1)}) {
                json limited = request;
                limited["limit"] = limit;
                const auto top = recommend_with(e, limited, 20260101);
                REQUIRE(top["results"].size() == limit);
                for (std::size_t i = 0; i < limit; ++i) CHECK(top["results"][i] == r["results"][i]);
            }
            mf::Date as_of = 0;
            REQUIRE(mf::parse_date(date, as_of) == mf::DateParse::ok);
            // Each rule evaluated on its own on the messenger's facts as of the date.
            auto verdict = [&](std::size_t m, const mf::Rule& rule) {
                return mf::evaluate(rule, mf::values_on(cat.messengers()[m], as_of));
            };
            auto need = [&](const std::string& id) {
                return std::find_if(cat.needs().begin(), cat.needs().end(), [&](const auto& n) { return n.id == id; })->rule;
            };
            auto criterion = [&](const std::string& id) {
                return std::find_if(cat.criteria().begin(), cat.criteria().end(),
                                    [&](const auto& c) { return c.id == id; })->rule;
            };
            std::tuple<bool, int, double, std::string> previous;
            for (std::size_t i = 0; i < r["results"].size(); ++i) {
                const auto& got = r["results"][i];
                const std::string id = got["id"];
                const auto m = static_cast<std::size_t>(
                    std::find_if(cat.messengers().begin(), cat.messengers().end(), [&](const auto& x) { return x.id == id; }) -
                    cat.messengers().begin());
                REQUIRE(m < cat.messengers().size());
                const mf::Verdict fits = verdict(m, need("fast_or_blue")), fast = verdict(m, criterion("fast")),
                                  red = verdict(m, criterion("red")), big = verdict(m, need("big")),
                                  work = verdict(m, need("place:work"));
                // need, minimum, the gold tier's extra, best case, then the preferences in need order.
                const mf::Verdict expected[] = {fits, fast, red, red, work, big};
                REQUIRE(got["reasons"].size() == 6);
                for (std::size_t k = 0; k < 6; ++k) CHECK(got["reasons"][k]["status"] == mf::verdict_name(expected[k]));
                const bool fit = fits == mf::Verdict::pass;
                const int tier = fast != mf::Verdict::pass ? 2 : red == mf::Verdict::pass ? 0 : 1;
                double score = 0;
                if (red == mf::Verdict::pass) score += 2;
                if (big == mf::Verdict::pass) score += 1.5;
                if (work == mf::Verdict::pass) score += 0.25;
                CHECK(got["fits"] == fit);
                CHECK(got["tier"] == std::vector<std::string>{"gold", "silver", "none"}[tier]);
                CHECK(got["score"] == score);
                // fits first, then tier, then score (highest first), then id.
                const std::tuple<bool, int, double, std::string> key{!fit, tier, -score, id};
                if (i) CHECK(previous < key);
                previous = key;
            }
        }
    }
}
