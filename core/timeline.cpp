#include "timeline.hpp"

#include <algorithm>
#include <tuple>

namespace mf {

json timeline(const Catalogue& cat, int messenger, Date as_of) {
    const Messenger& m = cat.messengers()[messenger];
    struct Change {
        Date since;
        int attr;
        std::size_t entry;
    };
    std::vector<Change> changes;
    for (std::size_t a = 0; a < m.facts.size(); ++a)
        for (std::size_t k = 0; k < m.facts[a].size(); ++k)
            if (m.facts[a][k].since != kBeginning) changes.push_back({m.facts[a][k].since, static_cast<int>(a), k});
    std::sort(changes.begin(), changes.end(), [](const Change& x, const Change& y) {
        return std::tie(x.since, x.attr) < std::tie(y.since, y.attr);
    });
    json out = json::object();
    out["id"] = m.id;
    out["name"] = m.name;
    out["as_of"] = format_date(as_of);
    out["changes"] = json::array();
    for (const Change& c : changes) {
        const auto& history = m.facts[c.attr];
        json entry = json::object();
        entry["attr"] = cat.attributes()[c.attr].id;
        entry["since"] = format_date(c.since);
        entry["before"] = c.entry > 0 ? history[c.entry - 1].shown : json(nullptr);
        entry["after"] = history[c.entry].shown;
        entry["current"] = m.fact(c.attr, as_of) == &history[c.entry];
        out["changes"].push_back(std::move(entry));
    }
    return out;
}

}  // namespace mf
