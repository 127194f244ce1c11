#include "json.hpp"

namespace mf {

namespace {

// Builds the document through nlohmann's public SAX interface, which also
// hands over parse errors as values and lets the depth be capped.
class DomBuilder : public nlohmann::json_sax<json> {
public:
    explicit DomBuilder(json& root) : root_(root) {}
    std::string error;

    bool null() override { return put(nullptr); }
    bool boolean(bool v) override { return put(v); }
    bool number_integer(number_integer_t v) override { return put(v); }
    bool number_unsigned(number_unsigned_t v) override { return put(v); }
    bool number_float(number_float_t v, const string_t&) override { return put(v); }
    bool string(string_t& v) override { return put(std::move(v)); }
    bool binary(binary_t& v) override { return put(json::binary(std::move(v))); }
    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        // operator[] keeps the first place of a repeated key and the last value, as json::parse does.
        slot_ = &(*stack_.back())[k];
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const json::exception& e) override {
        error = e.what();
        return false;
    }

private:
    json* place(json&& v) {
        if (stack_.empty()) return &(root_ = std::move(v));
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        *slot_ = std::move(v);
        return slot_;
    }
    bool put(json&& v) {
        place(std::move(v));
        return true;
    }
    bool open(json&& container) {
        if (stack_.size() >= kMaxJsonDepth) {
            error = "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
            return false;
        }
        stack_.push_back(place(std::move(container)));
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    json& root_;
    std::vector<json*> stack_;
    json* slot_ = nullptr;
};

}  // namespace

std::optional<json> parse_json(const std::string& text, std::string& error) {
    json root;
    DomBuilder builder(root);
    if (!json::sax_parse(text, &builder)) {
        error = builder.error.empty() ? "invalid JSON" : builder.error;
        return std::nullopt;
    }
    return root;
}

std::string to_text(const json& j, int indent) {
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
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

std::string describe(const json& j) {
    std::string s = to_text(j);
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
