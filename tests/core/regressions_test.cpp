// Inputs that once crashed the engine or made it misbehave, found by the
// libFuzzer targets in tests/fuzz/ (scripts/fuzz.sh) or while writing them.
// Each case names the failure it guards against; under scripts/test-sanitizers.sh
// these also run with ASan + UBSan, which is where the undefined ones show.
#include <catch2/catch.hpp>

#include "api.hpp"
#include "support.hpp"

using namespace mf_test;

namespace {

json envelope(const std::string& text) { return json::parse(text); }

bool has_problem(const std::vector<mf::Problem>& problems, const std::string& file, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const mf::Problem& p) {
        return p.file == file && p.message.find(text) != std::string::npos;
    });
}

std::string nested(std::size_t depth, const std::string& inner = "") {
    return std::string(depth, '[') + inner + std::string(depth, ']');
}

}  // namespace

// fuzz_request: "2e1631" made nlohmann throw out_of_range (not parse_error),
// which the Api reported as an "internal" error and Catalogue::validate let
// escape although it promises never to throw on bad data.
TEST_CASE("regression: a number too large for a double is a bad request, not an internal error", "[regression]") {
    mf::Api api;
    for (const char* text : {"2e1631", R"({"prefer":{"tor":1e999}})", R"({"limit":-1e400})"}) {
        INFO(text);
        const auto out = envelope(api.recommend(mf::Api::kDefault, text, 20240615));
        CHECK(out["ok"] == false);
        CHECK(out["error"]["code"] == "bad_request");
        CHECK(out["error"]["message"].get<std::string>().find("request is not JSON") != std::string::npos);
    }
}

TEST_CASE("regression: a data file with a number too large for a double is reported, not thrown", "[regression]") {
    auto files = mf::default_data_files();
    files["quiz.json"] = R"({"important_factor": 1e999, "questions": []})";
    std::vector<mf::Problem> problems;
    REQUIRE_NOTHROW(problems = mf::Catalogue::validate(files));
    CHECK(has_problem(problems, "quiz.json", "invalid JSON"));
    CHECK_FALSE(load_problems(files).empty());
}

// A set attribute with more than 64 values was reported, but its members kept
// their indices, and a fact or rule naming the 65th shifted a 64-bit mask by
// 64 or more: undefined behaviour (UBSan: "shift exponent 74 is too large").
TEST_CASE("regression: a set attribute with more than 64 values is reported without shifting out of range",
          "[regression]") {
    auto files = mf::default_data_files();
    auto attributes = json::parse(files["attributes.json"]);
    std::string set_id;
    for (auto& a : attributes["attributes"]) {
        if (a["type"] != "set") continue;
        set_id = a["id"];
        for (int i = 0; i < 70; ++i) a["values"].push_back("v" + std::to_string(i));
        break;
    }
    REQUIRE_FALSE(set_id.empty());
    files["attributes.json"] = attributes.dump();
    auto catalogue = json::parse(files["catalogue.json"]);
    catalogue["messengers"][0]["facts"][set_id] = {{{"value", {"v68"}}, {"sources", {"https://example.org/"}}}};
    files["catalogue.json"] = catalogue.dump();
    auto needs = json::parse(files["needs.json"]);
    needs["needs"].push_back({{"id", "wide"}, {"group", "features"}, {"rule", {{"attr", set_id}, {"has_any", {"v69"}}}}});
    files["needs.json"] = needs.dump();

    const auto problems = mf::Catalogue::validate(files);
    CHECK(has_problem(problems, "attributes.json", "at most 64 values"));
    CHECK_FALSE(load_problems(files).empty());
}

// Arrays and objects nested tens of thousands deep overflowed the stack:
// nlohmann's dump (in error messages) and copy (of fact values) and the rule
// parser recurse once per level. Natively a segfault; in wasm a RangeError
// instead of an error envelope. Every text the engine reads is now capped at
// kMaxJsonDepth levels.
TEST_CASE("regression: a deeply nested request is refused, not a stack overflow", "[regression]") {
    mf::Api api;
    const auto out = envelope(api.recommend(mf::Api::kDefault, R"({"needs":)" + nested(100000) + "}", 20240615));
    CHECK(out["ok"] == false);
    CHECK(out["error"]["code"] == "bad_request");
    CHECK(out["error"]["message"].get<std::string>().find("nested deeper than 64 levels") != std::string::npos);
    // The engine still answers afterwards.
    CHECK(envelope(api.recommend(mf::Api::kDefault, "{}", 20240615))["ok"] == true);
}

