#include "fact_table.hpp"

#include <algorithm>
#include <limits>

namespace mf {

const FactEntry* History::as_of(Date date) const {
    for (const FactEntry* e = end_; e != begin_; --e)
        if ((e - 1)->since <= date) return e - 1;
    return nullptr;
}

std::size_t FactTable::epoch(Date date) const {
    return static_cast<std::size_t>(std::upper_bound(change_dates_.begin(), change_dates_.end(), date) -
                                    change_dates_.begin());
}

void FactTable::finish() {
    // Sorted once at the end, not kept sorted on insert: a hostile catalogue
    // could give every entry a date of its own (millions).
    std::sort(change_dates_.begin(), change_dates_.end());
    change_dates_.erase(std::unique(change_dates_.begin(), change_dates_.end()), change_dates_.end());
    change_dates_.shrink_to_fit();
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
        for (auto& e : history) {
            if (e.since != kBeginning) change_dates_.push_back(e.since);  // sorted by finish()
            entries_.push_back(std::move(e));
        }
        ranges_.push_back(static_cast<std::uint32_t>(entries_.size()));
    }
    return true;
}

}  // namespace mf
