#include "fact_text.hpp"

#include "fact_table.hpp"
#include "json_text.hpp"

namespace mf {

std::string fact_text(const Attribute& attr, const FactParts& p) {
    std::string out = "{\"attr\":";
    put_string(out, attr.id);
    put_raw(out, ",\"value\":");
    if (p.value) put_json(out, *p.value);
    else put_raw(out, "null");
    if (p.since != kBeginning) {
        put_raw(out, ",\"since\":");
        put_string(out, format_date(p.since));
    }
    put_raw(out, ",\"sources\":");
    static const std::vector<std::string> none;
    put_list(out, p.sources ? *p.sources : none, [&](const std::string& url) { put_string(out, url); });
    if (p.note && !p.note->empty()) {
        put_raw(out, ",\"note\":");
        put_string(out, *p.note);
    }
    if (p.disputed && !p.disputed->is_null()) {
        put_raw(out, ",\"disputed\":");
        put_json(out, *p.disputed);
    }
    out += '}';
    return out;
}

void put_unknown_fact(std::string& out, const Attribute& attr) {
    put_raw(out, "{\"attr\":");
    put_string(out, attr.id);
    put_raw(out, ",\"value\":\"unknown\",\"sources\":[]}");
}

}  // namespace mf
