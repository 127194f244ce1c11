#include "fact_table.hpp"

#include <limits>

namespace mf {

const FactEntry* History::as_of(Date date) const {
    for (const FactEntry* e = end_; e != begin_; --e)
        if ((e - 1)->since <= date) return e - 1;
    return nullptr;
}

void FactTable::reserve(std::size_t messengers, std::size_t entries) {
    ranges_.reserve(messengers * attributes_ + 1);
    entries_.reserve(entries);
}

bool FactTable::add_messenger(std::vector<std::vector<FactEntry>>&& histories) {
    std::size_t count = 0;
    for (const auto& history : histories) count += history.size();
    if (count > std::numeric_limits<std::uint32_t>::max() - entries_.size()) return false;
    for (auto& history : histories) {
        for (auto& e : history) entries_.push_back(std::move(e));
        ranges_.push_back(static_cast<std::uint32_t>(entries_.size()));
    }
    return true;
}

}  // namespace mf
