#include "verdict_cache.hpp"

#include <algorithm>
#include <mutex>

namespace mf {

struct VerdictCache::State {
    std::mutex mutex;
    std::vector<std::shared_ptr<EpochVerdicts>> epochs;  // most recently used last
};

VerdictCache::VerdictCache() : state_(std::make_unique<State>()) {}
VerdictCache::VerdictCache(VerdictCache&&) noexcept = default;
VerdictCache::~VerdictCache() = default;

namespace {

struct Missing {
    const Rule* rule;
    VerdictColumn* column;
};

// Sets messenger m's verdict in `column` (verdict_cache.hpp), `words` words to a half.
void put(VerdictColumn& column, std::size_t words, std::size_t m, Verdict v) {
    const std::uint64_t bit = std::uint64_t{1} << (m % 64);
    std::uint64_t& pass = column[m / 64];
    std::uint64_t& unknown = column[words + m / 64];
    pass = v == Verdict::pass ? pass | bit : pass & ~bit;
    unknown = v == Verdict::unknown ? unknown | bit : unknown & ~bit;
}

// `r`, the reading of the table's entry `entry`, as rules read it. The
// text's address only: its memory is read by text rules alone, and never for
// an unknown value.
FactView fact_view(const FactTable& facts, const Reading& r, std::size_t entry) {
    return {&r, r.known ? &facts.shown(entry).value_text : nullptr};
}

// The values in effect on `date` of one messenger's `attrs`, into `row`.
void fill_row(const Catalogue& cat, std::size_t messenger, const std::vector<int>& attrs, Date date, ValueRow& row) {
    for (int a : attrs) {
        const Reading* r = cat.facts().history(messenger, a).as_of(date);
        row[a] = r ? fact_view(cat.facts(), *r, cat.facts().index_of(r)) : FactView{};
    }
}

// A column to bring over from another kept epoch (`epoch`, its index in the
// cache's list): `from` is the same rule's column there.
struct Stale {
    const Rule* rule;
    VerdictColumn* column;
    const VerdictColumn* from;
    std::size_t epoch;
};

// The verdicts on `date` of the rules in `stale` that come from `epoch`,
// whose facts differ from `date`'s only in `changes` (`forward`: `epoch` is
// the earlier of the two): the messengers with a change to an attribute such
// a rule reads are evaluated again, the others keep theirs. One pass over the
// changes for all those rules (round 7). A rule that reads nothing but the
// changed attribute reads the change's own copy of its value: the entry that
// starts then going forward, the one before it going back. Walked from the
// far end towards `date`'s epoch, the last change of a (messenger, attribute)
// written is the one in effect on `date`. Other rules look their facts up as
// of `date`, as compute() does. (docs/performance.md, round 8.)
void update(const Catalogue& cat, Date date, const std::vector<Stale>& stale, std::size_t epoch, bool forward,
            std::pair<const FactTable::Change*, const FactTable::Change*> changes) {
    const FactTable& facts = cat.facts();
    const std::size_t attributes = cat.attributes().size();
    const std::size_t words = verdict_words(cat.messengers().size());
    // For each attribute: the rules that read it, and every attribute those
    // rules read (what a change to it makes us look up).
    std::vector<std::vector<int>> readers(attributes), lookups(attributes);
    // Updated aside and moved in at the end, as compute() does, so that a
    // column is either complete or empty even if an allocation fails.
    std::vector<VerdictColumn> fresh(stale.size());
    std::vector<int> attrs;
    for (std::size_t k = 0; k < stale.size(); ++k) {
        if (stale[k].epoch != epoch) continue;
        attrs.clear();
        collect_attributes(*stale[k].rule, attrs);
        for (int a : attrs) {
            readers[static_cast<std::size_t>(a)].push_back(static_cast<int>(k));
            collect_attributes(*stale[k].rule, lookups[static_cast<std::size_t>(a)]);
        }
        fresh[k] = *stale[k].from;
    }
    ValueRow row(attributes);
    const std::size_t count = static_cast<std::size_t>(changes.second - changes.first);
    for (std::size_t i = 0; i < count; ++i) {
        const FactTable::Change& c = forward ? changes.first[i] : changes.second[-1 - static_cast<std::ptrdiff_t>(i)];
        const auto& rules = readers[c.attribute];
        if (rules.empty()) continue;
        if (lookups[c.attribute].size() == 1) {
            // `before` is unknown when no entry comes before, so entry - 1 is then never read.
            row[c.attribute] = forward ? fact_view(facts, c.now, c.entry) : fact_view(facts, c.before, c.entry - 1);
        } else {
            fill_row(cat, c.messenger, lookups[c.attribute], date, row);
        }
        for (int k : rules) put(fresh[k], words, c.messenger, evaluate(*stale[k].rule, row));
    }
    for (std::size_t k = 0; k < stale.size(); ++k)
        if (stale[k].epoch == epoch) *stale[k].column = std::move(fresh[k]);
}

void compute(const Catalogue& cat, Date date, const std::vector<Missing>& missing) {
    std::vector<int> attrs;
    for (const auto& m : missing) collect_attributes(*m.rule, attrs);
    const std::size_t n = cat.messengers().size();
    // Filled aside and moved in at the end, so that a column is either
    // complete or empty (empty means "not computed yet").
    const std::size_t words = verdict_words(n);
    std::vector<VerdictColumn> fresh(missing.size(), VerdictColumn(2 * words));
    ValueRow row(cat.attributes().size());
    for (std::size_t i = 0; i < n; ++i) {
        fill_row(cat, i, attrs, date, row);
        for (std::size_t k = 0; k < missing.size(); ++k) put(fresh[k], words, i, evaluate(*missing[k].rule, row));
    }
    for (std::size_t k = 0; k < missing.size(); ++k) *missing[k].column = std::move(fresh[k]);
}

}  // namespace

std::shared_ptr<const EpochVerdicts> VerdictCache::get(const Catalogue& cat, Date date, const std::vector<int>& needs,
                                                       const std::vector<int>& criteria) const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    auto& epochs = state_->epochs;
    const std::size_t epoch = cat.facts().epoch(date);
    const std::size_t n = cat.messengers().size();
    auto it = std::find_if(epochs.begin(), epochs.end(), [&](const auto& e) { return e->epoch() == epoch; });
    std::shared_ptr<EpochVerdicts> found;
    if (it != epochs.end()) {
        found = *it;
        epochs.erase(it);
    } else {
        found = std::make_shared<EpochVerdicts>(epoch, cat.needs().size(), cat.criteria().size(), n);
        if (epochs.size() == kEpochs) epochs.erase(epochs.begin());  // callers still holding it keep it alive
    }
    epochs.push_back(found);

