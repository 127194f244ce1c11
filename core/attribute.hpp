// Attributes are the typed vocabulary of facts; values are stored pre-parsed
// (enum index, set bitmask) so that rule evaluation never compares strings.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "json_check.hpp"

namespace mf {

enum class AttrType { boolean, enumeration, set, number, list, text };

struct Attribute {
    std::string id;
    AttrType type = AttrType::boolean;
    std::string group;
    std::vector<std::string> values;  // enum/set members, at most 64 (one bitmask)

    int member_index(const std::string& name) const;  // -1 when absent
};

struct Value {
    bool known = false;  // false means "unknown"
    bool boolean = false;
    int member = -1;         // enumeration
    std::uint64_t mask = 0;  // set
    double number = 0;
    std::vector<std::string> items;  // list
    std::string text;
};

// The reserved word for "not known", valid for every attribute type.
inline constexpr const char* kUnknown = "unknown";

const char* type_name(AttrType t);
bool parse_type(const std::string& name, AttrType& out);

// Parses `j` as a value of `attr`; records problems at `ptr` and returns false when it does not fit.
bool parse_value(const Attribute& attr, const json& j, const JsonCheck& check, const std::string& ptr, Value& out);

// Parses an enum/set member named in a rule operand.
bool parse_member(const Attribute& attr, const json& j, const JsonCheck& check, const std::string& ptr, int& out);

}  // namespace mf
