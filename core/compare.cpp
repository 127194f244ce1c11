#include "compare.hpp"

#include <algorithm>

#include "result_json.hpp"

namespace mf {

json compare(const Engine& engine, const Request& request, const std::vector<int>& messengers) {
    const Catalogue& cat = engine.catalogue();
    Request everything = request;
    everything.limit = 0;
    Result result = engine.recommend(everything);
    auto chosen = [&](const MessengerResult& r) {
        return std::find(messengers.begin(), messengers.end(), r.messenger) != messengers.end();
    };
    result.results.erase(std::remove_if(result.results.begin(), result.results.end(),
                                        [&](const MessengerResult& r) { return !chosen(r); }),
                         result.results.end());
    json out = result_json(cat, result);
    for (std::size_t i = 0; i < result.results.size(); ++i) {
        const Messenger& m = cat.messengers()[result.results[i].messenger];
        const ValueRow row = values_on(m, request.as_of);
        json& entry = out["results"][i];
        entry["every_need"] = json::array();
        for (std::size_t n = 0; n < cat.needs().size(); ++n) {
            const Reason need{ReasonKind::need, static_cast<int>(n), evaluate(cat.needs()[n].rule, row), 0};
            entry["every_need"].push_back(reason_json(cat, m, need, request.as_of));
        }
        entry["facts"] = json::array();
        for (std::size_t a = 0; a < cat.attributes().size(); ++a)
            entry["facts"].push_back(fact_json(cat, m, static_cast<int>(a), request.as_of));
    }
    return out;
}

}  // namespace mf
