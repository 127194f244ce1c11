#include "fact_table.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace mf {

Reading make_reading(const Attribute& attr, Date since, const Value& value) {
    Reading r;
    r.since = since;
    r.known = value.known;
    if (!value.known) return r;
    switch (attr.type) {
        case AttrType::boolean: r.bits = value.boolean; break;
        case AttrType::enumeration: r.bits = static_cast<std::uint64_t>(value.member); break;
        case AttrType::set: r.bits = value.mask; break;
        case AttrType::number: std::memcpy(&r.bits, &value.number, sizeof r.bits); break;
        case AttrType::list: r.bits = value.items.size(); break;
        case AttrType::text: break;
    }
    return r;
}

double reading_number(const Reading& r) {
    double d;
    std::memcpy(&d, &r.bits, sizeof d);
    return d;
}

const Reading* History::as_of(Date date) const {
    for (const Reading* e = end_; e != begin_; --e)
        if ((e - 1)->since <= date) return e - 1;
    return nullptr;
}

std::size_t FactTable::epoch(Date date) const {
    return static_cast<std::size_t>(std::upper_bound(change_dates_.begin(), change_dates_.end(), date) -
                                    change_dates_.begin());
}

void FactTable::finish() {
    // The distinct dates, in order, from the set they were gathered in: a
    // catalogue has a few (a hostile one at most one per entry, each a tree
    // node while loading). A std::sort of every dated entry's date was
    // another copy of the sort in the module (0.5 KB gzip, round 8).
    change_dates_.assign(dates_.begin(), dates_.end());
    dates_.clear();
    // Then every dated entry's (messenger, attribute), grouped by the epoch it
    // starts (1..K), by counting: epoch k has seen every change before
    // change_offsets_[k]. Two passes over the table, no sort.
    change_offsets_.assign(change_dates_.size() + 1, 0);
    auto each_dated = [this](auto&& visit) {
        const std::size_t pairs = ranges_.size() - 1;
        for (std::size_t k = 0; k < pairs; ++k)
            for (std::uint32_t i = ranges_[k]; i < ranges_[k + 1]; ++i)
                if (readings_[i].since != kBeginning) visit(epoch(readings_[i].since), k, i);
    };
    each_dated([this](std::size_t e, std::size_t, std::uint32_t) { ++change_offsets_[e]; });
    for (std::size_t k = 1; k < change_offsets_.size(); ++k) change_offsets_[k] += change_offsets_[k - 1];
    changes_.resize(change_offsets_.back());
    std::vector<std::size_t> next(change_offsets_.begin(), change_offsets_.end() - 1);
    each_dated([&](std::size_t e, std::size_t k, std::uint32_t i) {
        // A dated entry may be the first of its history: nothing came before it.
        changes_[next[e - 1]++] = {static_cast<std::uint32_t>(k / attributes_), static_cast<std::uint32_t>(k % attributes_),
                                   i, readings_[i], i > ranges_[k] ? readings_[i - 1] : Reading{}};
    });
}

void FactTable::reserve(std::size_t messengers, std::size_t entries) {
    ranges_.reserve(messengers * attributes_ + 1);
    readings_.reserve(entries);
    shown_.reserve(entries);
}

bool FactTable::add_messenger(std::vector<std::vector<FactEntry>>&& histories) {
    std::size_t count = 0;
    for (const auto& history : histories) count += history.size();
    if (count > std::numeric_limits<std::uint32_t>::max() - readings_.size()) return false;
    for (auto& history : histories) {
        for (auto& e : history) {
            if (e.reading.since != kBeginning) dates_.insert(e.reading.since);
            readings_.push_back(e.reading);
            shown_.push_back(std::move(e.shown));
        }
        ranges_.push_back(static_cast<std::uint32_t>(readings_.size()));
    }
    return true;
}

}  // namespace mf
