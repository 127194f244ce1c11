#include "fact_table.hpp"

#include <stdexcept>

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

void FactTable::add_messenger(std::vector<std::vector<FactEntry>>&& histories) {
    for (auto& history : histories) {
        for (auto& e : history) entries_.push_back(std::move(e));
        if (entries_.size() > std::numeric_limits<std::uint32_t>::max())
            throw std::length_error("more than 2^32 fact entries");
        ranges_.push_back(static_cast<std::uint32_t>(entries_.size()));
    }
}

}  // namespace mf
