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

ValueRow values_on(const Messenger& messenger, Date date) {
    ValueRow row(messenger.facts.size(), nullptr);
    for (std::size_t a = 0; a < row.size(); ++a)
        if (const Fact* f = messenger.fact(static_cast<int>(a), date)) row[a] = &f->value;
    return row;
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

MessengerResult Engine::judge(const Request& request, int messenger, bool explain) const {
    const Catalogue& cat = catalogue_;
    const Profile& profile = cat.profiles()[request.profile];
    const ValueRow row = values_on(cat.messengers()[messenger], request.as_of);
    std::vector<Verdict> criteria(cat.criteria().size(), Verdict::unknown);
    std::vector<bool> judged(criteria.size(), false);
    auto criterion = [&](int c) {
        if (!judged[c]) criteria[c] = evaluate(cat.criteria()[c].rule, row), judged[c] = true;
        return criteria[c];
    };
    auto need = [&](int n) { return evaluate(cat.needs()[n].rule, row); };
    auto passes = [&](const std::vector<int>& ids) {
        return std::all_of(ids.begin(), ids.end(), [&](int c) { return criterion(c) == Verdict::pass; });
    };

    MessengerResult r;
    r.messenger = messenger;
    auto reason = [&](ReasonKind kind, int id, Verdict status, double weight) {
        if (explain) r.reasons.push_back({kind, id, status, weight});
        return status;
    };
    for (int n : request.needs) {
        if (reason(ReasonKind::need, n, need(n), 0) != Verdict::pass) r.unmet.push_back(n);
    }
    r.fits = r.unmet.empty();
    if (explain) {
        for (int c : profile.minimum) reason(ReasonKind::minimum, c, criterion(c), 0);
        for (int c : extra_tier_criteria(profile)) reason(ReasonKind::tier, c, criterion(c), 0);
    }
    for (const auto& wc : profile.best_case)
        if (reason(ReasonKind::best_case, wc.criterion, criterion(wc.criterion), wc.weight) == Verdict::pass)
            r.score += wc.weight;
    for (const auto& [n, w] : request.prefer)
        if (reason(ReasonKind::prefer, n, need(n), w) == Verdict::pass) r.score += w;
    // The first tier whose criteria pass along with every minimum one; unknown counts as not passing.
    r.tier_rank = static_cast<int>(profile.tiers.size());
    if (passes(profile.minimum))
        for (std::size_t t = 0; t < profile.tiers.size(); ++t)
            if (passes(profile.tiers[t].requires_criteria)) {
                r.tier_rank = static_cast<int>(t);
                break;
            }
    return r;
}

Result Engine::recommend(const Request& request) const {
    Result out;
    out.request = request;
    const auto& messengers = catalogue_.messengers();
    for (std::size_t m = 0; m < messengers.size(); ++m)
        out.results.push_back(judge(request, static_cast<int>(m), false));
    // Ids are unique, so this is a strict total order and the ranking is deterministic.
    std::sort(out.results.begin(), out.results.end(), [&](const MessengerResult& a, const MessengerResult& b) {
        if (a.fits != b.fits) return a.fits;
        if (a.tier_rank != b.tier_rank) return a.tier_rank < b.tier_rank;
        if (a.score != b.score) return a.score > b.score;
        return messengers[a.messenger].id < messengers[b.messenger].id;
    });
    if (request.limit > 0 && request.limit < out.results.size()) out.results.resize(request.limit);
    // Reasons only for the messengers returned: most of a judgement's cost.
    for (MessengerResult& r : out.results) r = judge(request, r.messenger, true);
    return out;
}

}  // namespace mf
