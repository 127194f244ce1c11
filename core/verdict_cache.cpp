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
    std::vector<Verdict>* column;
};

void compute(const Catalogue& cat, Date date, const std::vector<Missing>& missing) {
    std::vector<int> attrs;
    for (const auto& m : missing) collect_attributes(*m.rule, attrs);
    const std::size_t n = cat.messengers().size();
    // Filled aside and moved in at the end, so that a column is either
    // complete or empty (empty means "not computed yet").
    std::vector<std::vector<Verdict>> fresh(missing.size(), std::vector<Verdict>(n));
    ValueRow row(cat.attributes().size(), nullptr);
    for (std::size_t i = 0; i < n; ++i) {
        for (int a : attrs) {
            const FactEntry* e = cat.facts().history(i, a).as_of(date);
            row[a] = e ? &e->value : nullptr;
        }
        for (std::size_t k = 0; k < missing.size(); ++k) fresh[k][i] = evaluate(*missing[k].rule, row);
    }
    for (std::size_t k = 0; k < missing.size(); ++k) *missing[k].column = std::move(fresh[k]);
}

}  // namespace

std::shared_ptr<const EpochVerdicts> VerdictCache::get(const Catalogue& cat, Date date, const std::vector<int>& needs,
                                                       const std::vector<int>& criteria) const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    auto& epochs = state_->epochs;
    const std::size_t epoch = cat.facts().epoch(date);
    auto it = std::find_if(epochs.begin(), epochs.end(), [&](const auto& e) { return e->epoch() == epoch; });
    std::shared_ptr<EpochVerdicts> found;
    if (it != epochs.end()) {
        found = *it;
        epochs.erase(it);
    } else {
        found = std::make_shared<EpochVerdicts>(epoch, cat.needs().size(), cat.criteria().size());
        if (epochs.size() == kEpochs) epochs.erase(epochs.begin());  // callers still holding it keep it alive
    }
    epochs.push_back(found);

    std::vector<Missing> missing;
    auto want = [&](const Rule& rule, std::vector<Verdict>& column) {
        const bool listed = std::any_of(missing.begin(), missing.end(), [&](const Missing& m) { return m.column == &column; });
        if (column.empty() && !listed) missing.push_back({&rule, &column});
    };
    for (int n : needs) want(cat.needs()[n].rule, found->columns_[n]);
    for (int c : criteria) want(cat.criteria()[c].rule, found->columns_[found->needs_ + c]);
    // An empty catalogue leaves columns empty: nothing to compute, nothing to read.
    if (!missing.empty() && !cat.messengers().empty()) compute(cat, date, missing);
    return found;
}

}  // namespace mf
