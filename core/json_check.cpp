#include "json_check.hpp"

namespace mf {

void JsonCheck::fail(const std::string& pointer, const std::string& message) const {
    sink_.push_back(Problem{file_, pointer, message});
}

static const char* type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::object: return "object";
        case json::value_t::array: return "array";
        case json::value_t::string: return "string";
        case json::value_t::boolean: return "boolean";
        case json::value_t::null: return "null";
        default: return j.is_number() ? "number" : "value";
    }
}

static bool expect(const JsonCheck& c, bool ok, const json& j, const std::string& ptr, const char* what) {
    if (!ok) c.fail(ptr, std::string("expected ") + what + ", got " + type_name(j));
    return ok;
}

bool JsonCheck::is_object(const json& j, const std::string& ptr) const {
    return expect(*this, j.is_object(), j, ptr, "object");
}

bool JsonCheck::is_array(const json& j, const std::string& ptr, bool non_empty) const {
    if (!expect(*this, j.is_array(), j, ptr, "array")) return false;
    if (non_empty && j.empty()) {
        fail(ptr, "must not be empty");
        return false;
    }
    return true;
}

bool JsonCheck::is_string(const json& j, const std::string& ptr) const {
    if (!expect(*this, j.is_string(), j, ptr, "string")) return false;
    if (j.get_ref<const std::string&>().empty()) {
        fail(ptr, "must not be empty");
        return false;
    }
    return true;
}

bool JsonCheck::is_number(const json& j, const std::string& ptr) const {
    return expect(*this, j.is_number(), j, ptr, "number");
}

bool JsonCheck::is_bool(const json& j, const std::string& ptr) const {
    return expect(*this, j.is_boolean(), j, ptr, "boolean");
}

bool JsonCheck::is_id(const json& j, const std::string& ptr, bool allow_namespace) const {
    if (!expect(*this, j.is_string(), j, ptr, "string")) return false;
    if (!is_valid_id(j.get_ref<const std::string&>(), allow_namespace)) {
        fail(ptr, "bad id " + describe(j) + " (lowercase letters, digits, _ and -, starting with a letter)");
        return false;
    }
    return true;
}

bool JsonCheck::is_url(const json& j, const std::string& ptr) const {
    if (!is_string(j, ptr)) return false;
    const auto& s = j.get_ref<const std::string&>();
    if (s.rfind("https://", 0) != 0 && s.rfind("http://", 0) != 0) {
        fail(ptr, "bad url " + describe(j) + " (must start with https:// or http://)");
        return false;
    }
    return true;
}

bool JsonCheck::is_date(const json& j, const std::string& ptr, Date& out) const {
    if (!expect(*this, j.is_string(), j, ptr, "string")) return false;
    switch (parse_date(j.get_ref<const std::string&>(), out)) {
        case DateParse::ok: return true;
        case DateParse::bad_format: fail(ptr, "bad date " + describe(j) + " (expected YYYY-MM-DD)"); return false;
        case DateParse::impossible: fail(ptr, "impossible date " + describe(j)); return false;
    }
    return false;
}

bool JsonCheck::is_weight(const json& j, const std::string& ptr) const {
    if (!is_number(j, ptr)) return false;
    if (j.get<double>() < 0) {
        fail(ptr, "weight " + describe(j) + " must be >= 0");
        return false;
    }
    return true;
}

void JsonCheck::only_keys(const json& obj, const std::string& ptr,
                          std::initializer_list<const char*> allowed) const {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (const char* k : allowed) known = known || it.key() == k;
        if (!known) {
            std::vector<std::string> names(allowed.begin(), allowed.end());
            fail(pointer_append(ptr, it.key()),
                 "unknown key \"" + it.key() + "\" (allowed: " + join_quoted(names) + ")");
        }
    }
}

const json* JsonCheck::field(const json& obj, const std::string& ptr, const char* key, bool required) const {
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) fail(pointer_append(ptr, key), std::string("missing required field \"") + key + "\"");
        return nullptr;
    }
    return &*it;
}

std::string JsonCheck::unique_id(const json& obj, const std::string& ptr, std::set<std::string>& seen,
                                 bool allow_namespace) const {
    const json* id = field(obj, ptr, "id", true);
    const std::string id_ptr = pointer_append(ptr, "id");
    if (!id || !is_id(*id, id_ptr, allow_namespace)) return {};
    const std::string value = id->get<std::string>();
    if (!seen.insert(value).second) fail(id_ptr, "duplicate id \"" + value + "\"");
    return value;
}

}  // namespace mf
