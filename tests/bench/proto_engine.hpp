// A PROTOTYPE, for docs/performance.md only: how fast recommend() could be
// with two changes to the engine's hot path, measured against the real
// engine on the same requests and checked to produce the same bytes.
//
// 1. Rank first, explain later, on a compact table: evaluate fits, tier and
//    score for every messenger without building any Reason (no allocation
//    per messenger), reading values from one contiguous table built once
//    (every messenger's fact histories flattened into (since, value) pairs,
//    values copied next to each other) instead of 26 separately allocated
//    vectors of 176-byte FactEntry per messenger; pick the best N, and only
//    then build reasons for those N. The as-of row is filled only for the
//    attributes the request's rules read.
// 2. Write the result text directly: every fact entry's JSON is immutable, so
//    its text is rendered once (here: lazily, cached per entry, standing in
//    for "at load time"); a call only concatenates strings, instead of
//    building an ordered_json DOM, copying it into the envelope and dumping it.
//
// Built only into bench_engine. The engine (core/) is not changed by this.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine.hpp"

namespace proto {

using namespace mf;

inline void put_string(std::string& out, const std::string& s) {
    for (unsigned char c : s) {
        if (c >= 0x80) {  // non-ASCII: let nlohmann apply its UTF-8 checks and replacement
            out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
            return;
        }
    }
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

// nlohmann prints a double that holds an integer as "4.0".
inline void put_number(std::string& out, double x) {
    if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f.0", x);
        out += buf;
    } else {
        out += json(x).dump();
    }
}

class Engine {
public:
    explicit Engine(const mf::Engine& engine) : engine_(engine), cat_(engine.catalogue()) {
        // The compact table (stands in for something the loader would build).
        const std::size_t attrs = cat_.attributes().size();
        ranges_.reserve(cat_.messengers().size() * attrs + 1);
        for (const auto& m : cat_.messengers()) {
            for (std::size_t a = 0; a < attrs; ++a) {
                ranges_.push_back(static_cast<std::uint32_t>(flat_.size()));
                for (const auto& e : m.facts[a]) {
                    flat_.push_back({e.since, static_cast<std::uint32_t>(values_.size())});
                    values_.push_back(e.value);
                }
            }
        }
        ranges_.push_back(static_cast<std::uint32_t>(flat_.size()));
    }

    // Same ranking as mf::Engine::recommend (fits, tier, score desc, id asc);
    // reasons only for the returned (top-N) results.
    Result recommend(const Request& request) const {
        // Every messenger is explained anyway: the engine's one pass is best.
        if (request.limit == 0 || request.limit >= cat_.messengers().size()) return engine_.recommend(request);
        const Profile& profile = cat_.profiles()[request.profile];
        std::vector<int> extra;
        for (const auto& tier : profile.tiers)
            for (int c : tier.requires_criteria)
                if (std::find(profile.minimum.begin(), profile.minimum.end(), c) == profile.minimum.end() &&
                    std::find(extra.begin(), extra.end(), c) == extra.end())
                    extra.push_back(c);
        const auto& messengers = cat_.messengers();
        const std::size_t n = messengers.size();
        struct Key {
            int messenger;
            int tier_rank;
            bool fits;
            double score;
        };
        std::vector<Key> keys(n);
        ValueRow row(cat_.attributes().size(), nullptr);
        std::vector<signed char> cache(cat_.criteria().size());
        // Only the attributes this request's rules read (the others stay null).
        std::vector<int> used;
        for (int need : request.needs) collect_attributes(cat_.needs()[need].rule, used);
        for (const auto& p : request.prefer) collect_attributes(cat_.needs()[p.first].rule, used);
        for (int c : profile.minimum) collect_attributes(cat_.criteria()[c].rule, used);
        for (int c : extra) collect_attributes(cat_.criteria()[c].rule, used);
        for (const auto& wc : profile.best_case) collect_attributes(cat_.criteria()[wc.criterion].rule, used);
        for (std::size_t m = 0; m < n; ++m) {
            fill_compact_row(m, request.as_of, used, row);
            std::fill(cache.begin(), cache.end(), -1);
            auto criterion = [&](int c) {
                if (cache[c] < 0) cache[c] = static_cast<signed char>(evaluate(cat_.criteria()[c].rule, row));
                return static_cast<Verdict>(cache[c]);
            };
            Key k{static_cast<int>(m), static_cast<int>(profile.tiers.size()), true, 0};
            for (int need : request.needs)
                if (evaluate(cat_.needs()[need].rule, row) != Verdict::pass) k.fits = false;
            bool minimum_met = true;
            for (int c : profile.minimum) minimum_met = criterion(c) == Verdict::pass && minimum_met;
            if (minimum_met) {
                for (std::size_t t = 0; t < profile.tiers.size(); ++t) {
                    const auto& req = profile.tiers[t].requires_criteria;
                    if (std::all_of(req.begin(), req.end(), [&](int c) { return criterion(c) == Verdict::pass; })) {
                        k.tier_rank = static_cast<int>(t);
                        break;
                    }
                }
            }
            for (const auto& wc : profile.best_case)
                if (criterion(wc.criterion) == Verdict::pass) k.score += wc.weight;
            for (const auto& [need, w] : request.prefer)
                if (evaluate(cat_.needs()[need].rule, row) == Verdict::pass) k.score += w;
            keys[m] = k;
        }
        auto better = [&](const Key& a, const Key& b) {
            if (a.fits != b.fits) return a.fits;
            if (a.tier_rank != b.tier_rank) return a.tier_rank < b.tier_rank;
            if (a.score != b.score) return a.score > b.score;
            return messengers[a.messenger].id < messengers[b.messenger].id;
        };
        std::size_t top = n;
        if (request.limit > 0 && request.limit < n) {
            top = request.limit;
            std::partial_sort(keys.begin(), keys.begin() + top, keys.end(), better);
        } else {
            std::sort(keys.begin(), keys.end(), better);
        }
        Result out;
        out.request = request;
        out.results.reserve(top);
        for (std::size_t i = 0; i < top; ++i) out.results.push_back(explain(request, profile, extra, keys[i].messenger));
        return out;
    }

