#include "json_text.hpp"

#include <cmath>
#include <cstdint>

namespace mf {

namespace {

const char kHex[] = "0123456789abcdef";

// \uXXXX, lowercase, as nlohmann's "\\u%04x".
void put_u(std::string& out, std::uint32_t u) {
    const char b[6] = {'\\', 'u', kHex[(u >> 12) & 15], kHex[(u >> 8) & 15], kHex[(u >> 4) & 15], kHex[u & 15]};
    out.append(b, 6);
}

// The well-formed UTF-8 sequence starting at s[i] (a byte >= 0x80): its
// length (2..4), with its code point in `cp`. 0 when it is ill-formed, with
// `bad` the bytes (>= 1) of its longest start that some sequence could have
// begun with (Unicode's "maximal subpart"): one U+FFFD stands for those, and
// reading goes on after them. nlohmann's decoder replaces the same bytes.
std::size_t utf8_sequence(const std::string& s, std::size_t i, std::uint32_t& cp, std::size_t& bad) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range; later bytes are 80..BF
    if (lead >= 0xC2 && lead <= 0xDF) len = 2, cp = lead & 0x1Fu;
    else if (lead >= 0xE0 && lead <= 0xEF) len = 3, cp = lead & 0x0Fu, lo = lead == 0xE0 ? 0xA0 : 0x80, hi = lead == 0xED ? 0x9F : 0xBF;
    else if (lead >= 0xF0 && lead <= 0xF4) len = 4, cp = lead & 0x07u, lo = lead == 0xF0 ? 0x90 : 0x80, hi = lead == 0xF4 ? 0x8F : 0xBF;
    else return bad = 1, 0;  // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF
    for (std::size_t k = 1; k < len; ++k, lo = 0x80, hi = 0xBF) {
        const auto c = i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
        if (c < lo || c > hi) return bad = k, 0;
        cp = cp << 6 | (c & 0x3Fu);
    }
    return len;
}

}  // namespace

void put_integer(std::string& out, std::uint64_t magnitude, bool negative) {
    char buf[21];
    char* p = buf + sizeof buf;
    do *--p = static_cast<char>('0' + magnitude % 10);
    while (magnitude /= 10);
    if (negative) *--p = '-';
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void put_id(std::string& out, const std::string& id) {
    out += '"';
    out += id;
    out += '"';
}

void put_string(std::string& out, const std::string& s, Escape escape) {
    out += '"';
    // Bytes written as they are collect in a run, appended whole before the
    // next escape: one append per run rather than per character.
    std::size_t run = 0, i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || (c == 0x7F && escape == Escape::utf8))) {
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t len = 1, bad = 0;
        if (c >= 0x80) {
            len = utf8_sequence(s, i, cp, bad);
            if (len && escape == Escape::utf8) {
                i += len;
                continue;
            }
        }
        out.append(s, run, i - run);
        if (c >= 0x80 && !len) {
            if (escape == Escape::ascii) put_raw(out, "\\ufffd");
            else put_raw(out, "\xEF\xBF\xBD");
            len = bad;
        } else if (c >= 0x80) {
            if (cp <= 0xFFFF) put_u(out, cp);
            else put_u(out, 0xD7C0 + (cp >> 10)), put_u(out, 0xDC00 + (cp & 0x3FF));
        } else {
            switch (c) {
                case '"': put_raw(out, "\\\""); break;
                case '\\': put_raw(out, "\\\\"); break;
                case '\b': put_raw(out, "\\b"); break;
                case '\f': put_raw(out, "\\f"); break;
                case '\n': put_raw(out, "\\n"); break;
                case '\r': put_raw(out, "\\r"); break;
                case '\t': put_raw(out, "\\t"); break;
                default: put_u(out, c);  // other controls, and DEL when ASCII only
            }
        }
        i += len;
        run = i;
    }
    out.append(s, run, n - run);
    out += '"';
}

void put_number(std::string& out, double x) {
    if (!std::isfinite(x)) return put_raw(out, "null");
    // Weights and scores are small whole numbers almost always; below 1e15 a
    // double's integral value is exact in an integer, and this is what
    // nlohmann's shortest-round-trip printer writes for it.
    if (x == std::floor(x) && std::fabs(x) < 1e15) {
        put_integer(out, static_cast<std::uint64_t>(std::fabs(x)), std::signbit(x));  // -0.0 too, as nlohmann
        put_raw(out, ".0");
        return;
    }
    // nlohmann's own Grisu2 printer, which its serializer calls for doubles:
    // the same digits, without the serializer.
    char buf[64];
    const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);
    out.append(buf, static_cast<std::size_t>(end - buf));
}

void put_json(std::string& out, const json& j, Escape escape) {
    switch (j.type()) {
        case json::value_t::object: {
            out += '{';
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (it != j.begin()) out += ',';
                put_string(out, it.key(), escape);
                out += ':';
                put_json(out, it.value(), escape);
            }
            out += '}';
            return;
        }
        case json::value_t::array: return put_list(out, j, [&](const json& item) { put_json(out, item, escape); });
        case json::value_t::string: return put_string(out, *j.get_ptr<const json::string_t*>(), escape);
        case json::value_t::boolean:
            if (*j.get_ptr<const json::boolean_t*>()) put_raw(out, "true");
            else put_raw(out, "false");
            return;
        case json::value_t::number_integer: {
            const std::int64_t v = *j.get_ptr<const json::number_integer_t*>();
            // The magnitude in unsigned arithmetic: -INT64_MIN overflows int64.
            return put_integer(out, v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v), v < 0);
        }
        case json::value_t::number_unsigned: return put_integer(out, *j.get_ptr<const json::number_unsigned_t*>(), false);
        case json::value_t::number_float: return put_number(out, *j.get_ptr<const json::number_float_t*>());
        // null; and binary and discarded values, which parsing JSON text never makes.
        default: return put_raw(out, "null");
    }
}

}  // namespace mf
