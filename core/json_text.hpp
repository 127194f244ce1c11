// Appending JSON text to a string, byte for byte as nlohmann's dump(-1) with
// error_handler_t::replace would write it (tests/core/json_text_test.cpp
// checks that against nlohmann itself, on random values and random bytes).
// Every JSON text the engine writes goes through here, so the module carries
// no nlohmann serializer: with its output adapters, locale lookup and
// snprintf escapes it was about 2.2 KB gzip of the module (docs/performance.md).
//
// ASCII by default: text beyond ASCII is written as \u escapes. A page decodes
// an all-ASCII answer about ten times faster (TextDecoder makes a one-byte
// string) and parses it faster; one "ü" in a 22 KB answer made the whole
// string two-byte (docs/performance.md). Same JSON values either way.
#pragma once

#include <string>

#include "json_check.hpp"

namespace mf {

enum class Escape { ascii, utf8 };  // nlohmann's ensure_ascii true / false

// A JSON string literal. Bytes that are not UTF-8 become U+FFFD, one per
// maximal invalid subsequence, as nlohmann replaces them.
void put_string(std::string& out, const std::string& s, Escape escape = Escape::ascii);

// An id the loader accepted (is_valid_id: a-z, 0-9, "_", "-", ":"): the
// same literal put_string writes, without looking for bytes to escape. A
// result names hundreds of them (every reason's rule).
void put_id(std::string& out, const std::string& id);

// An integer: its magnitude, and a minus sign when `negative`.
void put_integer(std::string& out, std::uint64_t magnitude, bool negative = false);

// A number held as double: integral values as "4.0", NaN and infinities as null.
void put_number(std::string& out, double x);

// Any JSON value (a fact's value or disputed list, an error's details).
void put_json(std::string& out, const json& j, Escape escape = Escape::ascii);

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
