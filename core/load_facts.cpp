// attributes.json and catalogue.json: the typed vocabulary and the dated facts.
#include <algorithm>
#include <set>

#include "catalogue_loader.hpp"

namespace mf {

std::string one_of(const JsonCheck& c, const json& j, const std::string& ptr, const std::vector<std::string>& valid) {
    if (!c.is_string(j, ptr)) return {};
    const auto& s = j.get_ref<const std::string&>();
    if (std::find(valid.begin(), valid.end(), s) != valid.end()) return s;
    c.fail(ptr, describe(j) + " is not one of " + join_quoted(valid));
    return {};
}

const json* CatalogueLoader::top_level(const JsonCheck& c, const json& doc, const char* list_key,
                                       std::initializer_list<const char*> keys) const {
    if (!c.is_object(doc, "")) return nullptr;
    c.only_keys(doc, "", keys);
    return c.field(doc, "", list_key, true);
}

std::vector<std::string> CatalogueLoader::groups(const JsonCheck& c, const json& doc) const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    const json* list = c.field(doc, "", "groups", true);
    if (!list || !c.is_array(*list, "/groups", true)) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto ptr = pointer_append("/groups", i);
        if (!c.is_id((*list)[i], ptr)) continue;
        const auto id = (*list)[i].get<std::string>();
        if (!seen.insert(id).second) c.fail(ptr, "duplicate id \"" + id + "\"");
        out.push_back(id);
    }
    return out;
}

void CatalogueLoader::attributes(const json& doc) {
    const auto c = check("attributes.json");
    const json* list = top_level(c, doc, "attributes", {"groups", "attributes"});
    if (!list) return;
    const std::vector<std::string> valid_groups = groups(c, doc);
    std::set<std::string> seen;
    c.each_object(*list, "/attributes", true, {"id", "type", "group", "values"}, [&](const json& a, const std::string& ptr) {
        Attribute attr;
        attr.id = c.unique_id(a, ptr, seen);
        const json* type = c.field(a, ptr, "type", true);
        if (type && c.is_string(*type, ptr + "/type") && !parse_type(type->get<std::string>(), attr.type))
            c.fail(ptr + "/type", describe(*type) + " is not one of \"bool\", \"enum\", \"set\", \"number\", \"list\", \"text\"");
        if (const json* group = c.field(a, ptr, "group", true))
            attr.group = one_of(c, *group, ptr + "/group", valid_groups);
        const bool has_members = attr.type == AttrType::enumeration || attr.type == AttrType::set;
        const json* values = c.field(a, ptr, "values", false);
        if (has_members && !values)
            c.fail(ptr + "/values", "values required for an attribute of type " + std::string(type_name(attr.type)));
        if (!has_members && values) c.fail(ptr + "/values", "values only apply to enum and set attributes");
        if (has_members && values && c.is_array(*values, ptr + "/values", true)) {
            std::set<std::string> members;
            for (std::size_t v = 0; v < values->size(); ++v) {
                const auto vptr = pointer_append(ptr + "/values", v);
                if (!c.is_id((*values)[v], vptr)) continue;
                const auto name = (*values)[v].get<std::string>();
                if (name == kUnknown) c.fail(vptr, "\"unknown\" is reserved and cannot be a member");
                if (!members.insert(name).second) c.fail(vptr, "duplicate id \"" + name + "\"");
                attr.values.push_back(name);
            }
            if (attr.values.size() > 64) {
                c.fail(ptr + "/values", "at most 64 values");
                attr.values.resize(64);  // members index a 64-bit mask: keep later checks in range
            }
        }
        attr_index_.emplace(attr.id, static_cast<int>(out_.attributes_.size()));
        out_.attributes_.push_back(std::move(attr));
    });
}

std::vector<std::string> CatalogueLoader::sources(const JsonCheck& c, const json& entry, const std::string& ptr) const {
    std::vector<std::string> out;
    const json* s = c.field(entry, ptr, "sources", true);
    if (!s || !c.is_array(*s, ptr + "/sources")) return out;
    if (s->empty()) c.fail(ptr + "/sources", "a fact needs at least one source");
    for (std::size_t k = 0; k < s->size(); ++k)
        if (c.is_url((*s)[k], pointer_append(ptr + "/sources", k))) out.push_back((*s)[k].get<std::string>());
    return out;
}

