// Appending JSON text to a string, byte for byte as nlohmann's dump(-1) with
// ensure_ascii and error_handler_t::replace would write it. The result writer
// and the fact texts rendered at load use these, so they need no DOM to
// produce output.
//
// ASCII only: text beyond ASCII is written as \u escapes. A page decodes an
// all-ASCII answer about ten times faster (TextDecoder makes a one-byte
// string) and parses it faster; one "ü" in a 22 KB answer made the whole
// string two-byte (docs/performance.md). Same JSON values either way.
#pragma once

#include <string>

#include "json_check.hpp"

namespace mf {

// A JSON string literal. ASCII is escaped here (the common case: ids, URLs);
// anything with a byte >= 0x80 goes through nlohmann, whose UTF-8 checks,
// replacement and \u escapes must stay the one definition of how such text
// is written.
void put_string(std::string& out, const std::string& s);

// A number held as double: nlohmann writes integral values as "4.0".
void put_number(std::string& out, double x);

// Any JSON value (a fact's value or disputed list, as written).
void put_json(std::string& out, const json& j);

// A literal (JSON punctuation and member names): its length is known here,
// where `out += "..."` would measure it with strlen on every call.
template <std::size_t N>
void put_raw(std::string& out, const char (&text)[N]) {
    out.append(text, N - 1);
}

// A JSON array of `items`, each written by put(item).
template <typename Items, typename Put>
void put_list(std::string& out, const Items& items, Put put) {
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ',';
        first = false;
        put(item);
    }
    out += ']';
}

}  // namespace mf