    // Byte for byte what Api::recommend_at returns for this result.
    std::string envelope(const Result& result) const {
        std::string out;
        out.reserve(4096 + 2048 * result.results.size());
        out += "{\"ok\":true,\"value\":{\"profile\":";
        const Profile& profile = cat_.profiles()[result.request.profile];
        put_string(out, profile.id);
        out += ",\"as_of\":";
        put_string(out, format_date(result.request.as_of));
        out += ",\"needs\":[";
        for (std::size_t i = 0; i < result.request.needs.size(); ++i) {
            if (i) out += ',';
            put_string(out, cat_.needs()[result.request.needs[i]].id);
        }
        out += "],\"prefer\":{";
        for (std::size_t i = 0; i < result.request.prefer.size(); ++i) {
            if (i) out += ',';
            put_string(out, cat_.needs()[result.request.prefer[i].first].id);
            out += ':';
            put_number(out, result.request.prefer[i].second);
        }
        out += "},\"results\":[";
        for (std::size_t i = 0; i < result.results.size(); ++i) {
            if (i) out += ',';
            put_result(out, profile, result.results[i], result.request.as_of);
        }
        out += "]}}";
        return out;
    }

private:
    struct Flat {
        Date since;
        std::uint32_t value;
    };
    void fill_compact_row(std::size_t m, Date as_of, const std::vector<int>& used, ValueRow& row) const {
        const std::uint32_t* r = &ranges_[m * row.size()];
        for (int a : used) {
            const Value* v = nullptr;
            for (std::uint32_t i = r[a + 1]; i > r[a]; --i) {
                if (flat_[i - 1].since <= as_of) {
                    v = &values_[flat_[i - 1].value];
                    break;
                }
            }
            row[a] = v;
        }
    }

    void fill_row(const Messenger& m, Date as_of, ValueRow& row) const {
        for (std::size_t a = 0; a < row.size(); ++a) {
            const FactEntry* e = fact_as_of(m.facts[a], as_of);
            row[a] = e ? &e->value : nullptr;
        }
    }

    MessengerResult explain(const Request& request, const Profile& profile, const std::vector<int>& extra, int m) const {
        // The same steps, in the same order, as mf::Engine::recommend.
        ValueRow row(cat_.attributes().size(), nullptr);
        fill_row(cat_.messengers()[m], request.as_of, row);
        std::vector<int> cache(cat_.criteria().size(), -1);
        auto criterion = [&](int c) {
            if (cache[c] < 0) cache[c] = static_cast<int>(evaluate(cat_.criteria()[c].rule, row));
            return static_cast<Verdict>(cache[c]);
        };
        MessengerResult r;
        r.messenger = m;
        for (int n : request.needs) {
            const Verdict v = evaluate(cat_.needs()[n].rule, row);
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
            const Verdict v = evaluate(cat_.needs()[n].rule, row);
            if (v == Verdict::pass) r.score += w;
            r.reasons.push_back({ReasonKind::prefer, n, v, w});
        }
        return r;
    }

