// The string envelope the wasm module exposes: every answer, error or not, is one.
#include <catch2/catch.hpp>

#include <algorithm>

#include "api.hpp"
#include "synthetic.hpp"

using namespace mf_test;

namespace {

std::size_t api_catalogue_attributes(mf::Api& api) {
    return json::parse(api.catalogue(mf::Api::kDefault))["value"]["attributes"].size();
}

}  // namespace

TEST_CASE("recommend returns {ok:true,value} with the engine's JSON", "[api]") {
    mf::Api api;
    const auto out = json::parse(api.recommend_at(mf::Api::kDefault, R"({"needs":["tor"]})", 20260101));
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
    const auto out = json::parse(api.facts_at(mf::Api::kDefault, R"({"as_of":"2023-06-01"})", 20260101));
    REQUIRE(out["ok"] == true);
    const auto& value = out["value"];
    CHECK(value["as_of"] == "2023-06-01");
    const auto& cat = engine().catalogue();
    REQUIRE(value["messengers"].size() == cat.messengers().size());
    for (const auto& m : value["messengers"]) {
        REQUIRE(m["facts"].size() == cat.attributes().size());
        for (std::size_t a = 0; a < cat.attributes().size(); ++a) CHECK(m["facts"][a]["attr"] == cat.attributes()[a].id);
    }
    CHECK(json::parse(api.facts_at(mf::Api::kDefault, R"({"as_of":"2023-13-01"})", 20260101))["error"]["pointer"] ==
          "/as_of");
    CHECK(json::parse(api.facts_at(mf::Api::kDefault, "{}", 20260101))["value"]["as_of"] == "2026-01-01");
}

TEST_CASE("facts agree with the dated history the reasons use", "[api]") {
    // Synthetic: places changed on 2024-01-01.
    mf::Api api;
    const int handle = json::parse(api.load(json(synthetic_files()).dump()))["value"];
    auto places = [&](const char* date) {
        const auto v = json::parse(api.facts_at(handle, std::string(R"({"as_of":")") + date + "\"}", 20260101));
        return v["value"]["messengers"][0]["facts"][2];
    };
    CHECK(places("2023-12-31")["value"] == json({"home"}));
    CHECK(places("2024-01-01")["value"] == json({"home", "work"}));
    CHECK(places("2024-01-01")["since"] == "2024-01-01");
}

// catalogue() splices the files' text instead of writing data() again: the
// two must agree for any valid files, however they are laid out.
TEST_CASE("catalogue: the files' text spliced is the merged data object", "[api]") {
    auto same_as_data = [](const mf::DataFiles& files) {
        mf::Api api;
        std::string value = "{}";
        if (files != mf::default_data_files()) {
            const auto loaded = json::parse(api.load(json(files).dump()));
            REQUIRE(loaded["ok"] == true);
            value = api.catalogue(loaded["value"].get<int>());
        } else {
            value = api.catalogue(mf::Api::kDefault);
        }
        // Compared as unordered objects (nlohmann::json), as JSON.parse sees them.
        const auto out = nlohmann::json::parse(value);
        REQUIRE(out["ok"] == true);
        CHECK(out["value"] == nlohmann::json::parse(load_valid(files).data().dump()));
        CHECK(out["value"].size() == 7);
    };
    same_as_data(mf::default_data_files());
    // A byte order mark, surrounding whitespace, members in another order and
    // one written twice (the last wins, in nlohmann and in JSON.parse).
    auto files = mf::default_data_files();
    auto criteria = json::parse(files["criteria.json"]);
    json reordered = json::object();
    reordered["profiles"] = criteria["profiles"];
    reordered["default_profile"] = criteria["default_profile"];
    reordered["criteria"] = criteria["criteria"];
    files["criteria.json"] = "\xEF\xBB\xBF \n\t" + reordered.dump(2) + "\r\n  ";
    auto quiz = json::parse(files["quiz.json"]);
    files["quiz.json"] = "\n" + quiz.dump(1) + "\n";
    const std::string attributes = files["attributes.json"];
    const auto open = attributes.find('{');
    files["attributes.json"] = attributes.substr(0, open + 1) + R"("attributes": [],)" + attributes.substr(open + 1);
    same_as_data(files);
}

namespace {

// The flat form back into objects, written here from result_text.hpp's
// description (wasm/flat-result.mjs is the page's own): each fact number's
// text comes from fact_texts, one call per fact.
json expand_flat(mf::Api& api, int handle, const json& flat) {
    json out = flat;
    out.erase("words");
    out["results"] = json::array();
    const json& words = flat["words"];
    const json& list = flat["results"];
    std::size_t i = 0;
    auto next = [&]() -> const json& {
        REQUIRE(i < list.size());
        return list[i++];
    };
    auto word = [&]() -> const json& { return words.at(next().get<std::size_t>()); };
    while (i < list.size()) {
        json r = json::object();
        r["id"] = next();
        r["name"] = next();
        r["tier"] = word();
        r["fits"] = next();
        r["score"] = next();
        r["unmet"] = json::array();
        for (int n = next(); n > 0; --n) r["unmet"].push_back(word());
        r["reasons"] = json::array();
        for (int n = next(); n > 0; --n) {
            json reason = json::object();
            reason["kind"] = word();
            reason["id"] = word();
            reason["status"] = word();
            if (const json& weight = next(); !weight.is_null()) reason["weight"] = weight;
            reason["facts"] = json::array();
            for (int k = next(); k > 0; --k) {
                const int number = next().get<int>();
                const auto text = json::parse(api.fact_texts(handle, &number, 1));
                REQUIRE(text["ok"] == true);
                REQUIRE(text["value"].size() == 1);
                reason["facts"].push_back(text["value"][0]);
            }
            r["reasons"].push_back(reason);
        }
        out["results"].push_back(r);
    }
    return out;
}

}  // namespace

