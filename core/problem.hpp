// Errors that name what went wrong and where (file + JSON pointer), so that
// the CLI, the wasm boundary and the page can all show the same message.
#pragma once

#include <string>
#include <vector>

namespace mf {

struct Problem {
    std::string file;     // e.g. "catalogue.json"; empty for requests
    std::string pointer;  // RFC 6901 JSON pointer into that file
    std::string message;

    std::string to_string() const;  // "file:/pointer: message"
};

// A request (needs, answers, profile, date...) is invalid. Invalid data files
// are reported as a list of Problems instead: a catalogue author wants every
// mistake in one run. Both are values, never thrown: the wasm module is built
// without exceptions (CMakeLists.txt).
struct RequestError {
    std::string pointer;
    std::string message;
};

// Appends "/token" with RFC 6901 escaping (~ → ~0, / → ~1).
std::string pointer_append(const std::string& base, const std::string& token);
std::string pointer_append(const std::string& base, std::size_t index);

}  // namespace mf
