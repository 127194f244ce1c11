// A messenger's dated facts as a timeline: every entry with a `since`,
// oldest first (ties in attribute order), each with the entry it replaced
// and whether it is the one in effect on the request's date.
#pragma once

#include "catalogue.hpp"

namespace mf {

// {"id", "name", "as_of", "changes": [{"attr", "since", "before": fact | null,
//  "after": fact, "current": bool}]}, facts as fact_json writes them.
json timeline(const Catalogue& cat, int messenger, Date as_of);

}  // namespace mf
