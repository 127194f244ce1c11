#include "profile_diff.hpp"

#include <algorithm>

#include "result_json.hpp"

namespace mf {

std::pair<int, int> default_profile_pair(const Catalogue& cat) {
    int oldest = 0, newest = 0;
    const auto& p = cat.profiles();
    for (int i = 0; i < static_cast<int>(p.size()); ++i) {
        if (p[i].date < p[oldest].date) oldest = i;
        if (p[i].date >= p[newest].date) newest = i;
    }
    return {oldest, newest};
}

namespace {

const MessengerResult& entry_of(const Result& r, int messenger) {
    for (const auto& e : r.results)
        if (e.messenger == messenger) return e;
    return r.results.front();  // every messenger is in a ranking without a limit
}

const std::string& tier_id(const Profile& p, int rank) {
    return rank < static_cast<int>(p.tiers.size()) ? p.tiers[rank].id : p.fallback_tier;
}

const Reason* find_reason(const MessengerResult& r, int id, bool need) {
    for (const Reason& reason : r.reasons) {
        const bool is_need = reason.kind == ReasonKind::need;
        const bool requirement = reason.kind == ReasonKind::minimum || reason.kind == ReasonKind::tier;
        if (reason.id == id && (need ? is_need : requirement)) return &reason;
    }
    return nullptr;
}

// The reasons of one kind (needs, or tier requirements) whose role or status
// differs between the two sides; for requirements, only those that block a
// tier on at least one side.
json differing(const Catalogue& cat, const Messenger& m, const MessengerResult& a, const MessengerResult& b, bool need,
               Date date) {
    std::vector<int> ids;
    for (const MessengerResult* side : {&b, &a})
        for (const Reason& r : side->reasons)
            if (find_reason(*side, r.id, need) == &r && std::find(ids.begin(), ids.end(), r.id) == ids.end())
                ids.push_back(r.id);
    json out = json::array();
    for (int id : ids) {
        const Reason* before = find_reason(a, id, need);
        const Reason* after = find_reason(b, id, need);
        const bool blocks = (before && before->status != Verdict::pass) || (after && after->status != Verdict::pass);
        const bool same = before && after && before->kind == after->kind && before->status == after->status;
        if (same || (!need && !blocks)) continue;
        auto side = [](const Reason* r) {
            return r ? json{{"kind", reason_kind_name(r->kind)}, {"status", verdict_name(r->status)}} : json(nullptr);
        };
        json item = json::object();
        item["id"] = need ? cat.needs()[id].id : cat.criteria()[id].id;
        item["before"] = side(before);
        item["after"] = side(after);
        item["facts"] = reason_json(cat, m, after ? *after : *before, date)["facts"];
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

json profile_diff(const Engine& engine, const Request& request, int from, int to) {
    const Catalogue& cat = engine.catalogue();
    Request all = request;
    all.limit = 0;
    const Result order = engine.recommend(all);
    all.profile = from;
    const Result before = engine.recommend(all);
    all.profile = to;
    const Result after = engine.recommend(all);
    json out = json::object();
    out["as_of"] = format_date(request.as_of);
    out["from"] = cat.profiles()[from].id;
    out["to"] = cat.profiles()[to].id;
    out["rows"] = json::array();
    for (const MessengerResult& shown : order.results) {
        const Messenger& m = cat.messengers()[shown.messenger];
        const MessengerResult& a = entry_of(before, shown.messenger);
        const MessengerResult& b = entry_of(after, shown.messenger);
        const std::string& tier_a = tier_id(cat.profiles()[from], a.tier_rank);
        const std::string& tier_b = tier_id(cat.profiles()[to], b.tier_rank);
        json row = json::object();
        row["id"] = m.id;
        row["name"] = m.name;
        row["before"] = {{"tier", tier_a}, {"fits", a.fits}};
        row["after"] = {{"tier", tier_b}, {"fits", b.fits}};
        row["tier_changed"] = tier_a != tier_b;
        row["fits_changed"] = a.fits != b.fits;
        row["criteria"] = tier_a != tier_b ? differing(cat, m, a, b, false, request.as_of) : json::array();
        row["needs"] = a.fits != b.fits ? differing(cat, m, a, b, true, request.as_of) : json::array();
        out["rows"].push_back(std::move(row));
    }
    return out;
}

}  // namespace mf
