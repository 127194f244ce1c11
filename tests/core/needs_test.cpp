// Each public need against the seed's facts.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace mf_test;

namespace {
std::vector<std::string> fit(std::vector<std::string> needs, const char* as_of = nullptr) {
    json request = {{"needs", needs}};
    if (as_of) request["as_of"] = as_of;
    auto ids = fitting(recommend(request));
    std::sort(ids.begin(), ids.end());
    return ids;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("no_phone_number excludes Signal only", "[needs]") {
    CHECK(fit({"no_phone_number"}) == V{"briar", "element", "session", "simplex"});
}

TEST_CASE("offline_mesh and tor leave only Briar", "[needs]") {
    CHECK(fit({"offline_mesh"}) == V{"briar"});
    CHECK(fit({"tor"}) == V{"briar"});
    CHECK(fit({"offline_mesh", "tor"}) == V{"briar"});
}

TEST_CASE("platform needs", "[needs]") {
    CHECK_FALSE(contains(fit({"platform:ios"}), "briar"));
    CHECK(fit({"platform:ios"}) == V{"element", "session", "signal", "simplex"});
    CHECK(fit({"platform:web"}) == V{"element"});
    CHECK(fit({"platform:android"}).size() == 5);
}

TEST_CASE("platform:windows excludes SimpleX as of 2023-06-01 but not today", "[needs][dated]") {
    CHECK_FALSE(contains(fit({"platform:windows"}, "2023-06-01"), "simplex"));
    CHECK(contains(fit({"platform:windows"}), "simplex"));
}

TEST_CASE("forward_secrecy excludes Element and Session", "[needs]") {
    CHECK(fit({"forward_secrecy"}) == V{"briar", "signal", "simplex"});
    CHECK(fit({"forward_secrecy"}, "2023-06-01") == V{"briar", "signal", "simplex"});
}

TEST_CASE("group_calls_e2ee: Signal in 2023; Element too since 2024-10", "[needs][dated]") {
    CHECK(fit({"group_calls_e2ee"}, "2023-06-01") == V{"signal"});
    CHECK(fit({"group_calls_e2ee"}) == V{"element", "signal"});
}

TEST_CASE("identity, network and feature needs", "[needs]") {
    CHECK(fit({"no_identifier"}) == V{"briar", "simplex"});
    CHECK(fit({"peer_to_peer"}) == V{"briar"});
    CHECK_FALSE(contains(fit({"decentralized"}), "signal"));
    CHECK(fit({"decentralized"}).size() == 4);
    CHECK(fit({"calls"}) == V{"element", "session", "signal", "simplex"});
    CHECK(fit({"audited"}).size() == 5);
    CHECK(fit({"e2ee_default"}) == V{"briar", "signal", "simplex"});
    CHECK(fit({"metadata_protection"}) == V{"briar", "session", "simplex"});
}

TEST_CASE("needs combine with AND, and unmet needs are listed in request order", "[needs]") {
    const auto r = recommend({{"needs", {"platform:ios", "no_phone_number", "tor"}}});
    CHECK(fitting(r).empty());
    CHECK(result_for(r, "signal")["unmet"] == ordered_json({"no_phone_number", "tor"}));
    CHECK(result_for(r, "briar")["unmet"] == ordered_json({"platform:ios"}));
}

TEST_CASE("every need in needs.json is usable and explains itself with sourced facts", "[needs]") {
    for (const auto& need : engine().catalogue().needs()) {
        INFO(need.id);
        const auto r = recommend({{"needs", {need.id}}});
        for (const auto& m : r["results"]) {
            const auto& reason = m["reasons"][0];
            CHECK(reason["kind"] == "need");
            CHECK(reason["id"] == need.id);
            CHECK(m["fits"] == (reason["status"] == "pass"));
            for (const auto& fact : reason["facts"]) {
                const auto full = detail(engine(), m["id"], fact["attr"], r["as_of"]);
                CHECK(full["value"] == fact["value"]);
                if (fact["value"] != "unknown") CHECK_FALSE(full["sources"].empty());
            }
        }
    }
}
