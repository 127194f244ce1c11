// Declarative rules over attributes (the grammar is in docs/data-format.md).
// Parsed once against the attribute table; evaluated with three-valued logic
// because "we don't know" must stay distinguishable from "no".
#pragma once

#include <cstdint>
#include <string>
#include <map>
#include <vector>

#include "attribute.hpp"
#include "fact_table.hpp"

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

// An ordered map, like the catalogue's other id indices: one container type
// in the module instead of two (a hash table cost ~1.5 KB gzip), and with a
// few dozen attributes a lookup is about as fast either way.
using AttributeIndex = std::map<std::string, int>;

bool parse_rule(const json& j, const std::string& ptr, const std::vector<Attribute>& attrs,
                const AttributeIndex& index, const JsonCheck& check, Rule& out);

// One messenger's fact for an attribute as rules read it: the reading in
// effect (nullptr when there is none, which reads as unknown) and, for text
// attributes, its text.
struct FactView {
    const Reading* reading = nullptr;
    const std::string* text = nullptr;
};
// `values[attr]`: the fact in effect for one messenger.
using ValueRow = std::vector<FactView>;
Verdict evaluate(const Rule& rule, const ValueRow& values);

// The attributes a rule reads, in first-use order, without repeats.
void collect_attributes(const Rule& rule, std::vector<int>& out);

}  // namespace mf
