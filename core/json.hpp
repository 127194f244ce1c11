// The one JSON type of the engine, and reading JSON text without exceptions
// (the wasm module is built without them), through nlohmann's public API.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace mf {

// ordered_json keeps a document's key order: results and error messages list
// keys as the data files do.
using json = nlohmann::ordered_json;

// The deepest nesting of arrays and objects accepted in any text. The rule
// parser and nlohmann's dump() recurse once per level; a 40 kB "[[[[..."
// must be an error, not a stack overflow.
inline constexpr std::size_t kMaxJsonDepth = 64;

// The document, or nothing with `error` set to what is wrong and where.
std::optional<json> parse_json(const std::string& text, std::string& error);

// Compact JSON text; bytes that are not UTF-8 become U+FFFD, never an abort.
std::string to_text(const json& j, int indent = -1);

bool is_valid_id(const std::string& s, bool allow_namespace);
// Short rendering of a JSON value for messages; long ones are cut.
std::string describe(const json& j);
std::string join_quoted(const std::vector<std::string>& items);

}  // namespace mf