TEST_CASE("the flat form, expanded with fact_texts, is the objects form", "[api]") {
    mf::Api api;
    // The shipped data, and the synthetic data (mu has no "size" fact: a number below zero).
    const int synthetic = json::parse(api.load(json(synthetic_files()).dump()))["value"];
    const std::vector<std::pair<int, const char*>> asked = {
        {mf::Api::kDefault, R"({})"},
        {mf::Api::kDefault, R"({"needs": ["tor", "calls"], "limit": 2, "as_of": "2023-06-01"})"},
        {mf::Api::kDefault, R"({"prefer": {"tor": 2, "calls": 0.5}, "profile": "pg-2023"})"},
        {synthetic, R"({"needs": ["big"], "prefer": {"fast": 1}})"},
        {synthetic, R"({"needs": ["place:work"], "as_of": "2023-06-01"})"}};
    for (const auto& [handle, request] : asked) {
        INFO(handle << " " << request);
        const auto whole = json::parse(api.recommend_at(handle, request, 20260101));
        const auto flat = json::parse(api.recommend_at(handle, request, 20260101, mf::ResultForm::flat));
        REQUIRE(whole["ok"] == true);
        REQUIRE(flat["ok"] == true);
        const json expanded = expand_flat(api, handle, flat["value"]);
        CHECK(expanded == whole["value"]);
        // Key order too: the page's objects print as the CLI's do.
        CHECK(json::parse(expanded.dump()).dump() == whole["value"].dump());
    }
    const auto none = json::parse(api.recommend_at(synthetic, R"({"needs": ["big"]})", 20260101, mf::ResultForm::flat));
    const json& list = none["value"]["results"];
    CHECK(std::find(list.begin(), list.end(), json(-4)) != list.end());  // mu: no "size", the 4th attribute
}

TEST_CASE("the flat form: words in their documented order, and an empty list closed", "[api]") {
    const auto& e = engine();
    const auto& cat = e.catalogue();
    mf::Result result = e.recommend(parse_valid(cat, json::object(), 20260101));
    std::string text;
    mf::write_flat_result(text, cat, result);
    const json flat = json::parse(text);
    const json& words = flat["words"];
    const auto& profile = cat.profiles()[result.request.profile];
    CHECK(words[0] == "need");
    CHECK(words[4] == "prefer");
    CHECK(words[5] == "fail");
    CHECK(words[7] == "unknown");
    CHECK(words[8] == profile.tiers.front().id);
    CHECK(words[8 + profile.tiers.size()] == profile.fallback_tier);
    CHECK(words[9 + profile.tiers.size()] == cat.needs().front().id);
    CHECK(words.back() == cat.criteria().back().id);
    CHECK(words.size() == 9 + profile.tiers.size() + cat.needs().size() + cat.criteria().size());
    result.results.clear();
    text.clear();
    mf::write_flat_result(text, cat, result);
    CHECK(json::parse(text)["results"] == json::array());
}

TEST_CASE("facts by number: a number that names no fact is a bad request, at its place in the list", "[api]") {
    mf::Api api;
    const auto attributes = static_cast<int>(api_catalogue_attributes(api));
    auto answer = [&](int number) {
        const int numbers[] = {0, number};
        return json::parse(api.fact_texts(mf::Api::kDefault, numbers, 2));
    };
    CHECK(answer(0)["ok"] == true);
    CHECK(answer(-attributes)["value"][1]["value"] == "unknown");
    CHECK(answer(-attributes - 1)["error"]["pointer"] == "/1");
    CHECK(answer(-attributes - 1)["error"]["code"] == "bad_request");
    CHECK(answer(99999999)["error"]["message"] == "no fact with number 99999999");
    int entries = 0;  // every history entry of every messenger: numbered 0 .. entries - 1
    const json data = json::parse(api.catalogue(mf::Api::kDefault));
    for (const auto& m : data["value"]["messengers"])
        for (const auto& history : m["facts"]) entries += static_cast<int>(history.size());
    CHECK(answer(entries - 1)["ok"] == true);
    CHECK(answer(entries)["error"]["code"] == "bad_request");
    CHECK(json::parse(api.fact_texts(mf::Api::kDefault, nullptr, 0))["value"] == json::array());
    const int zero = 0;
    CHECK(json::parse(api.fact_texts(42, &zero, 1))["error"]["code"] == "bad_handle");
}
