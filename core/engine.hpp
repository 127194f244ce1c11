// recommend(): evaluate every messenger against the request's needs and the
// profile's criteria as of a date, then rank. Deterministic; the verdicts it
// reads are memoised per epoch, the stretch between two fact changes
// (verdict_cache.hpp), which changes no answer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "request.hpp"
#include "verdict_cache.hpp"

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
    explicit Engine(Catalogue catalogue);

    const Catalogue& catalogue() const { return catalogue_; }
    // Ranks every messenger, then explains only the ones returned (the best
    // `limit`, or all): reasons are the costly part, and a 100 000-messenger
    // catalogue asked for its top 20 needs 20 of them.
    Result recommend(const Request& request) const;

    // The result as the JSON object of docs/data-format.md, for the CLI and
    // tests (the wasm module writes the text directly: result_text.hpp).
    // Nothing, with `error` set, for a bad request.
    std::optional<ordered_json> recommend_json(const json& request, Date today, RequestError& error) const;

private:
    // A returned messenger's reasons and unmet needs; recommend() sets its
    // fit, tier and score from the ranking.
    MessengerResult explain(const Request& request, const std::vector<int>& extra, const EpochVerdicts& verdicts,
                            int messenger) const;

    Catalogue catalogue_;
    std::vector<std::uint32_t> id_rank_;  // messenger → its place in id order, for ties
    VerdictCache verdicts_;
};

}  // namespace mf
