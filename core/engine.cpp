#include "engine.hpp"

#include <algorithm>

namespace mf {

const char* reason_kind_name(ReasonKind k) {
    switch (k) {
        case ReasonKind::need: return "need";
        case ReasonKind::minimum: return "minimum";
        case ReasonKind::tier: return "tier";
        case ReasonKind::best_case: return "best_case";
        case ReasonKind::prefer: return "prefer";
    }
    return "?";
}

const FactEntry* fact_as_of(const std::vector<FactEntry>& history, Date date) {
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        if (it->since <= date) return &*it;
    return nullptr;
}

namespace {

// Criteria a profile's tiers require beyond its minimum, each once, in tier order.
std::vector<int> extra_tier_criteria(const Profile& p) {
    std::vector<int> out;
    for (const auto& tier : p.tiers)
        for (int c : tier.requires_criteria)
            if (std::find(p.minimum.begin(), p.minimum.end(), c) == p.minimum.end() &&
                std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
    return out;
}

}  // namespace

Result Engine::recommend(const Request& request) const {
    const Catalogue& cat = catalogue_;
    const Profile& profile = cat.profiles()[request.profile];
    const std::vector<int> extra = extra_tier_criteria(profile);
    Result out;
    out.request = request;
    out.results.reserve(cat.messengers().size());

    ValueRow row(cat.attributes().size(), nullptr);
    // Each criterion is evaluated at most once per messenger (minimum, tiers
    // and best case overlap); kNotYet marks "not computed".
    std::vector<int> criterion_cache(cat.criteria().size());
    constexpr int kNotYet = -1;

    for (std::size_t m = 0; m < cat.messengers().size(); ++m) {
        const Messenger& messenger = cat.messengers()[m];
        for (std::size_t a = 0; a < row.size(); ++a) {
            const FactEntry* e = fact_as_of(messenger.facts[a], request.as_of);
            row[a] = e ? &e->value : nullptr;
        }
        std::fill(criterion_cache.begin(), criterion_cache.end(), kNotYet);
        auto criterion = [&](int c) {
            if (criterion_cache[c] == kNotYet)
                criterion_cache[c] = static_cast<int>(evaluate(cat.criteria()[c].rule, row));
            return static_cast<Verdict>(criterion_cache[c]);
        };

        MessengerResult r;
        r.messenger = static_cast<int>(m);
        r.reasons.reserve(request.needs.size() + profile.minimum.size() + extra.size() + profile.best_case.size() +
                          request.prefer.size());
        for (int n : request.needs) {
            const Verdict v = evaluate(cat.needs()[n].rule, row);
            r.reasons.push_back({ReasonKind::need, n, v, 0});
            if (v != Verdict::pass) {
                r.fits = false;
                r.unmet.push_back(n);
            }
        }
        bool minimum_met = true;
        for (int c : profile.minimum) {
            const Verdict v = criterion(c);
            minimum_met = minimum_met && v == Verdict::pass;
            r.reasons.push_back({ReasonKind::minimum, c, v, 0});
        }
        for (int c : extra) r.reasons.push_back({ReasonKind::tier, c, criterion(c), 0});
        r.tier_rank = static_cast<int>(profile.tiers.size());
        if (minimum_met) {
            for (std::size_t t = 0; t < profile.tiers.size(); ++t) {
                const auto& req = profile.tiers[t].requires_criteria;
                if (std::all_of(req.begin(), req.end(), [&](int c) { return criterion(c) == Verdict::pass; })) {
                    r.tier_rank = static_cast<int>(t);
                    break;
                }
            }
        }
        for (const auto& wc : profile.best_case) {
            const Verdict v = criterion(wc.criterion);
            if (v == Verdict::pass) r.score += wc.weight;
            r.reasons.push_back({ReasonKind::best_case, wc.criterion, v, wc.weight});
        }
        for (const auto& [n, w] : request.prefer) {
            const Verdict v = evaluate(cat.needs()[n].rule, row);
            if (v == Verdict::pass) r.score += w;
            r.reasons.push_back({ReasonKind::prefer, n, v, w});
        }
        out.results.push_back(std::move(r));
    }

    const auto& messengers = cat.messengers();
    auto better = [&](const MessengerResult& a, const MessengerResult& b) {
        if (a.fits != b.fits) return a.fits;
        if (a.tier_rank != b.tier_rank) return a.tier_rank < b.tier_rank;
        if (a.score != b.score) return a.score > b.score;
        return messengers[a.messenger].id < messengers[b.messenger].id;
    };
    // Ids are unique, so `better` is a strict total order: the ranking is
    // deterministic, and a top-N is a prefix of the full ranking.
    if (request.limit > 0 && request.limit < out.results.size()) {
        std::partial_sort(out.results.begin(), out.results.begin() + request.limit, out.results.end(), better);
        out.results.resize(request.limit);
    } else {
        std::sort(out.results.begin(), out.results.end(), better);
    }
    return out;
}

ordered_json Engine::recommend_json(const json& request, Date today) const {
    return to_json(recommend(parse_request(catalogue_, request, today)));
}

}  // namespace mf
