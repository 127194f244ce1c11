// Result → JSON. Kept apart from ranking: explanations are the bulky part,
// and their shape is a public contract (docs/data-format.md).
#include "engine.hpp"

namespace mf {

namespace {

ordered_json fact_json(const Attribute& attr, const FactEntry* e) {
    ordered_json f;
    f["attr"] = attr.id;
    if (!e) {
        f["value"] = kUnknown;
        f["sources"] = ordered_json::array();
        return f;
    }
    f["value"] = e->raw_value;
    if (e->since != kBeginning) f["since"] = format_date(e->since);
    f["sources"] = e->sources;
    if (!e->note.empty()) f["note"] = e->note;
    if (!e->disputed.is_null()) f["disputed"] = e->disputed;
    return f;
}

}  // namespace

ordered_json Engine::facts_json(Date as_of) const {
    const Catalogue& cat = catalogue_;
    ordered_json out;
    out["as_of"] = format_date(as_of);
    auto& list = out["messengers"] = ordered_json::array();
    for (const auto& m : cat.messengers()) {
        ordered_json item;
        item["id"] = m.id;
        item["name"] = m.name;
        auto& facts = item["facts"] = ordered_json::array();
        for (std::size_t a = 0; a < cat.attributes().size(); ++a)
            facts.push_back(fact_json(cat.attributes()[a], fact_as_of(m.facts[a], as_of)));
        list.push_back(std::move(item));
    }
    return out;
}

ordered_json Engine::to_json(const Result& result) const {
    const Catalogue& cat = catalogue_;
    const Profile& profile = cat.profiles()[result.request.profile];
    ordered_json out;
    out["profile"] = profile.id;
    out["as_of"] = format_date(result.request.as_of);
    out["needs"] = ordered_json::array();
    for (int n : result.request.needs) out["needs"].push_back(cat.needs()[n].id);
    out["prefer"] = ordered_json::object();
    for (const auto& [n, w] : result.request.prefer) out["prefer"][cat.needs()[n].id] = w;
    auto& list = out["results"] = ordered_json::array();
    for (const auto& r : result.results) {
        const Messenger& m = cat.messengers()[r.messenger];
        ordered_json item;
        item["id"] = m.id;
        item["name"] = m.name;
        item["tier"] = r.tier_rank < static_cast<int>(profile.tiers.size()) ? profile.tiers[r.tier_rank].id
                                                                             : profile.fallback_tier;
        item["fits"] = r.fits;
        item["score"] = r.score;
        item["unmet"] = ordered_json::array();
        for (int n : r.unmet) item["unmet"].push_back(cat.needs()[n].id);
        auto& reasons = item["reasons"] = ordered_json::array();
        for (const auto& reason : r.reasons) {
            const bool about_need = reason.kind == ReasonKind::need || reason.kind == ReasonKind::prefer;
            const auto& attrs = about_need ? cat.needs()[reason.id].attrs : cat.criteria()[reason.id].attrs;
            ordered_json j;
            j["kind"] = reason_kind_name(reason.kind);
            j["id"] = about_need ? cat.needs()[reason.id].id : cat.criteria()[reason.id].id;
            j["status"] = verdict_name(reason.status);
            if (reason.kind == ReasonKind::best_case || reason.kind == ReasonKind::prefer) j["weight"] = reason.weight;
            auto& facts = j["facts"] = ordered_json::array();
            for (int a : attrs) facts.push_back(fact_json(cat.attributes()[a], fact_as_of(m.facts[a], result.request.as_of)));
            reasons.push_back(std::move(j));
        }
        list.push_back(std::move(item));
    }
    return out;
}

}  // namespace mf
