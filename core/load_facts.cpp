// attributes.json and catalogue.json: the typed vocabulary and the dated facts.
#include <algorithm>
#include <set>

#include "catalogue_loader.hpp"

namespace mf {

const std::vector<std::string> kAttributeGroups = {"identity", "encryption", "metadata", "network", "openness",
                                                  "features"};
const std::vector<std::string> kNeedGroups = {"platforms", "identity", "security", "network", "features"};

std::string one_of(const JsonCheck& c, const json& j, const std::string& ptr, const std::vector<std::string>& valid) {
    if (!c.is_string(j, ptr)) return {};
    const auto& s = j.get_ref<const std::string&>();
    if (std::find(valid.begin(), valid.end(), s) != valid.end()) return s;
    c.fail(ptr, describe(j) + " is not one of " + join_quoted(valid));
    return {};
}

void check_unique(const JsonCheck& c, std::set<std::string>& seen, const std::string& id, const std::string& ptr) {
    if (!seen.insert(id).second) c.fail(ptr, "duplicate id \"" + id + "\"");
}

void CatalogueLoader::attributes(const json& doc) {
    const auto c = check("attributes.json");
    if (!c.is_object(doc, "")) return;
    c.only_keys(doc, "", {"attributes"});
    const json* list = c.field(doc, "", "attributes", true);
    if (!list || !c.is_array(*list, "/attributes", true)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto ptr = pointer_append("/attributes", i);
        const json& a = (*list)[i];
        if (!c.is_object(a, ptr)) continue;
        c.only_keys(a, ptr, {"id", "type", "group", "values"});
        Attribute attr;
        const json* id = c.field(a, ptr, "id", true);
        if (id && c.is_id(*id, ptr + "/id")) {
            attr.id = id->get<std::string>();
            check_unique(c, seen, attr.id, ptr + "/id");
        }
        const json* type = c.field(a, ptr, "type", true);
        if (type && c.is_string(*type, ptr + "/type") && !parse_type(type->get<std::string>(), attr.type))
            c.fail(ptr + "/type", describe(*type) + " is not one of \"bool\", \"enum\", \"set\", \"number\", \"list\", \"text\"");
        if (const json* group = c.field(a, ptr, "group", true))
            attr.group = one_of(c, *group, ptr + "/group", kAttributeGroups);
        const bool has_members = attr.type == AttrType::enumeration || attr.type == AttrType::set;
        const json* values = c.field(a, ptr, "values", false);
        if (has_members && !values) c.fail(ptr + "/values", "values required for an attribute of type " + std::string(type_name(attr.type)));
        if (!has_members && values) c.fail(ptr + "/values", "values only apply to enum and set attributes");
        if (has_members && values && c.is_array(*values, ptr + "/values", true)) {
            std::set<std::string> members;
            for (std::size_t v = 0; v < values->size(); ++v) {
                const auto vptr = pointer_append(ptr + "/values", v);
                if (!c.is_id((*values)[v], vptr)) continue;
                const auto name = (*values)[v].get<std::string>();
                if (name == kUnknown) c.fail(vptr, "\"unknown\" is reserved and cannot be a member");
                check_unique(c, members, name, vptr);
                attr.values.push_back(name);
            }
            if (attr.values.size() > 64) c.fail(ptr + "/values", "at most 64 values");
        }
        attr_index_.emplace(attr.id, static_cast<int>(out_.attributes_.size()));
        out_.attributes_.push_back(std::move(attr));
    }
}

void CatalogueLoader::disputed(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr) {
    if (!c.is_array(j, ptr, true)) return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto dptr = pointer_append(ptr, i);
        const json& d = j[i];
        if (!c.is_object(d, dptr)) continue;
        c.only_keys(d, dptr, {"value", "sources", "note"});
        Value ignored;
        if (const json* v = c.field(d, dptr, "value", true)) parse_value(attr, *v, c, dptr + "/value", ignored);
        if (const json* s = c.field(d, dptr, "sources", true)) {
            if (c.is_array(*s, dptr + "/sources") && s->empty()) c.fail(dptr + "/sources", "needs at least one source");
            else if (s->is_array())
                for (std::size_t k = 0; k < s->size(); ++k) c.is_url((*s)[k], pointer_append(dptr + "/sources", k));
        }
        if (const json* n = c.field(d, dptr, "note", false)) c.is_string(*n, dptr + "/note");
    }
}

