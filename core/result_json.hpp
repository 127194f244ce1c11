// The engine's answers as the JSON of docs/data-format.md ("Requests and
// results"): the CLI prints them, the wasm module returns them as text.
#pragma once

#include "engine.hpp"

namespace mf {

// The entry in effect on `date` as written, {"attr", "value", "since"?,
// "sources", "note"?, "disputed"?}, or an unknown value with no sources.
json fact_json(const Catalogue& cat, const Messenger& m, int attr, Date date);

// {"profile", "as_of", "needs", "prefer", "results": [...]}. A reason names
// the facts it read by attribute, value and since only: their sources and
// notes are in facts_json, once per date, not repeated in every answer.
json result_json(const Catalogue& cat, const Result& result);

// {"kind", "id", "status", "weight"?, "facts": [{"attr", "value", "since"?}]}
json reason_json(const Catalogue& cat, const Messenger& m, const Reason& reason, Date date);

// Every messenger's value for every attribute on a date:
// {"as_of", "messengers": [{"id", "name", "facts": [fact, ...]}]}.
json facts_json(const Catalogue& cat, Date date);

}  // namespace mf
