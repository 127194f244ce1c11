// Results as JSON text (the shapes of docs/data-format.md), written directly:
// no DOM is built, and each fact is its text rendered at load. The bytes are
// what nlohmann's dump(-1) of the equivalent ordered_json gives (ASCII only,
// json_text.hpp), which the
// tests check against an independent DOM (tests/core/result_text_test.cpp).
#pragma once

#include <string>

#include "engine.hpp"

namespace mf {

// The two forms of a result: `objects`, the shapes of docs/data-format.md
// with every fact written out (the CLI, the tests); and `flat`, which the
// page reads (write_flat_result).
enum class ResultForm { objects, flat };

// Appends the result object.
void write_result(std::string& out, const Catalogue& cat, const Result& result);

// Appends the result in its flat form: the same head (profile, as_of, needs,
// prefer), then
//   "words":   the strings the results name by number: the reason kinds (in
//              ReasonKind order), the verdicts (in Verdict order), the
//              profile's tiers and then its fallback tier, every need, every
//              criterion (in catalogue order);
//   "results": one list, each result in turn: its id, its name, its tier (a
//              word), fits, score, how many needs it does not meet and those
//              (words), how many reasons and, for each, its kind, id and
//              status (words), its weight (null for kinds without one), how
//              many facts and their numbers.
// A fact's number is an entry of the catalogue's fact table
// (FactTable::index_of), or -1 - the attribute's index for a messenger with
// no entry for it; fact_texts() gives the objects. wasm/flat-result.mjs turns
// this back into the objects form. It is a quarter of that text, and a page
// builds the objects from it about three times faster than JSON.parse builds
// them from the objects' text (docs/performance.md, round 9).
void write_flat_result(std::string& out, const Catalogue& cat, const Result& result);

// Appends the fact with this number (as the flat form gives it); false, and
// nothing appended, when the number names no fact.
bool write_fact_text(std::string& out, const Catalogue& cat, long long number);

// Appends every messenger's value for every attribute on a date, with sources —
// for the side-by-side table, which shows attributes no rule reads:
// {"as_of", "messengers": [{"id", "name", "facts": [fact, ...]}]}, where a
// fact has the shape of a reason's facts.
void write_facts(std::string& out, const Catalogue& cat, Date as_of);

}  // namespace mf