    const std::string& fact_text(int attr, const FactEntry* e) const {
        auto key = std::make_pair(attr, e);
        auto it = facts_.find(key);
        if (it != facts_.end()) return it->second;
        std::string f = "{\"attr\":";
        put_string(f, cat_.attributes()[attr].id);
        if (!e) {
            f += ",\"value\":\"unknown\",\"sources\":[]}";
        } else {
            f += ",\"value\":";
            f += ordered_json(e->raw_value).dump(-1, ' ', false, json::error_handler_t::replace);
            if (e->since != kBeginning) {
                f += ",\"since\":";
                put_string(f, format_date(e->since));
            }
            f += ",\"sources\":[";
            for (std::size_t i = 0; i < e->sources.size(); ++i) {
                if (i) f += ',';
                put_string(f, e->sources[i]);
            }
            f += ']';
            if (!e->note.empty()) {
                f += ",\"note\":";
                put_string(f, e->note);
            }
            if (!e->disputed.is_null()) {
                f += ",\"disputed\":";
                f += ordered_json(e->disputed).dump(-1, ' ', false, json::error_handler_t::replace);
            }
            f += '}';
        }
        return facts_.emplace(key, std::move(f)).first->second;
    }

    void put_result(std::string& out, const Profile& profile, const MessengerResult& r, Date as_of) const {
        const Messenger& m = cat_.messengers()[r.messenger];
        out += "{\"id\":";
        put_string(out, m.id);
        out += ",\"name\":";
        put_string(out, m.name);
        out += ",\"tier\":";
        put_string(out, r.tier_rank < static_cast<int>(profile.tiers.size()) ? profile.tiers[r.tier_rank].id
                                                                              : profile.fallback_tier);
        out += r.fits ? ",\"fits\":true,\"score\":" : ",\"fits\":false,\"score\":";
        put_number(out, r.score);
        out += ",\"unmet\":[";
        for (std::size_t i = 0; i < r.unmet.size(); ++i) {
            if (i) out += ',';
            put_string(out, cat_.needs()[r.unmet[i]].id);
        }
        out += "],\"reasons\":[";
        for (std::size_t i = 0; i < r.reasons.size(); ++i) {
            const Reason& reason = r.reasons[i];
            const bool about_need = reason.kind == ReasonKind::need || reason.kind == ReasonKind::prefer;
            const auto& attrs = about_need ? cat_.needs()[reason.id].attrs : cat_.criteria()[reason.id].attrs;
            if (i) out += ',';
            out += "{\"kind\":\"";
            out += reason_kind_name(reason.kind);
            out += "\",\"id\":";
            put_string(out, about_need ? cat_.needs()[reason.id].id : cat_.criteria()[reason.id].id);
            out += ",\"status\":\"";
            out += verdict_name(reason.status);
            out += '"';
            if (reason.kind == ReasonKind::best_case || reason.kind == ReasonKind::prefer) {
                out += ",\"weight\":";
                put_number(out, reason.weight);
            }
            out += ",\"facts\":[";
            for (std::size_t k = 0; k < attrs.size(); ++k) {
                if (k) out += ',';
                out += fact_text(attrs[k], fact_as_of(m.facts[attrs[k]], as_of));
            }
            out += "]}";
        }
        out += "]}";
    }

    struct PairHash {
        std::size_t operator()(const std::pair<int, const FactEntry*>& p) const {
            return std::hash<const void*>()(p.second) ^ (static_cast<std::size_t>(p.first) * 0x9e3779b97f4a7c15ull);
        }
    };
    const mf::Engine& engine_;
    const Catalogue& cat_;
    std::vector<std::uint32_t> ranges_;  // (messenger, attribute) → first entry in flat_; one past the end last
    std::vector<Flat> flat_;
    std::vector<Value> values_;
    mutable std::unordered_map<std::pair<int, const FactEntry*>, std::string, PairHash> facts_;
};

}  // namespace proto
