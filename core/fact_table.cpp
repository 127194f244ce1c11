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
    // Then every dated entry's (messenger, attribute), grouped by the epoch it
    // starts (1..K), by counting: epoch k has seen every change before
    // change_offsets_[k]. Two passes over the table, no sort.
    change_offsets_.assign(change_dates_.size() + 1, 0);
    auto each_dated = [this](auto&& visit) {
        const std::size_t pairs = ranges_.size() - 1;
        for (std::size_t k = 0; k < pairs; ++k)
            for (std::uint32_t i = ranges_[k]; i < ranges_[k + 1]; ++i)
                if (entries_[i].since != kBeginning) visit(epoch(entries_[i].since), k);
    };
    each_dated([this](std::size_t e, std::size_t) { ++change_offsets_[e]; });
    for (std::size_t k = 1; k < change_offsets_.size(); ++k) change_offsets_[k] += change_offsets_[k - 1];
    changes_.resize(change_offsets_.back());
    std::vector<std::size_t> next(change_offsets_.begin(), change_offsets_.end() - 1);
    each_dated([&](std::size_t e, std::size_t k) {
        changes_[next[e - 1]++] = {static_cast<std::uint32_t>(k / attributes_), static_cast<std::uint32_t>(k % attributes_)};
    });
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
