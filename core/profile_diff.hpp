// How the verdicts differ between two criteria profiles for the same request
// and date, and for each verdict that flips, the reasons that flipped it.
#pragma once

#include <utility>

#include "engine.hpp"

namespace mf {

// The profiles "what changed" compares by default: the oldest and the newest
// by date (on a tie, the first listed is the oldest and the last the newest).
std::pair<int, int> default_profile_pair(const Catalogue& cat);

// {"as_of", "from", "to", "rows": [{"id", "name", "before": {"tier", "fits"},
//  "after": {...}, "tier_changed", "fits_changed", "criteria": [item], "needs": [item]}]}
// in the ranking order of the request's own profile. An item is {"id",
// "before": {"kind", "status"} | null, "after": ... | null, "facts": [...]}:
// "criteria" lists the tier requirements whose role or status differs and
// that block a tier on one side; "needs", the needs whose status differs.
json profile_diff(const Engine& engine, const Request& request, int from, int to);

}  // namespace mf
