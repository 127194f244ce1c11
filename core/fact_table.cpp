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
            // Few distinct dates (the real data has a handful), so the sorted
            // insert is a binary search that almost always finds the date.
            if (e.since != kBeginning) {
                const auto at = std::lower_bound(change_dates_.begin(), change_dates_.end(), e.since);
                if (at == change_dates_.end() || *at != e.since) change_dates_.insert(at, e.since);
            }
            entries_.push_back(std::move(e));
        }
        ranges_.push_back(static_cast<std::uint32_t>(entries_.size()));
    }
    return true;
}

}  // namespace mf
