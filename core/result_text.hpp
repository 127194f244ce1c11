// Results as JSON text (the shapes of docs/data-format.md), written directly:
// no DOM is built, and each fact is its text rendered at load. The bytes are
// what nlohmann's dump(-1) of the equivalent ordered_json gives (ASCII only,
// json_text.hpp), which the
// tests check against an independent DOM (tests/core/result_text_test.cpp).
#pragma once

#include <string>

#include "engine.hpp"

namespace mf {

// Appends the result object.
void write_result(std::string& out, const Catalogue& cat, const Result& result);

// Appends every messenger's value for every attribute on a date, with sources —
// for the side-by-side table, which shows attributes no rule reads:
// {"as_of", "messengers": [{"id", "name", "facts": [fact, ...]}]}, where a
// fact has the shape of a reason's facts.
void write_facts(std::string& out, const Catalogue& cat, Date as_of);

}  // namespace mf
