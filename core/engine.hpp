// recommend(): evaluate every messenger against the request's needs and the
// profile's criteria as of a date, then rank. A plain loop and std::sort:
// catalogues hold tens to a few hundred messengers.
#pragma once

#include <vector>

#include "catalogue.hpp"
#include "request.hpp"

namespace mf {

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
    // One messenger judged as recommend() judges it: fit, tier, score and,
    // when `explain`, the reasons.
    MessengerResult judge(const Request& request, int messenger, bool explain = true) const;

private:
    Catalogue catalogue_;
};

// Every attribute's value for `messenger` on `date` (nullptr where none is in effect).
ValueRow values_on(const Messenger& messenger, Date date);

}  // namespace mf
