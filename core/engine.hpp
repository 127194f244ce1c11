// recommend(): evaluate every messenger against the request's needs and the
// profile's criteria as of a date, then rank. Pure and deterministic.
#pragma once

#include <string>
#include <vector>

#include "catalogue.hpp"
#include "request.hpp"

namespace mf {

using ordered_json = nlohmann::ordered_json;

enum class ReasonKind { need, minimum, tier, best_case, prefer };
const char* reason_kind_name(ReasonKind k);

struct Reason {
    ReasonKind kind = ReasonKind::need;
    int id = -1;  // need index (need, prefer) or criterion index (the rest)
    Verdict status = Verdict::unknown;
    double weight = 0;  // best_case and prefer only
};

struct MessengerResult {
    int messenger = -1;
    int tier_rank = 0;  // index into the profile's tiers; tiers.size() = fallback
    bool fits = true;
    double score = 0;
    std::vector<int> unmet;  // need indices
    std::vector<Reason> reasons;
};

struct Result {
    Request request;
    std::vector<MessengerResult> results;  // ranked
};

class Engine {
public:
    explicit Engine(Catalogue catalogue) : catalogue_(std::move(catalogue)) {}

    const Catalogue& catalogue() const { return catalogue_; }
    Result recommend(const Request& request) const;

    // The JSON vocabulary shared by the CLI and the wasm module: request
    // object in, result object out (docs/data-format.md). Throws RequestError.
    ordered_json recommend_json(const json& request, Date today) const;
    ordered_json to_json(const Result& result) const;

    // Every messenger's value for every attribute on a date, with sources —
    // for the side-by-side table, which shows attributes no rule reads.
    // {"as_of", "messengers": [{"id", "name", "facts": [fact, ...]}]}, where a
    // fact has the shape of a reason's facts (docs/data-format.md).
    ordered_json facts_json(Date as_of) const;

private:
    Catalogue catalogue_;
};

// The fact entry in effect on `date`, or nullptr when none is.
const FactEntry* fact_as_of(const std::vector<FactEntry>& history, Date date);

}  // namespace mf
