// A tiny made-up catalogue, so engine behaviour (logic, ties, unknowns) is
// tested independently of the real facts.
#pragma once

#include "support.hpp"

namespace mf_test {

inline mf::DataFiles synthetic_files() {
    mf::DataFiles f;
    f["attributes.json"] = R"({"groups": ["features"], "attributes": [
        {"id": "fast", "type": "bool", "group": "features"},
        {"id": "color", "type": "enum", "group": "features", "values": ["red", "blue"]},
        {"id": "places", "type": "set", "group": "features", "values": ["home", "work", "moon"]},
        {"id": "size", "type": "number", "group": "features"}]})";
    f["catalogue.json"] = R"({"messengers": [
        {"id": "zeta", "name": "Zeta", "homepage": "https://z.example/", "source_code": "https://z.example/src",
         "description": "Z.", "facts": {
            "fast": [{"value": true, "sources": ["https://z.example/a"]}],
            "color": [{"value": "red", "sources": ["https://z.example/b"]}],
            "places": [{"value": ["home"], "sources": ["https://z.example/c"]},
                       {"since": "2024-01-01", "value": ["home", "work"], "sources": ["https://z.example/d"]}],
            "size": [{"value": 10, "sources": ["https://z.example/e"]}]}},
        {"id": "alpha", "name": "Alpha", "homepage": "https://a.example/", "source_code": "https://a.example/src",
         "description": "A.", "facts": {
            "fast": [{"value": true, "sources": ["https://a.example/a"]}],
            "color": [{"value": "red", "sources": ["https://a.example/b"]}],
            "places": [{"value": ["home"], "sources": ["https://a.example/c"]},
                       {"since": "2024-01-01", "value": ["home", "work"], "sources": ["https://a.example/d"]}],
            "size": [{"value": 10, "sources": ["https://a.example/e"]}]}},
        {"id": "mu", "name": "Mu", "homepage": "https://m.example/", "source_code": "https://m.example/src",
         "description": "M.", "facts": {
            "fast": [{"value": "unknown", "sources": ["https://m.example/a"], "note": "not documented"}],
            "color": [{"value": "blue", "sources": ["https://m.example/b"],
                       "disputed": [{"value": "red", "sources": ["https://other.example/"]}]}],
            "places": [{"since": "2020-01-01", "value": ["moon"], "sources": ["https://m.example/c"]}]}}]})";
    f["needs.json"] = R"({"groups": ["features", "platforms"], "needs": [
        {"id": "fast", "group": "features", "rule": {"attr": "fast", "eq": true}},
        {"id": "red", "group": "features", "rule": {"attr": "color", "eq": "red"}},
        {"id": "place:work", "group": "platforms", "rule": {"attr": "places", "has": "work"}},
        {"id": "big", "group": "features", "rule": {"attr": "size", "gte": 5}},
        {"id": "fast_or_blue", "group": "features",
         "rule": {"any": [{"attr": "fast", "eq": true}, {"attr": "color", "eq": "blue"}]}},
        {"id": "not_fast", "group": "features", "rule": {"not": {"attr": "fast", "eq": true}}}]})";
    f["criteria.json"] = R"({"criteria": [
        {"id": "fast", "rule": {"attr": "fast", "eq": true}},
        {"id": "red", "rule": {"attr": "color", "in": ["red"]}}],
      "default_profile": "p1",
      "profiles": [
        {"id": "p1", "date": "2023-01-01", "sources": ["https://p.example/"], "minimum": ["fast"],
         "best_case": [{"criterion": "red", "weight": 2}],
         "tiers": [{"id": "gold", "requires": ["red"]}, {"id": "silver", "requires": []}],
         "fallback_tier": "none"}]})";
    f["quiz.json"] = R"({"important_factor": 3, "questions": [
        {"id": "speed", "kind": "single", "answers": [
            {"id": "matters", "prefer": {"fast": 1}, "needs_if_important": ["fast"]},
            {"id": "whatever"}]},
        {"id": "where", "kind": "multi", "answers": [
            {"id": "work", "needs": ["place:work"]}, {"id": "moon"}]}]})";
    return f;
}

inline const mf::Engine& synthetic_engine() {
    static const mf::Engine e(load_valid(synthetic_files()));
    return e;
}

inline ordered_json synthetic(const json& request) {
    return recommend_with(synthetic_engine(), request, 20260101);
}

}  // namespace mf_test
