#include "problem.hpp"

namespace mf {

std::string Problem::to_string() const {
    return file + ":" + (pointer.empty() ? std::string("/") : pointer) + ": " + message;
}

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
