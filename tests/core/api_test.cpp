// The string envelope the wasm module exposes: every answer, error or not, is one.
#include <catch2/catch.hpp>

#include <algorithm>

#include "api.hpp"
#include "synthetic.hpp"

using namespace mf_test;

TEST_CASE("recommend returns {ok:true,value} with the engine's JSON", "[api]") {
    mf::Api api;
    const auto out = json::parse(api.recommend(mf::Api::kDefault, R"({"needs":["tor"]})", 20260101));
    CHECK(out["ok"] == true);
    CHECK(out["value"]["needs"] == json({"tor"}));
    CHECK(out["value"]["results"].size() == 5);
    const auto direct = recommend_with(engine(), {{"needs", {"tor"}}}, 20260101);
    CHECK(out["value"] == json::parse(direct.dump()));
}

TEST_CASE("errors come back as {ok:false,error:{code,message,pointer}}", "[api]") {
    mf::Api api;
    auto out = json::parse(api.recommend(mf::Api::kDefault, R"({"needs":["nope"]})"));
    CHECK(out["ok"] == false);
    CHECK(out["error"]["code"] == "bad_request");
    CHECK(out["error"]["pointer"] == "/needs/0");
    out = json::parse(api.recommend(mf::Api::kDefault, "{not json"));
    CHECK(out["error"]["code"] == "bad_request");
    out = json::parse(api.recommend(42, "{}"));
    CHECK(out["error"]["code"] == "bad_handle");
}

TEST_CASE("custom data loads into its own handle; bad data lists every problem", "[api]") {
    mf::Api api;
    json files(synthetic_files());
    auto out = json::parse(api.load(files.dump()));
    REQUIRE(out["ok"] == true);
    const int handle = out["value"];
    CHECK(handle > 0);
    const auto rec = json::parse(api.recommend(handle, "{}"));
    CHECK(rec["value"]["results"][0]["id"] == "alpha");
    CHECK(json::parse(api.catalogue(handle))["value"]["messengers"].size() == 3);
    CHECK(json::parse(api.catalogue(mf::Api::kDefault))["value"]["messengers"].size() == 5);

    files["catalogue.json"] = R"({"messengers": [{"id": "Bad Id"}]})";
    out = json::parse(api.load(files.dump()));
    CHECK(out["ok"] == false);
    CHECK(out["error"]["code"] == "bad_data");
    CHECK(out["error"]["file"] == "catalogue.json");
    CHECK(out["error"]["problems"].size() >= 2);
    CHECK(out["error"]["problems"][0]["pointer"] == "/messengers/0/id");

    api.release(handle);
    CHECK(json::parse(api.recommend(handle, "{}"))["error"]["code"] == "bad_handle");
}

TEST_CASE("facts: every attribute of every messenger as of a date", "[api]") {
    mf::Api api;
    const auto out = json::parse(api.facts(mf::Api::kDefault, R"({"as_of":"2023-06-01"})", 20260101));
    REQUIRE(out["ok"] == true);
    const auto& value = out["value"];
    CHECK(value["as_of"] == "2023-06-01");
    const auto& cat = engine().catalogue();
    REQUIRE(value["messengers"].size() == cat.messengers().size());
    for (const auto& m : value["messengers"]) {
        REQUIRE(m["facts"].size() == cat.attributes().size());
        for (std::size_t a = 0; a < cat.attributes().size(); ++a) CHECK(m["facts"][a]["attr"] == cat.attributes()[a].id);
    }
    CHECK(json::parse(api.facts(mf::Api::kDefault, R"({"as_of":"2023-13-01"})", 20260101))["error"]["pointer"] ==
          "/as_of");
    CHECK(json::parse(api.facts(mf::Api::kDefault, "{}", 20260101))["value"]["as_of"] == "2026-01-01");
}

TEST_CASE("facts agree with the dated history the reasons use", "[api]") {
    // Synthetic: places changed on 2024-01-01.
    mf::Api api;
    const int handle = json::parse(api.load(json(synthetic_files()).dump()))["value"];
    auto places = [&](const char* date) {
        const auto v = json::parse(api.facts(handle, std::string(R"({"as_of":")") + date + "\"}", 20260101));
        return v["value"]["messengers"][0]["facts"][2];
    };
    CHECK(places("2023-12-31")["value"] == json({"home"}));
    CHECK(places("2024-01-01")["value"] == json({"home", "work"}));
    CHECK(places("2024-01-01")["since"] == "2024-01-01");
}

TEST_CASE("catalogue: the data files merged into one object", "[api]") {
    mf::Api api;
    const auto out = json::parse(api.catalogue(mf::Api::kDefault));
    REQUIRE(out["ok"] == true);
    CHECK(out["value"] == load_valid(mf::default_data_files()).data());
    for (const char* key : {"attributes", "messengers", "needs", "criteria", "default_profile", "profiles", "quiz"})
        CHECK(out["value"].contains(key));
}
