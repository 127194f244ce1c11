// Every messenger's dated facts in one contiguous table. A catalogue of
// 100 000 messengers has millions of fact entries: one vector per
// (messenger, attribute) meant millions of small allocations and scattered
// reads, which is what ranking spent its time on (docs/performance.md).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <set>
#include <vector>

#include "attribute.hpp"

namespace mf {

inline constexpr Date kBeginning = std::numeric_limits<Date>::min();

// What a rule reads of a fact entry, in 16 bytes: building a verdict column
// reads one of these per messenger and attribute, and with the whole entry
// (since, a Value with its vector and string, the rendered text: 64 bytes
// in wasm) that pass was bound by memory (docs/performance.md, round 8).
struct Reading {
    Date since = kBeginning;  // kBeginning: true from the start
    bool known = false;       // false: the value is "unknown"
    // By the attribute's type: bool 0 or 1; enum the member's index; set the
    // mask; number the double's bits (reading_number); list the number of
    // items; text 0 (rules compare FactShown::value_text).
    std::uint64_t bits = 0;
};

Reading make_reading(const Attribute& attr, Date since, const Value& value);
double reading_number(const Reading& r);

// The rest of an entry: read for the messengers a result shows, and by rules
// on text attributes.
struct FactShown {
    // The entry as a result shows it, {"attr", "value", "since"?, "sources",
    // "note"?, "disputed"?}: immutable, so rendered once at load and only
    // copied into results. The only copy of its sources, note and disputed.
    std::string text;
    std::string value_text;  // text attributes only: the value
};

// One entry as the loader builds it.
struct FactEntry {
    Reading reading;
    FactShown shown;
};

// One (messenger, attribute) history, oldest first.
class History {
public:
    History(const Reading* begin, const Reading* end) : begin_(begin), end_(end) {}
    const Reading* begin() const { return begin_; }
    const Reading* end() const { return end_; }
    std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
    bool empty() const { return begin_ == end_; }
    const Reading& operator[](std::size_t i) const { return begin_[i]; }
    // The entry in effect on `date`, or nullptr when none is.
    const Reading* as_of(Date date) const;

private:
    const Reading* begin_;
    const Reading* end_;
};

class FactTable {
public:
    explicit FactTable(std::size_t attributes = 0) : attributes_(attributes) {}

    // Appends one messenger: its histories by attribute index (attributes() of
    // them). False, and nothing added, when the table would pass 2^32 entries.
    bool add_messenger(std::vector<std::vector<FactEntry>>&& histories);
    // After the last add_messenger: makes change_dates() and epoch() valid.
    void finish();
    void reserve(std::size_t messengers, std::size_t entries);

    std::size_t attributes() const { return attributes_; }
    // Every date on which some fact changes (a `since`), ascending, once each.
    const std::vector<Date>& change_dates() const { return change_dates_; }
    // Which stretch between changes `date` falls in: 0 before the first change
    // date, k from the k-th on. Every history's as_of() gives the same entry
    // on any two dates of one epoch, so whatever is computed from facts for
    // one date holds for all of them.
    std::size_t epoch(Date date) const;
    History history(std::size_t messenger, std::size_t attribute) const {
        const std::size_t k = messenger * attributes_ + attribute;
        return {readings_.data() + ranges_[k], readings_.data() + ranges_[k + 1]};
    }
    // The place in the table of the entry whose reading is `r` (one of this
    // table's): what shown() and a result with fact numbers name it by.
    std::size_t index_of(const Reading* r) const { return static_cast<std::size_t>(r - readings_.data()); }
    // The rest of the entry at that place.
    const FactShown& shown(std::size_t entry) const { return shown_[entry]; }
    std::size_t entries() const { return readings_.size(); }

    // A (messenger, attribute) whose value in effect changes on some change
    // date: the entry starting then, with copies of its reading and of the
    // one before it in the history (known = false when there is none). A new
    // epoch's update walks these in order; looking each up in its history
    // instead was a cache miss or two apiece, most of that update's time at
    // 100 000 messengers (docs/performance.md, round 8).
    struct Change {
        std::uint32_t messenger;
        std::uint32_t attribute;
        std::uint32_t entry;  // index of the entry starting on the change date
        Reading now;
        Reading before;
    };
    // Every (messenger, attribute) whose entry in effect may differ between
    // epochs `a` and `b` (any order): those with an entry starting on a change
    // date between them, in ascending order of that date. Where nothing
    // listed touches what a rule reads, the rule's verdict is the same in
    // both epochs.
    std::pair<const Change*, const Change*> changes_between(std::size_t a, std::size_t b) const {
        if (a > b) std::swap(a, b);
        return {changes_.data() + change_offsets_[a], changes_.data() + change_offsets_[b]};
    }

private:
    std::size_t attributes_;
    std::vector<Reading> readings_;  // every entry, by messenger, then attribute, then date
    std::vector<FactShown> shown_;   // the same entries' rest, in the same order
    // (messenger * attributes + attribute) → its first entry; one more at the end.
    std::vector<std::uint32_t> ranges_ = {0};
    std::vector<Date> change_dates_;
    std::set<Date> dates_;  // the change dates while loading, until finish()
    // Every dated entry's (messenger, attribute), grouped by change date by
    // finish(): those starting on change_dates_[k] are
    // changes_[change_offsets_[k] .. change_offsets_[k + 1]).
    std::vector<Change> changes_;
    std::vector<std::size_t> change_offsets_ = {0};
};

}  // namespace mf
