// Declarative rules over attributes (the grammar is in docs/data-format.md).
// Parsed once against the attribute table; evaluated with three-valued logic
// because "we don't know" must stay distinguishable from "no".
#pragma once

#include <cstdint>
#include <string>
#include <map>
#include <vector>

#include "attribute.hpp"

namespace mf {

enum class Verdict : std::uint8_t { fail, pass, unknown };
const char* verdict_name(Verdict v);

struct Rule {
    enum class Op { eq, in, has, has_all, has_any, has_none, not_empty, gte, lte, all, any, negate };
    Op op = Op::eq;
    int attr = -1;  // leaf rules only

    // Operands, by attribute type: bool → boolean; enum → members; set → mask;
    // number → numbers; text → texts.
    bool boolean = false;
    std::vector<int> members;
    std::uint64_t mask = 0;
    std::vector<double> numbers;
    std::vector<std::string> texts;

    std::vector<Rule> children;  // all / any / not
};

using AttributeIndex = std::map<std::string, int>;

bool parse_rule(const json& j, const std::string& ptr, const std::vector<Attribute>& attrs,
                const AttributeIndex& index, const JsonCheck& check, Rule& out);

// `row[attr]`: one messenger's value of each attribute on a date; nullptr
// (no fact then) reads as unknown, like the value "unknown".
using ValueRow = std::vector<const Value*>;
Verdict evaluate(const Rule& rule, const ValueRow& values);

// The attributes a rule reads, in first-use order, without repeats.
void collect_attributes(const Rule& rule, std::vector<int>& out);

}  // namespace mf