Fact CatalogueLoader::fact(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr) {
    Fact f;
    f.shown = json::object();
    f.shown["attr"] = attr.id;
    f.shown["value"] = nullptr;
    if (const json* s = c.field(j, ptr, "since", false)) c.is_date(*s, ptr + "/since", f.since);
    if (const json* v = c.field(j, ptr, "value", true)) {
        parse_value(attr, *v, c, ptr + "/value", f.value);
        f.shown["value"] = *v;
    }
    if (f.since != kBeginning) f.shown["since"] = format_date(f.since);
    f.shown["sources"] = sources(c, j, ptr);
    if (const json* n = c.field(j, ptr, "note", false); n && c.is_string(*n, ptr + "/note")) f.shown["note"] = *n;
    if (const json* d = c.field(j, ptr, "disputed", false)) {
        // What other sources say: checked like a fact, kept as written for the UI.
        c.each_object(*d, ptr + "/disputed", true, {"value", "sources", "note"}, [&](const json& alt, const std::string& aptr) {
            Value ignored;
            if (const json* v = c.field(alt, aptr, "value", true)) parse_value(attr, *v, c, aptr + "/value", ignored);
            sources(c, alt, aptr);
            if (const json* n = c.field(alt, aptr, "note", false)) c.is_string(*n, aptr + "/note");
        });
        f.shown["disputed"] = *d;
    }
    return f;
}

void CatalogueLoader::history(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr,
                              std::vector<Fact>& out) {
    c.each_object(j, ptr, true, {"since", "value", "sources", "note", "disputed"}, [&](const json& entry, const std::string& hptr) {
        Fact f = fact(c, attr, entry, hptr);
        const bool first = out.empty();
        if (!first && !entry.contains("since"))
            c.fail(hptr + "/since", "since required on every entry after the first");
        else if (!first && f.since != kBeginning && f.since <= out.back().since)
            c.fail(hptr + "/since", "since " + format_date(f.since) + " is not after previous entry's since");
        out.push_back(std::move(f));
    });
}

void CatalogueLoader::messengers(const json& doc) {
    const auto c = check("catalogue.json");
    const json* list = top_level(c, doc, "messengers", {"messengers"});
    if (!list) return;
    std::set<std::string> seen;
    auto text = [&](const json& m, const std::string& ptr, const char* key, bool url, std::string& into) {
        const json* s = c.field(m, ptr, key, true);
        if (s && (url ? c.is_url(*s, ptr + "/" + key) : c.is_string(*s, ptr + "/" + key))) into = s->get<std::string>();
    };
    c.each_object(*list, "/messengers", true, {"id", "name", "homepage", "source_code", "description", "facts"},
                  [&](const json& m, const std::string& ptr) {
        Messenger messenger;
        messenger.facts.resize(out_.attributes_.size());
        messenger.id = c.unique_id(m, ptr, seen);
        text(m, ptr, "name", false, messenger.name);
        text(m, ptr, "homepage", true, messenger.homepage);
        text(m, ptr, "source_code", true, messenger.source_code);
        text(m, ptr, "description", false, messenger.description);
        const json* facts = c.field(m, ptr, "facts", true);
        if (facts && c.is_object(*facts, ptr + "/facts")) {
            for (auto it = facts->begin(); it != facts->end(); ++it) {
                const auto fptr = pointer_append(ptr + "/facts", it.key());
                auto found = attr_index_.find(it.key());
                if (found == attr_index_.end()) {
                    c.fail(fptr, "unknown attribute \"" + it.key() + "\"");
                    continue;
                }
                history(c, out_.attributes_[found->second], it.value(), fptr, messenger.facts[found->second]);
            }
        }
        out_.messenger_index_.emplace(messenger.id, static_cast<int>(out_.messengers_.size()));
        out_.messengers_.push_back(std::move(messenger));
    });
}

}  // namespace mf
