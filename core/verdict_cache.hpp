// The verdict of a need or criterion for every messenger on a date, as a
// column of bits, memoised for a few epochs. The catalogue is immutable, so a
// column is a pure function of (rule, date), and since facts only change on
// their `since` dates, of (rule, epoch): every date between two changes
// (FactTable::epoch) shares one set of columns. Once an epoch's columns
// exist, a recommend() on any of its dates only folds bits, however many
// messengers there are. Rules and epochs are few (the real data has a
// handful of change dates), messengers may be 100 000.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "catalogue.hpp"

namespace mf {

// A verdict column, 64 messengers to a word: bit m % 64 of word m / 64 is
// set when messenger m passes, the same bit of word words + m / 64 when its
// verdict is unknown; neither is a fail. Ranking only asks "passes?", so it
// folds and scores 64 messengers per word where a byte per messenger took a
// step each (docs/performance.md, round 8); explaining one messenger reads
// two bits. Bits past the last messenger are clear.
using VerdictColumn = std::vector<std::uint64_t>;

inline std::size_t verdict_words(std::size_t messengers) { return (messengers + 63) / 64; }

class EpochVerdicts {
public:
    EpochVerdicts(std::size_t epoch, std::size_t needs, std::size_t criteria, std::size_t messengers)
        : epoch_(epoch), needs_(needs), words_(verdict_words(messengers)), columns_(needs + criteria) {}
    std::size_t epoch() const { return epoch_; }
    std::size_t words() const { return words_; }
    // Only for the needs and criteria asked of VerdictCache::get.
    const std::uint64_t* need_passes(int n) const { return columns_[n].data(); }
    const std::uint64_t* criterion_passes(int c) const { return columns_[needs_ + c].data(); }
    Verdict need(int n, std::size_t messenger) const { return at(columns_[n], messenger); }
    Verdict criterion(int c, std::size_t messenger) const { return at(columns_[needs_ + c], messenger); }

private:
    friend class VerdictCache;
    Verdict at(const VerdictColumn& column, std::size_t m) const {
        const std::uint64_t bit = std::uint64_t{1} << (m % 64);
        if (column[m / 64] & bit) return Verdict::pass;
        return column[words_ + m / 64] & bit ? Verdict::unknown : Verdict::fail;
    }
    std::size_t epoch_;
    std::size_t needs_;
    std::size_t words_;
    std::vector<VerdictColumn> columns_;  // needs, then criteria; empty until computed
};

class VerdictCache {
public:
    // Epochs kept, least recently used dropped first. Each costs two bits per
    // messenger per rule asked about (~0.7 MB at 100 000 messengers).
    static constexpr std::size_t kEpochs = 4;

    VerdictCache();
    VerdictCache(VerdictCache&&) noexcept;
    ~VerdictCache();

    // The verdicts on `date` (and every date of its epoch), with at least the
    // columns of `needs` and `criteria`. A missing column is updated from the
    // same rule's column in another kept epoch when fewer facts change between
    // the two than there are messengers (only the messengers whose facts the
    // rule reads changed are evaluated again); the rest are computed in one
    // pass over the catalogue's facts, reading only the attributes those rules
    // read. Thread-safe.
    std::shared_ptr<const EpochVerdicts> get(const Catalogue& cat, Date date, const std::vector<int>& needs,
                                             const std::vector<int>& criteria) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace mf
