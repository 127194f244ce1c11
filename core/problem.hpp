// Errors that name what went wrong and where (file + JSON pointer), so that
// the CLI, the wasm boundary and the page can all show the same message.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace mf {

struct Problem {
    std::string file;     // e.g. "catalogue.json"; empty for requests
    std::string pointer;  // RFC 6901 JSON pointer into that file
    std::string message;

    std::string to_string() const;  // "file:/pointer: message"
};

// The data files are invalid; carries every problem found, not just the first,
// because a catalogue author wants the whole list in one run.
class DataError : public std::runtime_error {
public:
    explicit DataError(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

// A request (needs, answers, profile, date...) is invalid.
class RequestError : public std::runtime_error {
public:
    RequestError(std::string pointer, const std::string& message);
    const std::string& pointer() const { return pointer_; }

private:
    std::string pointer_;
};

// Appends "/token" with RFC 6901 escaping (~ → ~0, / → ~1).
std::string pointer_append(const std::string& base, const std::string& token);
std::string pointer_append(const std::string& base, std::size_t index);

}  // namespace mf