TEST_CASE("regression: the nesting cap is exactly kMaxJsonDepth, and brackets in strings do not count",
          "[regression]") {
    mf::Api api;
    // The request object is level 1, so 63 arrays make 64 levels: an ordinary bad request.
    auto out = envelope(api.recommend(mf::Api::kDefault, R"({"needs":)" + nested(63) + "}", 20240615));
    CHECK(out["error"]["pointer"] == "/needs/0");
    CHECK(out["error"]["message"].get<std::string>().find("expected a need id string") != std::string::npos);
    out = envelope(api.recommend(mf::Api::kDefault, R"({"needs":)" + nested(64) + "}", 20240615));
    CHECK(out["error"]["message"].get<std::string>().find("nested deeper than 64 levels") != std::string::npos);
    // 1000 brackets and an escaped quote inside a string: just an unknown need.
    out = envelope(api.recommend(mf::Api::kDefault, R"({"needs":["\")" + std::string(1000, '[') + R"("]})",
                                    20240615));
    CHECK(out["error"]["pointer"] == "/needs/0");
    CHECK(out["error"]["message"].get<std::string>().find("unknown need") != std::string::npos);
}

TEST_CASE("regression: deeply nested data files are reported, not a stack overflow", "[regression]") {
    const std::string rule = R"({"attr":"tor","eq":"builtin"})";
    std::string deep_rule;
    for (int i = 0; i < 50000; ++i) deep_rule += R"({"not":)";
    deep_rule += rule + std::string(50000, '}');
    auto files = mf::default_data_files();
    files["needs.json"] = R"({"needs":[{"id":"x","group":"network","rule":)" + deep_rule + "}]}";
    auto catalogue = json::parse(files["catalogue.json"]);
    const std::string text = catalogue.dump();
    // A disputed value nested 100000 deep in the first fact.
    const auto at = text.find("\"sources\"");
    REQUIRE(at != std::string::npos);
    files["catalogue.json"] = text.substr(0, at) + "\"disputed\":" + nested(100000) + "," + text.substr(at);

    std::vector<mf::Problem> problems;
    REQUIRE_NOTHROW(problems = mf::Catalogue::validate(files));
    CHECK(has_problem(problems, "needs.json", "nested deeper than 64 levels"));
    CHECK(has_problem(problems, "catalogue.json", "nested deeper than 64 levels"));

    mf::Api api;
    const auto out = envelope(api.load(json(files).dump()));
    CHECK(out["ok"] == false);
    CHECK(out["error"]["code"] == "bad_data");
    // The files object itself, nested too deep.
    const auto deep_files = envelope(api.load(R"({"attributes.json":)" + nested(100000) + "}"));
    CHECK(deep_files["error"]["code"] == "bad_request");
}

TEST_CASE("regression: a rule nested to the cap still loads and evaluates", "[regression]") {
    // 60 nested "not"s inside needs.json stay under the cap (file, list and
    // need objects take 3 levels); an even count is the rule itself.
    std::string rule;
    for (int i = 0; i < 60; ++i) rule += R"({"not":)";
    rule += R"({"attr":"tor","eq":"builtin"})" + std::string(60, '}');
    auto files = mf::default_data_files();
    auto needs = json::parse(files["needs.json"]);
    needs["needs"].push_back({{"id", "deep_tor"}, {"group", "network"}, {"rule", json::parse(rule)}});
    files["needs.json"] = needs.dump();
    const mf::Engine deep(load_valid(files));
    const auto with_deep = recommend_with(deep, {{"needs", {"deep_tor"}}}, 20240615);
    const auto with_tor = recommend_with(engine(), {{"needs", {"tor"}}}, 20240615);
    CHECK(fitting(with_deep) == fitting(with_tor));
}

// parse_json goes through nlohmann's SAX interface with a DOM builder of its
// own: its errors and documents must be exactly json::parse's.
TEST_CASE("parse errors are nlohmann's own messages, control characters included", "[json]") {
    for (int byte = 0; byte <= 0x20; ++byte) {
        for (const std::string& around : {std::string("[\"a%\"]"), std::string("{\"k\": 1%}"), std::string("%")}) {
            std::string text = around;
            text.replace(text.find('%'), 1, 1, static_cast<char>(byte));
            std::string ours;
            const bool parsed = mf::parse_json(text, ours).has_value();
            std::string original;
            try {
                const auto value = nlohmann::ordered_json::parse(text.c_str(), text.c_str() + text.size());
                CHECK_FALSE(value.is_discarded());
            } catch (const nlohmann::ordered_json::parse_error& e) {
                original = e.what();
            }
            INFO("byte " << byte << " in " << around);
            CHECK(parsed == original.empty());
            CHECK(ours == original);
        }
    }
    std::string error;
    CHECK_FALSE(mf::parse_json("[\"\x01\x1f\"]", error).has_value());
    CHECK(error.find("last read: '\"<U+0001>'") != std::string::npos);
}

TEST_CASE("parse_json builds the document json::parse builds, repeated keys included", "[json]") {
    for (const std::string text : {R"({"a": 1, "b": [true, null, 2.5, -3, "x"], "a": {"c": {}}})", R"([[], {}, [[1]]])",
                                   R"("just a string")", "18446744073709551615", R"({"k": 1, "k": 2, "j": 3})"}) {
        std::string error;
        const auto ours = mf::parse_json(text, error);
        REQUIRE(ours.has_value());
        CHECK(*ours == json::parse(text));
        CHECK(ours->dump() == json::parse(text).dump());
    }
}
