// Results as JSON text (the shapes of docs/data-format.md), written directly:
// no DOM is built, and each fact is its text rendered at load. The bytes are
// what nlohmann's dump(-1) of the equivalent ordered_json gives (ASCII only,
// json_text.hpp), which the
// tests check against an independent DOM (tests/core/result_text_test.cpp).
#pragma once

#include <string>

#include "engine.hpp"

namespace mf {

// How a result's reasons give their facts: as objects, or by number (`refs`):
// an entry of the catalogue's fact table (FactTable::index_of), or -1 - the
// attribute's index for a messenger with no entry for it. A page that shows
// results keeps each fact it has parsed, and asks for the text of the ones it
// has not (Api::fact_texts): the facts are most of a result's text
// (docs/performance.md, round 8).
enum class FactsAs { objects, refs };

// Appends the result object.
void write_result(std::string& out, const Catalogue& cat, const Result& result, FactsAs facts = FactsAs::objects);

// Appends the fact with this number (as FactsAs::refs gives it); false, and
// nothing appended, when the number names no fact.
bool write_fact_text(std::string& out, const Catalogue& cat, long long number);

// Appends every messenger's value for every attribute on a date, with sources —
// for the side-by-side table, which shows attributes no rule reads:
// {"as_of", "messengers": [{"id", "name", "facts": [fact, ...]}]}, where a
// fact has the shape of a reason's facts.
void write_facts(std::string& out, const Catalogue& cat, Date as_of);

}  // namespace mf
