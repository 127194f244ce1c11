#include "result_text.hpp"

#include "fact_text.hpp"
#include "json_text.hpp"

namespace mf {

namespace {

// The fixed text of a reason before its id and after it, for each kind and
// each verdict: a reason is then three appends around its id instead of
// eight (a result writes hundreds of reasons). The quotes around the id are
// in these texts: ids need no escaping (put_id).
struct ReasonTexts {
    std::string open[static_cast<int>(ReasonKind::prefer) + 1];   // {"kind":"<kind>","id":"
    std::string status[static_cast<int>(Verdict::unknown) + 1];  // ","status":"<verdict>"
};

const ReasonTexts& reason_texts() {
    static const ReasonTexts texts = [] {
        ReasonTexts t;
        for (int k = 0; k <= static_cast<int>(ReasonKind::prefer); ++k)
            t.open[k] = std::string("{\"kind\":\"") + reason_kind_name(static_cast<ReasonKind>(k)) + "\",\"id\":\"";
        for (int v = 0; v <= static_cast<int>(Verdict::unknown); ++v)
            t.status[v] = std::string("\",\"status\":\"") + verdict_name(static_cast<Verdict>(v)) + '"';
        return t;
    }();
    return texts;
}

void put_fact(std::string& out, const Catalogue& cat, std::size_t messenger, int attr, Date as_of, FactsAs as) {
    const Reading* r = cat.facts().history(messenger, attr).as_of(as_of);
    // Its number (FactsAs::refs): the table's entry, or -1 - the attribute when there is none.
    const long long number = r ? static_cast<long long>(cat.facts().index_of(r)) : -1 - static_cast<long long>(attr);
    if (as == FactsAs::refs) put_integer(out, static_cast<std::uint64_t>(number < 0 ? -number : number), number < 0);
    else write_fact_text(out, cat, number);
}

void put_result(std::string& out, const Catalogue& cat, const Profile& profile, const MessengerResult& r, Date as_of,
                FactsAs as) {
    const Messenger& m = cat.messengers()[r.messenger];
    put_raw(out, "{\"id\":");
    put_id(out, m.id);
    put_raw(out, ",\"name\":");
    put_string(out, m.name);
    put_raw(out, ",\"tier\":");
    put_id(out, r.tier_rank < static_cast<int>(profile.tiers.size()) ? profile.tiers[r.tier_rank].id
                                                                     : profile.fallback_tier);
    if (r.fits) put_raw(out, ",\"fits\":true,\"score\":");
    else put_raw(out, ",\"fits\":false,\"score\":");
    put_number(out, r.score);
    put_raw(out, ",\"unmet\":");
    put_list(out, r.unmet, [&](int n) { put_id(out, cat.needs()[n].id); });
    put_raw(out, ",\"reasons\":");
    const ReasonTexts& texts = reason_texts();
    put_list(out, r.reasons, [&](const Reason& reason) {
        const bool about_need = reason.kind == ReasonKind::need || reason.kind == ReasonKind::prefer;
        out += texts.open[static_cast<int>(reason.kind)];
        out += about_need ? cat.needs()[reason.id].id : cat.criteria()[reason.id].id;
        out += texts.status[static_cast<int>(reason.status)];
        if (reason.kind == ReasonKind::best_case || reason.kind == ReasonKind::prefer) {
            put_raw(out, ",\"weight\":");
            put_number(out, reason.weight);
        }
        put_raw(out, ",\"facts\":");
        const auto& attrs = about_need ? cat.needs()[reason.id].attrs : cat.criteria()[reason.id].attrs;
        put_list(out, attrs, [&](int a) { put_fact(out, cat, r.messenger, a, as_of, as); });
        out += '}';
    });
    out += '}';
}

}  // namespace

void write_result(std::string& out, const Catalogue& cat, const Result& result, FactsAs facts) {
    const Profile& profile = cat.profiles()[result.request.profile];
    put_raw(out, "{\"profile\":");
    put_id(out, profile.id);
    put_raw(out, ",\"as_of\":");
    put_string(out, format_date(result.request.as_of));
    put_raw(out, ",\"needs\":");
    put_list(out, result.request.needs, [&](int n) { put_id(out, cat.needs()[n].id); });
    put_raw(out, ",\"prefer\":{");
    for (std::size_t i = 0; i < result.request.prefer.size(); ++i) {
        if (i) out += ',';
        put_id(out, cat.needs()[result.request.prefer[i].first].id);
        out += ':';
        put_number(out, result.request.prefer[i].second);
    }
    put_raw(out, "},\"results\":");
    put_list(out, result.results,
             [&](const MessengerResult& r) { put_result(out, cat, profile, r, result.request.as_of, facts); });
    out += '}';
}

bool write_fact_text(std::string& out, const Catalogue& cat, long long number) {
    if (number >= static_cast<long long>(cat.facts().entries()) || number < -static_cast<long long>(cat.attributes().size()))
        return false;
    if (number >= 0) out += cat.facts().shown(static_cast<std::size_t>(number)).text;
    else put_unknown_fact(out, cat.attributes()[static_cast<std::size_t>(-1 - number)]);
    return true;
}

void write_facts(std::string& out, const Catalogue& cat, Date as_of) {
    put_raw(out, "{\"as_of\":");
    put_string(out, format_date(as_of));
    put_raw(out, ",\"messengers\":");
    const auto& messengers = cat.messengers();
    const auto& attrs = cat.attributes();
    put_list(out, messengers, [&](const Messenger& m) {
        const std::size_t i = static_cast<std::size_t>(&m - messengers.data());
        put_raw(out, "{\"id\":");
        put_id(out, m.id);
        put_raw(out, ",\"name\":");
        put_string(out, m.name);
        put_raw(out, ",\"facts\":");
        put_list(out, attrs, [&](const Attribute& a) {
            put_fact(out, cat, i, static_cast<int>(&a - attrs.data()), as_of, FactsAs::objects);
        });
        out += '}';
    });
    out += '}';
}

std::optional<ordered_json> Engine::recommend_json(const json& request, Date today, RequestError& error) const {
    const auto parsed = parse_request(catalogue_, request, today, error);
    if (!parsed) return std::nullopt;
    std::string text, unused;
    write_result(text, catalogue_, recommend(*parsed));
    return parse_json(text, unused);
}

}  // namespace mf
