#include "problem.hpp"

namespace mf {

std::string Problem::to_string() const {
    return file + ":" + (pointer.empty() ? std::string("/") : pointer) + ": " + message;
}

static std::string first_message(const std::vector<Problem>& problems) {
    return problems.empty() ? std::string("invalid data") : problems.front().to_string();
}

DataError::DataError(std::vector<Problem> problems)
    : std::runtime_error(first_message(problems)), problems_(std::move(problems)) {}

RequestError::RequestError(std::string pointer, const std::string& message)
    : std::runtime_error(message), pointer_(std::move(pointer)) {}

std::string pointer_append(const std::string& base, const std::string& token) {
    std::string out = base;
    out += '/';
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_append(const std::string& base, std::size_t index) {
    return base + "/" + std::to_string(index);
}

}  // namespace mf
