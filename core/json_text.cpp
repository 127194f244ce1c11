#include "json_text.hpp"

#include <cmath>

namespace mf {

namespace {

// The escape for an ASCII byte, or nullptr when it is written as is.
const char* escape(unsigned char c, char (&buf)[7]) {
    switch (c) {
        case '"': return "\\\"";
        case '\\': return "\\\\";
        case '\b': return "\\b";
        case '\f': return "\\f";
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default:
            if (c >= 0x20) return nullptr;
            static const char hex[] = "0123456789abcdef";
            buf[0] = '\\', buf[1] = 'u', buf[2] = '0', buf[3] = '0', buf[4] = hex[c >> 4], buf[5] = hex[c & 15];
            buf[6] = 0;
            return buf;
    }
}

}  // namespace

void put_string(std::string& out, const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return put_json(out, json(s));
    // Runs between escapes are appended whole: one call per run instead of
    // one per character (under -Oz, push_back is not inlined).
    out += '"';
    const char* run = s.data();
    const char* const end = run + s.size();
    char buf[7];
    for (const char* p = run; p != end; ++p) {
        if (const char* e = escape(static_cast<unsigned char>(*p), buf)) {
            out.append(run, p);
            out += e;
            run = p + 1;
        }
    }
    out.append(run, end);
    out += '"';
}

void put_number(std::string& out, double x) {
    // Weights and scores are small whole numbers almost always; below 1e15 a
    // double's integral value is exact in an integer, so nlohmann's
    // shortest-round-trip printer (or printf, slow in wasm) is only needed
    // for the rest.
    if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) {
        char buf[24];
        char* p = buf + sizeof buf;
        auto u = static_cast<unsigned long long>(std::fabs(x));
        do *--p = static_cast<char>('0' + u % 10);
        while (u /= 10);
        if (std::signbit(x)) *--p = '-';  // nlohmann writes -0.0 too
        out.append(p, buf + sizeof buf);
        out += ".0";
    } else {
        put_json(out, json(x));
    }
}

void put_json(std::string& out, const json& j) { out += j.dump(-1, ' ', true, json::error_handler_t::replace); }

}  // namespace mf