    // A missing column is updated from the same rule's column in another kept
    // epoch when fewer (messenger, attribute) facts change between the two
    // than there are messengers; otherwise computed in one pass with the rest.
    std::vector<Missing> missing;
    std::vector<Stale> stale;
    auto want = [&](const Rule& rule, std::size_t index) {
        VerdictColumn& column = found->columns_[index];
        const bool listed =
            std::any_of(missing.begin(), missing.end(), [&](const Missing& m) { return m.column == &column; }) ||
            std::any_of(stale.begin(), stale.end(), [&](const Stale& s) { return s.column == &column; });
        if (!column.empty() || listed || n == 0) return;
        std::size_t from = epochs.size(), cost = n;
        for (std::size_t e = 0; e < epochs.size(); ++e) {
            const auto& other = epochs[e];
            if (other == found || other->columns_[index].empty()) continue;
            const auto between = cat.facts().changes_between(other->epoch(), epoch);
            const auto count = static_cast<std::size_t>(between.second - between.first);
            if (count < cost) from = e, cost = count;
        }
        if (from < epochs.size()) stale.push_back({&rule, &column, &epochs[from]->columns_[index], from});
        else missing.push_back({&rule, &column});
    };
    for (int need : needs) want(cat.needs()[need].rule, static_cast<std::size_t>(need));
    for (int c : criteria) want(cat.criteria()[c].rule, found->needs_ + static_cast<std::size_t>(c));
    for (std::size_t e = 0; e < epochs.size(); ++e)
        if (std::any_of(stale.begin(), stale.end(), [&](const Stale& s) { return s.epoch == e; }))
            update(cat, date, stale, e, epochs[e]->epoch() < epoch, cat.facts().changes_between(epochs[e]->epoch(), epoch));
    // An empty catalogue leaves columns empty: nothing to compute, nothing to read.
    if (!missing.empty()) compute(cat, date, missing);
    return found;
}

}  // namespace mf
