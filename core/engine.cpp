#include "engine.hpp"

#include <algorithm>
#include <memory>
#include <numeric>

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

Engine::Engine(Catalogue catalogue) : catalogue_(std::move(catalogue)), id_rank_(catalogue_.messengers().size()) {
    const auto& ms = catalogue_.messengers();
    std::vector<std::uint32_t> by_id(ms.size());
    std::iota(by_id.begin(), by_id.end(), 0u);
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) { return ms[a].id < ms[b].id; });
    for (std::size_t i = 0; i < by_id.size(); ++i) id_rank_[by_id[i]] = static_cast<std::uint32_t>(i);
}

Result Engine::recommend(const Request& request) const {
    const Catalogue& cat = catalogue_;
    const Profile& profile = cat.profiles()[request.profile];
    const std::vector<int> extra = extra_tier_criteria(profile);

    std::vector<int> needs = request.needs, criteria = profile.minimum;
    for (const auto& p : request.prefer) needs.push_back(p.first);
    criteria.insert(criteria.end(), extra.begin(), extra.end());
    for (const auto& wc : profile.best_case) criteria.push_back(wc.criterion);
    const auto verdicts = verdicts_.get(cat, request.as_of, needs, criteria);
    const EpochVerdicts& v = *verdicts;

    // Column by column, into one array per key (fits, tier, score): each pass
    // reads a byte per messenger and writes a small array sequentially.
    // Raw pointers on purpose: loops the compiler sees whole at any
    // optimisation level. (The widget's module is built with -Oz; before
    // -sINLINING_LIMIT=0, even vector::operator[] stayed an out-of-line call
    // there, and these loops ran ~10x slower in wasm than natively.)
    const std::size_t n = cat.messengers().size();
    const int fallback = static_cast<int>(profile.tiers.size());
    std::unique_ptr<std::uint8_t[]> flags(new std::uint8_t[3 * n]);
    std::unique_ptr<int[]> tiers(new int[n]);
    std::unique_ptr<double[]> scores(new double[n]);
    std::unique_ptr<std::uint32_t[]> ranked(new std::uint32_t[n]);
    std::uint8_t* const fits = flags.get();
    std::uint8_t* const minimum_met = fits + n;
    std::uint8_t* const meets = minimum_met + n;
    int* const tier_rank = tiers.get();
    double* const score = scores.get();
    std::uint32_t* const order = ranked.get();
    std::fill_n(fits, 2 * n, std::uint8_t{1});
    std::fill_n(tier_rank, n, fallback);
    std::fill_n(score, n, 0.0);
    for (std::size_t m = 0; m < n; ++m) order[m] = static_cast<std::uint32_t>(m);

    auto fold = [n](std::uint8_t* into, const Verdict* col) {
        for (std::size_t m = 0; m < n; ++m) into[m] &= col[m] == Verdict::pass;
    };
    for (int need : request.needs) fold(fits, v.need(need));
    for (int c : profile.minimum) fold(minimum_met, v.criterion(c));
    // Last tier first, so the first tier a messenger meets is the one left.
    for (int t = fallback - 1; t >= 0; --t) {
        std::copy_n(minimum_met, n, meets);
        for (int c : profile.tiers[t].requires_criteria) fold(meets, v.criterion(c));
        for (std::size_t m = 0; m < n; ++m) tier_rank[m] = meets[m] ? t : tier_rank[m];
    }
    // Adding 0.0 instead of skipping changes no score (they start at +0 and
    // weights are >= 0) and keeps the loops free of branches, which pass/fail
    // patterns would mispredict.
    auto add = [n, score](const Verdict* col, double w) {
        for (std::size_t m = 0; m < n; ++m) score[m] += col[m] == Verdict::pass ? w : 0.0;
    };
    for (const auto& wc : profile.best_case) add(v.criterion(wc.criterion), wc.weight);
    for (const auto& [need, w] : request.prefer) add(v.need(need), w);

    const std::uint32_t* const id_rank = id_rank_.data();
    auto better = [=](std::uint32_t a, std::uint32_t b) {
        if (fits[a] != fits[b]) return fits[a] > fits[b];
        if (tier_rank[a] != tier_rank[b]) return tier_rank[a] < tier_rank[b];
        if (score[a] != score[b]) return score[a] > score[b];
        return id_rank[a] < id_rank[b];
    };
    // Ids are unique, so `better` is a strict total order: the ranking is
    // deterministic, and a top-N is a prefix of the full ranking.
    std::size_t top = n;
    if (request.limit > 0 && request.limit < n) {
        top = request.limit;
        std::partial_sort(order, order + top, order + n, better);
    } else {
        std::sort(order, order + n, better);
    }

    Result out;
    out.request = request;
    out.results.reserve(top);
    for (std::size_t i = 0; i < top; ++i) {
        const std::uint32_t m = order[i];
        MessengerResult r = explain(request, extra, v, static_cast<int>(m));
        // Fit, tier and score as ranked: decided once, above, not again here.
        r.fits = fits[m] != 0;
        r.tier_rank = tier_rank[m];
        r.score = score[m];
        out.results.push_back(std::move(r));
    }
    return out;
}

MessengerResult Engine::explain(const Request& request, const std::vector<int>& extra, const EpochVerdicts& v,
                                int messenger) const {
    const Profile& profile = catalogue_.profiles()[request.profile];
    MessengerResult r;
    r.messenger = messenger;
    r.reasons.reserve(request.needs.size() + profile.minimum.size() + extra.size() + profile.best_case.size() +
                      request.prefer.size());
    auto need = [&](int n) { return v.need(n)[messenger]; };
    auto criterion = [&](int c) { return v.criterion(c)[messenger]; };
    for (int n : request.needs) {
        const Verdict s = need(n);
        r.reasons.push_back({ReasonKind::need, n, s, 0});
        if (s != Verdict::pass) r.unmet.push_back(n);
    }
    for (int c : profile.minimum) r.reasons.push_back({ReasonKind::minimum, c, criterion(c), 0});
    for (int c : extra) r.reasons.push_back({ReasonKind::tier, c, criterion(c), 0});
    for (const auto& wc : profile.best_case)
        r.reasons.push_back({ReasonKind::best_case, wc.criterion, criterion(wc.criterion), wc.weight});
    for (const auto& [n, w] : request.prefer) r.reasons.push_back({ReasonKind::prefer, n, need(n), w});
    return r;
}

}  // namespace mf
