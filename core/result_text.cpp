#include "result_text.hpp"

#include <algorithm>

#include "fact_text.hpp"
#include "json_text.hpp"

namespace mf {

namespace {

constexpr int kKinds = static_cast<int>(ReasonKind::prefer) + 1;
constexpr int kVerdicts = static_cast<int>(Verdict::unknown) + 1;

// The fixed text of a reason before its id and after it, for each kind and
// each verdict: a reason is then three appends around its id instead of
// eight (a result writes hundreds of reasons). The quotes around the id are
// in these texts: ids need no escaping (put_id).
struct ReasonTexts {
    std::string open[kKinds];       // {"kind":"<kind>","id":"
    std::string status[kVerdicts];  // ","status":"<verdict>"
};

const ReasonTexts& reason_texts() {
    static const ReasonTexts texts = [] {
        ReasonTexts t;
        for (int k = 0; k < kKinds; ++k)
            t.open[k] = std::string("{\"kind\":\"") + reason_kind_name(static_cast<ReasonKind>(k)) + "\",\"id\":\"";
        for (int v = 0; v < kVerdicts; ++v)
            t.status[v] = std::string("\",\"status\":\"") + verdict_name(static_cast<Verdict>(v)) + '"';
        return t;
    }();
    return texts;
}

// A fact's number: its entry in the table, or -1 - the attribute when there is none.
long long fact_number(const Catalogue& cat, std::size_t messenger, int attr, Date as_of) {
    const Reading* r = cat.facts().history(messenger, attr).as_of(as_of);
    return r ? static_cast<long long>(cat.facts().index_of(r)) : -1 - static_cast<long long>(attr);
}

bool about_need(const Reason& reason) { return reason.kind == ReasonKind::need || reason.kind == ReasonKind::prefer; }
bool has_weight(const Reason& reason) { return reason.kind == ReasonKind::best_case || reason.kind == ReasonKind::prefer; }
const std::string& rule_id(const Catalogue& cat, const Reason& reason) {
    return about_need(reason) ? cat.needs()[reason.id].id : cat.criteria()[reason.id].id;
}
const std::vector<int>& rule_attrs(const Catalogue& cat, const Reason& reason) {
    return about_need(reason) ? cat.needs()[reason.id].attrs : cat.criteria()[reason.id].attrs;
}

void put_result(std::string& out, const Catalogue& cat, const Profile& profile, const MessengerResult& r, Date as_of) {
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
        out += texts.open[static_cast<int>(reason.kind)];
        out += rule_id(cat, reason);
        out += texts.status[static_cast<int>(reason.status)];
        if (has_weight(reason)) {
            put_raw(out, ",\"weight\":");
            put_number(out, reason.weight);
        }
        put_raw(out, ",\"facts\":");
        put_list(out, rule_attrs(cat, reason),
                 [&](int a) { write_fact_text(out, cat, fact_number(cat, r.messenger, a, as_of)); });
        out += '}';
    });
    out += '}';
}

// {"profile", "as_of", "needs", "prefer": what both forms begin with, unclosed.
void put_head(std::string& out, const Catalogue& cat, const Result& result) {
    put_raw(out, "{\"profile\":");
    put_id(out, cat.profiles()[result.request.profile].id);
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
    out += '}';
}

// A number of the flat list and its comma, in one append: put_integer's digit
// loop again, on purpose. The list is mostly numbers, and put_integer then a
// comma made the module's whole call 10–14 % slower (interleaved, at 10 and
// 1 000 messengers); a shared digit helper the module did not inline, 2–4 %
// (docs/performance.md, round 9).
void put_item(std::string& out, long long n) {
    char buf[24];
    char* const end = buf + sizeof buf;
    char* p = end;
    *--p = ',';
    auto magnitude = n < 0 ? 0 - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    do *--p = static_cast<char>('0' + magnitude % 10);
    while (magnitude /= 10);
    if (n < 0) *--p = '-';
    out.append(p, static_cast<std::size_t>(end - p));
}

}  // namespace

void write_result(std::string& out, const Catalogue& cat, const Result& result) {
    const Profile& profile = cat.profiles()[result.request.profile];
    put_head(out, cat, result);
    put_raw(out, ",\"results\":");
    put_list(out, result.results,
             [&](const MessengerResult& r) { put_result(out, cat, profile, r, result.request.as_of); });
    out += '}';
}

void write_flat_result(std::string& out, const Catalogue& cat, const Result& result) {
    const Profile& profile = cat.profiles()[result.request.profile];
    const Date as_of = result.request.as_of;
    // Where each group of words starts (result_text.hpp).
    const int tiers = kKinds + kVerdicts;
    const int needs = tiers + static_cast<int>(profile.tiers.size()) + 1;
    const int criteria = needs + static_cast<int>(cat.needs().size());
    put_head(out, cat, result);
    put_raw(out, ",\"words\":[");
    for (int k = 0; k < kKinds; ++k) out += '"', out += reason_kind_name(static_cast<ReasonKind>(k)), out += "\",";
    for (int v = 0; v < kVerdicts; ++v) out += '"', out += verdict_name(static_cast<Verdict>(v)), out += "\",";
    for (const Tier& t : profile.tiers) put_id(out, t.id), out += ',';
    put_id(out, profile.fallback_tier);
    for (const auto& n : cat.needs()) out += ',', put_id(out, n.id);
    for (const auto& c : cat.criteria()) out += ',', put_id(out, c.id);
    put_raw(out, "],\"results\":[");
    for (const MessengerResult& r : result.results) {
        const Messenger& m = cat.messengers()[r.messenger];
        put_id(out, m.id);
        out += ',';
        put_string(out, m.name);
        out += ',';
        put_item(out, tiers + std::min(r.tier_rank, static_cast<int>(profile.tiers.size())));
        if (r.fits) put_raw(out, "true,");
        else put_raw(out, "false,");
        put_number(out, r.score);
        out += ',';
        put_item(out, static_cast<long long>(r.unmet.size()));
        for (int n : r.unmet) put_item(out, needs + n);
        put_item(out, static_cast<long long>(r.reasons.size()));
        for (const Reason& reason : r.reasons) {
            put_item(out, static_cast<int>(reason.kind));
            put_item(out, (about_need(reason) ? needs : criteria) + reason.id);
            put_item(out, kKinds + static_cast<int>(reason.status));
            if (has_weight(reason)) put_number(out, reason.weight), out += ',';
            else put_raw(out, "null,");
            const auto& attrs = rule_attrs(cat, reason);
            put_item(out, static_cast<long long>(attrs.size()));
            for (int a : attrs) put_item(out, fact_number(cat, r.messenger, a, as_of));
        }
    }
    // The last item's comma closes the list; an empty list had none.
    if (out.back() == ',') out.back() = ']';
    else out += ']';
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
            write_fact_text(out, cat, fact_number(cat, i, static_cast<int>(&a - attrs.data()), as_of));
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
