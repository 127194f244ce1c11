#include "result_json.hpp"

namespace mf {

json fact_json(const Catalogue& cat, const Messenger& m, int attr, Date date) {
    if (const Fact* f = m.fact(attr, date)) return f->shown;
    json unknown = json::object();
    unknown["attr"] = cat.attributes()[attr].id;
    unknown["value"] = kUnknown;
    unknown["sources"] = json::array();
    return unknown;
}

namespace {

bool about_need(const Reason& r) { return r.kind == ReasonKind::need || r.kind == ReasonKind::prefer; }
bool has_weight(const Reason& r) { return r.kind == ReasonKind::best_case || r.kind == ReasonKind::prefer; }

// An empty object with room for `members`: a result holds thousands of small
// objects, and growing each one member at a time was most of writing it.
json object_of(std::size_t members) {
    json out(json::value_t::object);
    out.get_ref<json::object_t&>().reserve(members);
    return out;
}

}  // namespace

json reason_json(const Catalogue& cat, const Messenger& m, const Reason& reason, Date date) {
    const std::string& id = about_need(reason) ? cat.needs()[reason.id].id : cat.criteria()[reason.id].id;
    const std::vector<int>& attrs = about_need(reason) ? cat.needs()[reason.id].attrs : cat.criteria()[reason.id].attrs;
    json out = object_of(5);
    out["kind"] = reason_kind_name(reason.kind);
    out["id"] = id;
    out["status"] = verdict_name(reason.status);
    if (has_weight(reason)) out["weight"] = reason.weight;
    out["facts"] = json::array();
    for (int a : attrs) {
        json fact = object_of(3);
        fact["attr"] = cat.attributes()[a].id;
        const Fact* f = m.fact(a, date);
        fact["value"] = f ? f->shown["value"] : json(kUnknown);
        if (f && f->since != kBeginning) fact["since"] = f->shown["since"];
        out["facts"].push_back(std::move(fact));
    }
    return out;
}

json result_json(const Catalogue& cat, const Result& result) {
    const Request& request = result.request;
    const Profile& profile = cat.profiles()[request.profile];
    json out = json::object();
    out["profile"] = profile.id;
    out["as_of"] = format_date(request.as_of);
    out["needs"] = json::array();
    for (int n : request.needs) out["needs"].push_back(cat.needs()[n].id);
    out["prefer"] = json::object();
    for (const auto& [n, w] : request.prefer) out["prefer"][cat.needs()[n].id] = w;
    out["results"] = json::array();
    for (const MessengerResult& r : result.results) {
        const Messenger& m = cat.messengers()[r.messenger];
        json entry = object_of(7);
        entry["id"] = m.id;
        entry["name"] = m.name;
        entry["tier"] = r.tier_rank < static_cast<int>(profile.tiers.size()) ? profile.tiers[r.tier_rank].id
                                                                             : profile.fallback_tier;
        entry["fits"] = r.fits;
        entry["score"] = r.score;
        entry["unmet"] = json::array();
        for (int n : r.unmet) entry["unmet"].push_back(cat.needs()[n].id);
        entry["reasons"] = json::array();
        entry["reasons"].get_ref<json::array_t&>().reserve(r.reasons.size());
        for (const Reason& reason : r.reasons) entry["reasons"].push_back(reason_json(cat, m, reason, request.as_of));
        out["results"].push_back(std::move(entry));
    }
    return out;
}

json facts_json(const Catalogue& cat, Date date) {
    json out = json::object();
    out["as_of"] = format_date(date);
    out["messengers"] = json::array();
    for (const Messenger& m : cat.messengers()) {
        json entry = json::object();
        entry["id"] = m.id;
        entry["name"] = m.name;
        entry["facts"] = json::array();
        for (std::size_t a = 0; a < cat.attributes().size(); ++a)
            entry["facts"].push_back(fact_json(cat, m, static_cast<int>(a), date));
        out["messengers"].push_back(std::move(entry));
    }
    return out;
}

}  // namespace mf
