#include "engine.hpp"

#include <algorithm>
#include <memory>
#include <map>

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
    // In id order through an ordered map, the catalogue's kind of index: a
    // sort here was another copy of std::sort in the module (~0.5 KB gzip).
    const auto& ms = catalogue_.messengers();
    std::map<std::string, int> by_id;
    for (std::size_t i = 0; i < ms.size(); ++i) by_id.emplace(ms[i].id, static_cast<int>(i));
    std::uint32_t rank = 0;
    for (const auto& entry : by_id) id_rank_[entry.second] = rank++;
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

    // Fit and tiers fold verdict columns 64 messengers to a word; tiers and
    // scores then visit only the messengers that pass (verdict_cache.hpp).
    // Raw pointers on purpose: loops the compiler sees whole at any
    // optimisation level. (The widget's module is built with -Oz; before
    // -sINLINING_LIMIT=0, even vector::operator[] stayed an out-of-line call
    // there, and these loops ran ~10x slower in wasm than natively.)
    const std::size_t n = cat.messengers().size();
    const std::size_t words = v.words();
    const int fallback = static_cast<int>(profile.tiers.size());
    std::unique_ptr<std::uint64_t[]> masks(new std::uint64_t[3 * words]);
    std::unique_ptr<int[]> tiers(new int[n]);
    std::unique_ptr<double[]> scores(new double[n]);
    std::unique_ptr<std::uint32_t[]> ranked(new std::uint32_t[n]);
    std::uint64_t* const fits = masks.get();
    std::uint64_t* const minimum_met = fits + words;
    std::uint64_t* const meets = minimum_met + words;
    int* const tier_rank = tiers.get();
    double* const score = scores.get();
    std::uint32_t* const order = ranked.get();
    // Every messenger to start with, and no bit past the last one: tiers are
    // set by visiting bits.
    std::fill_n(fits, 2 * words, ~std::uint64_t{0});
    if (n % 64) fits[words - 1] = minimum_met[words - 1] = (std::uint64_t{1} << (n % 64)) - 1;
    std::fill_n(tier_rank, n, fallback);
    std::fill_n(score, n, 0.0);

    auto fold = [words](std::uint64_t* into, const std::uint64_t* passes) {
        for (std::size_t k = 0; k < words; ++k) into[k] &= passes[k];
    };
    // Calls visit(m) for each set bit m, in ascending order.
    auto each_bit = [words](const std::uint64_t* bits, auto&& visit) {
        for (std::size_t k = 0; k < words; ++k)
            for (std::uint64_t b = bits[k]; b; b &= b - 1) visit(k * 64 + static_cast<std::size_t>(__builtin_ctzll(b)));
    };
    for (int need : request.needs) fold(fits, v.need_passes(need));
    for (int c : profile.minimum) fold(minimum_met, v.criterion_passes(c));
    // Last tier first, so the first tier a messenger meets is the one left.
    for (int t = fallback - 1; t >= 0; --t) {
        std::copy_n(minimum_met, words, meets);
        for (int c : profile.tiers[t].requires_criteria) fold(meets, v.criterion_passes(c));
        each_bit(meets, [=](std::size_t m) { tier_rank[m] = t; });
    }
    // Weights added column by column, so each score is the same sum in the
    // same order whatever the number of messengers.
    auto add = [&](const std::uint64_t* passes, double w) {
        each_bit(passes, [=](std::size_t m) { score[m] += w; });
    };
    for (const auto& wc : profile.best_case) add(v.criterion_passes(wc.criterion), wc.weight);
    for (const auto& [need, w] : request.prefer) add(v.need_passes(need), w);

    const std::uint32_t* const id_rank = id_rank_.data();
    auto fit = [=](std::uint32_t m) { return (fits[m / 64] >> (m % 64)) & 1; };
    auto better = [=](std::uint32_t a, std::uint32_t b) {
        if (fit(a) != fit(b)) return fit(a) > fit(b);
        if (tier_rank[a] != tier_rank[b]) return tier_rank[a] < tier_rank[b];
        if (score[a] != score[b]) return score[a] > score[b];
        return id_rank[a] < id_rank[b];
    };
    // Ids are unique, so `better` is a strict total order: the ranking is
    // deterministic, and a top-N is a prefix of the full ranking. A full
    // ranking is a partial sort to the end too (a heap sort): one sort in the
    // module rather than two (~0.5 KB gzip), and the widget ranks a handful.
    const std::size_t top = request.limit > 0 && request.limit < n ? request.limit : n;
    // Every fitting messenger ranks before every other: when at least `top`
    // fit, the others cannot be returned and stay out of the sort, which was
    // most of a warm call at 100 000 messengers.
    std::size_t fitting = 0, sorted = 0;
    for (std::size_t k = 0; k < words; ++k) fitting += static_cast<std::size_t>(__builtin_popcountll(fits[k]));
    if (top <= fitting) each_bit(fits, [&](std::size_t m) { order[sorted++] = static_cast<std::uint32_t>(m); });
    else
        for (; sorted < n; ++sorted) order[sorted] = static_cast<std::uint32_t>(sorted);
    std::partial_sort(order, order + top, order + sorted, better);

    Result out;
    out.request = request;
    out.results.reserve(top);
    for (std::size_t i = 0; i < top; ++i) {
        const std::uint32_t m = order[i];
        MessengerResult r = explain(request, extra, v, static_cast<int>(m));
        // Fit, tier and score as ranked: decided once, above, not again here.
        r.fits = fit(m) != 0;
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
    const auto m = static_cast<std::size_t>(messenger);
    auto need = [&](int n) { return v.need(n, m); };
    auto criterion = [&](int c) { return v.criterion(c, m); };
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
