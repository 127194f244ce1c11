// The string envelope the wasm module exposes; no exception escapes it.
#include <catch2/catch.hpp>

#include "api.hpp"
#include "synthetic.hpp"

using namespace mf_test;

TEST_CASE("recommend returns {ok:true,value} with the engine's JSON", "[api]") {
    mf::Api api;
    const auto out = json::parse(api.recommend_at(mf::Api::kDefault, R"({"needs":["tor"]})", 20260101));
    CHECK(out["ok"] == true);
    CHECK(out["value"]["needs"] == json({"tor"}));
    CHECK(out["value"]["results"].size() == 5);
    const auto direct = engine().recommend_json({{"needs", {"tor"}}}, 20260101);
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
