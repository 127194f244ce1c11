#include "attribute.hpp"

namespace mf {

int Attribute::member_index(const std::string& name) const {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == name) return static_cast<int>(i);
    return -1;
}

const char* type_name(AttrType t) {
    switch (t) {
        case AttrType::boolean: return "bool";
        case AttrType::enumeration: return "enum";
        case AttrType::set: return "set";
        case AttrType::number: return "number";
        case AttrType::list: return "list";
        case AttrType::text: return "text";
    }
    return "?";
}

bool parse_type(const std::string& name, AttrType& out) {
    for (AttrType t : {AttrType::boolean, AttrType::enumeration, AttrType::set, AttrType::number, AttrType::list,
                       AttrType::text}) {
        if (name == type_name(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

bool parse_member(const Attribute& attr, const json& j, const JsonCheck& check, const std::string& ptr, int& out) {
    if (!check.is_string(j, ptr)) return false;
    out = attr.member_index(j.get<std::string>());
    if (out < 0) {
        check.fail(ptr, describe(j) + " is not one of the values of \"" + attr.id + "\": " + join_quoted(attr.values));
        return false;
    }
    return true;
}

bool parse_value(const Attribute& attr, const json& j, const JsonCheck& check, const std::string& ptr, Value& out) {
    out = Value{};
    if (j.is_string() && j.get_ref<const std::string&>() == kUnknown) return true;
    out.known = true;
    switch (attr.type) {
        case AttrType::boolean:
            if (!check.is_bool(j, ptr)) return false;
            out.boolean = j.get<bool>();
            return true;
        case AttrType::enumeration:
            return parse_member(attr, j, check, ptr, out.member);
        case AttrType::set: {
            if (!check.is_array(j, ptr)) return false;
            bool ok = true;
            for (std::size_t i = 0; i < j.size(); ++i) {
                int m = -1;
                const auto p = pointer_append(ptr, i);
                if (!parse_member(attr, j[i], check, p, m)) {
                    ok = false;
                    continue;
                }
                const std::uint64_t bit = std::uint64_t{1} << m;
                if (out.mask & bit) {
                    check.fail(p, "duplicate member " + describe(j[i]));
                    ok = false;
                }
                out.mask |= bit;
            }
            return ok;
        }
        case AttrType::number:
            if (!check.is_number(j, ptr)) return false;
            out.number = j.get<double>();
            return true;
        case AttrType::list: {
            if (!check.is_array(j, ptr)) return false;
            bool ok = true;
            for (std::size_t i = 0; i < j.size(); ++i) {
                if (check.is_string(j[i], pointer_append(ptr, i))) out.items.push_back(j[i].get<std::string>());
                else ok = false;
            }
            return ok;
        }
        case AttrType::text:
            if (!check.is_string(j, ptr)) return false;
            out.text = j.get<std::string>();
            return true;
    }
    return false;
}

}  // namespace mf
