// Two to a few messengers side by side: each one's result for the request,
// plus a verdict for every need (not only the requested ones) and every fact
// on the date, for the compare table.
#pragma once

#include "engine.hpp"

namespace mf {

// {"profile", "as_of", "needs", "prefer", "results": [result entry + {"every_need":
//  [need reason, ...], "facts": [fact, ...]}]}, in ranking order.
json compare(const Engine& engine, const Request& request, const std::vector<int>& messengers);

}  // namespace mf
