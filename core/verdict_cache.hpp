// The verdict of a need or criterion for every messenger on a date, as a
// byte column, memoised for a few epochs. The catalogue is immutable, so a
// column is a pure function of (rule, date), and since facts only change on
// their `since` dates, of (rule, epoch): every date between two changes
// (FactTable::epoch) shares one set of columns. Once an epoch's columns
// exist, a recommend() on any of its dates only folds bytes, however many
// messengers there are. Rules and epochs are few (the real data has a
// handful of change dates), messengers may be 100 000.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "catalogue.hpp"

namespace mf {

class EpochVerdicts {
public:
    EpochVerdicts(std::size_t epoch, std::size_t needs, std::size_t criteria)
        : epoch_(epoch), needs_(needs), columns_(needs + criteria) {}
    std::size_t epoch() const { return epoch_; }
    // By messenger index; only for the needs and criteria asked of VerdictCache::get.
    const Verdict* need(int n) const { return columns_[n].data(); }
    const Verdict* criterion(int c) const { return columns_[needs_ + c].data(); }

private:
    friend class VerdictCache;
    std::size_t epoch_;
    std::size_t needs_;
    std::vector<std::vector<Verdict>> columns_;  // needs, then criteria; empty until computed
};

class VerdictCache {
public:
    // Epochs kept, least recently used dropped first. Each costs one byte per
    // messenger per rule asked about (~3 MB at 100 000 messengers).
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
