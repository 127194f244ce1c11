#include "json_text.hpp"

#include <cmath>
#include <cstdio>

namespace mf {

void put_string(std::string& out, const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return put_json(out, json(s));
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

void put_number(std::string& out, double x) {
    // Weights and scores are small whole numbers almost always; below 1e15 a
    // double's integral value prints exactly with %.0f, so nlohmann's
    // shortest-round-trip printer is only needed for the rest.
    if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f.0", x);
        out += buf;
    } else {
        put_json(out, json(x));
    }
}

void put_json(std::string& out, const json& j) { out += j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace mf
