#include "json_check.hpp"

#include "json_text.hpp"

NLOHMANN_JSON_NAMESPACE_BEGIN
namespace detail {
template <>
std::string lexer<mf::json, decltype(input_adapter(std::declval<const std::string&>()))>::get_token_string() const {
    std::string result;
    for (const auto c : token_string) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x1F) {
            result.push_back(static_cast<char>(c));
        } else {
            // "<U+%.4X>", as the original prints it
            const char* hex = "0123456789ABCDEF";
            result.append("<U+00").push_back(hex[byte >> 4]);
            result.push_back(hex[byte & 0xF]);
            result.push_back('>');
        }
    }
    return result;
}
}  // namespace detail
NLOHMANN_JSON_NAMESPACE_END

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

namespace {

// nlohmann's DOM builder, keeping a parse error as its message instead of
// throwing it: the wasm module is built without exceptions (CMakeLists.txt).
struct DomBuilder : nlohmann::detail::json_sax_dom_parser<json> {
    explicit DomBuilder(json& root) : json_sax_dom_parser(root, false) {}
    template <typename Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& e) {
        error = e.what();
        return false;
    }
    std::string error;
};

}  // namespace

std::optional<json> parse_json(const std::string& text, std::string& error) {
    // Brackets outside strings give the nesting of any valid prefix exactly, and
    // nlohmann stops at the first invalid byte, so this bounds what it builds.
    std::size_t depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                error = json::parse_error::create(
                            101, i + 1, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", nullptr)
                            .what();
                return std::nullopt;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    json root;
    DomBuilder builder(root);
    // nlohmann's own parser driven directly: json::parse would also compile
    // its callback variant, and json::sax_parse every binary format's reader.
    using Parser = nlohmann::detail::parser<json, decltype(nlohmann::detail::input_adapter(text))>;
    if (!Parser(nlohmann::detail::input_adapter(text)).sax_parse(&builder, true)) {
        error = std::move(builder.error);
        return std::nullopt;
    }
    return root;
}

bool is_valid_id(const std::string& s, bool allow_namespace) {
    auto segment_ok = [](const std::string& seg) {
        if (seg.empty() || seg[0] < 'a' || seg[0] > 'z') return false;
        for (char c : seg)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
        return true;
    };
    const auto colon = s.find(':');
    if (colon == std::string::npos) return segment_ok(s);
    return allow_namespace && segment_ok(s.substr(0, colon)) && segment_ok(s.substr(colon + 1));
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

std::string describe(const json& j) {
    // UTF-8 kept: the message is escaped once, where it is written out.
    std::string s;
    put_json(s, j, Escape::utf8);
    if (s.size() > 80) s = s.substr(0, 77) + "...";
    return s;
}

std::string join_quoted(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += '"' + item + '"';
    }
    return out;
}

}  // namespace mf
