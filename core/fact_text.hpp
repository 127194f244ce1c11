// How a fact appears in results (a reason's facts, the facts view):
// {"attr", "value", "since"?, "sources", "note"?, "disputed"?}, in that order
// (docs/data-format.md). Fact entries never change, so the loader renders
// each once and results only copy the text.
#pragma once

#include <string>
#include <vector>

#include "attribute.hpp"
#include "fact_table.hpp"

namespace mf {

struct FactParts {
    const json* value = nullptr;  // as written; nullptr when missing (invalid data)
    Date since = kBeginning;      // kBeginning: not shown
    const std::vector<std::string>* sources = nullptr;
    const std::string* note = nullptr;     // empty: not shown
    const json* disputed = nullptr;        // nullptr or null: not shown
};

std::string fact_text(const Attribute& attr, const FactParts& parts);

// An attribute with no entry in effect on the date asked about.
void put_unknown_fact(std::string& out, const Attribute& attr);

}  // namespace mf