FactEntry CatalogueLoader::fact_entry(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr) {
    FactEntry e;
    if (!c.is_object(j, ptr)) return e;
    c.only_keys(j, ptr, {"since", "value", "sources", "note", "disputed"});
    if (const json* since = c.field(j, ptr, "since", false)) c.is_date(*since, ptr + "/since", e.since);
    if (const json* v = c.field(j, ptr, "value", true)) {
        parse_value(attr, *v, c, ptr + "/value", e.value);
        e.raw_value = *v;
    }
    if (const json* s = c.field(j, ptr, "sources", true); s && c.is_array(*s, ptr + "/sources")) {
        if (s->empty()) c.fail(ptr + "/sources", "a fact needs at least one source");
        for (std::size_t k = 0; k < s->size(); ++k)
            if (c.is_url((*s)[k], pointer_append(ptr + "/sources", k))) e.sources.push_back((*s)[k].get<std::string>());
    }
    if (const json* n = c.field(j, ptr, "note", false); n && c.is_string(*n, ptr + "/note")) e.note = n->get<std::string>();
    if (const json* d = c.field(j, ptr, "disputed", false)) {
        disputed(c, attr, *d, ptr + "/disputed");
        e.disputed = *d;
    }
    return e;
}

void CatalogueLoader::messengers(const json& doc) {
    const auto c = check("catalogue.json");
    if (!c.is_object(doc, "")) return;
    c.only_keys(doc, "", {"messengers"});
    const json* list = c.field(doc, "", "messengers", true);
    if (!list || !c.is_array(*list, "/messengers", true)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto ptr = pointer_append("/messengers", i);
        const json& m = (*list)[i];
        if (!c.is_object(m, ptr)) continue;
        c.only_keys(m, ptr, {"id", "name", "homepage", "source_code", "description", "facts"});
        Messenger messenger;
        messenger.facts.resize(out_.attributes_.size());
        if (const json* id = c.field(m, ptr, "id", true); id && c.is_id(*id, ptr + "/id")) {
            messenger.id = id->get<std::string>();
            check_unique(c, seen, messenger.id, ptr + "/id");
        }
        if (const json* s = c.field(m, ptr, "name", true); s && c.is_string(*s, ptr + "/name")) messenger.name = s->get<std::string>();
        if (const json* s = c.field(m, ptr, "homepage", true); s && c.is_url(*s, ptr + "/homepage")) messenger.homepage = s->get<std::string>();
        if (const json* s = c.field(m, ptr, "source_code", true); s && c.is_url(*s, ptr + "/source_code")) messenger.source_code = s->get<std::string>();
        if (const json* s = c.field(m, ptr, "description", true); s && c.is_string(*s, ptr + "/description")) messenger.description = s->get<std::string>();
        const json* facts = c.field(m, ptr, "facts", true);
        if (facts && c.is_object(*facts, ptr + "/facts")) {
            for (auto it = facts->begin(); it != facts->end(); ++it) {
                const auto fptr = pointer_append(ptr + "/facts", it.key());
                auto found = attr_index_.find(it.key());
                if (found == attr_index_.end()) {
                    c.fail(fptr, "unknown attribute \"" + it.key() + "\"");
                    continue;
                }
                const Attribute& attr = out_.attributes_[found->second];
                if (!c.is_array(it.value(), fptr, true)) continue;
                auto& history = messenger.facts[found->second];
                for (std::size_t h = 0; h < it.value().size(); ++h) {
                    const auto hptr = pointer_append(fptr, h);
                    FactEntry e = fact_entry(c, attr, it.value()[h], hptr);
                    if (h > 0 && e.since == kBeginning && it.value()[h].is_object() && !it.value()[h].contains("since"))
                        c.fail(hptr + "/since", "since required on every entry after the first");
                    else if (h > 0 && e.since <= history.back().since && e.since != kBeginning)
                        c.fail(hptr + "/since", "since " + format_date(e.since) + " is not after previous entry's since");
                    history.push_back(std::move(e));
                }
            }
        }
        out_.messengers_.push_back(std::move(messenger));
    }
}

}  // namespace mf
