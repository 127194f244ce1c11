// Bad requests fail with a pointer, the bad value and the valid choices.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace mf_test;

namespace {
mf::RequestError error_for(const json& request) {
    mf::RequestError error;
    if (mf::parse_request(engine().catalogue(), request, mf::today_utc(), error))
        FAIL("request was accepted: " << request.dump());
    CHECK_FALSE(error.message.empty());
    return error;
}
}  // namespace

TEST_CASE("unknown need names the value, the pointer and the valid ids", "[request]") {
    const auto e = error_for({{"needs", {"tor", "telepathy"}}});
    CHECK(e.pointer == "/needs/1");
    CHECK_THAT(e.message, Catch::Contains("\"telepathy\"") && Catch::Contains("\"platform:ios\""));
}

TEST_CASE("bad profile, date, weight, key and answers are rejected", "[request]") {
    CHECK(error_for({{"profile", "pg-1999"}}).pointer == "/profile");
    CHECK_THAT(error_for({{"profile", "pg-1999"}}).message, Catch::Contains("pg-2025"));
    CHECK(error_for({{"as_of", "2023-13-01"}}).pointer == "/as_of");
    CHECK_THAT(error_for({{"as_of", "01/06/2023"}}).message, Catch::Contains("YYYY-MM-DD"));
    CHECK(error_for({{"prefer", {{"tor", -1}}}}).pointer == "/prefer/tor");
    CHECK(error_for({{"prefer", {{"tor", 1e300}}}}).pointer == "/prefer/tor");
    CHECK(error_for({{"prefer", {{"tor", "lots"}}}}).pointer == "/prefer/tor");
    CHECK(error_for({{"prefer", {{"__proto__", 1}}}}).pointer == "/prefer/__proto__");
    CHECK(error_for({{"needz", json::array()}}).pointer == "/needz");
    CHECK(error_for({{"needs", "tor"}}).pointer == "/needs");
    CHECK(error_for(json::array()).pointer == "");
    CHECK(error_for({{"answers", {{"no_such_question", "x"}}}}).pointer == "/answers/no_such_question");
    const auto& q = engine().catalogue().quiz().questions.front();
    CHECK(error_for({{"answers", {{q.id, "no_such_answer"}}}}).pointer == "/answers/" + q.id);
    CHECK(error_for({{"answers", {{q.id, {{"choice", q.answers[0].id}, {"important", "yes"}}}}}}).pointer ==
          "/answers/" + q.id + "/important");
}

TEST_CASE("a single-choice question takes one answer", "[request]") {
    for (const auto& q : engine().catalogue().quiz().questions) {
        if (q.multi || q.answers.size() < 2) continue;
        const auto e = error_for({{"answers", {{q.id, {q.answers[0].id, q.answers[1].id}}}}});
        CHECK(e.pointer == "/answers/" + q.id);
        return;
    }
    FAIL("the shipped quiz has no single-choice question with two answers");
}

TEST_CASE("repeated needs are counted once", "[request]") {
    CHECK(recommend({{"needs", {"tor", "tor"}}})["needs"] == ordered_json({"tor"}));
}
