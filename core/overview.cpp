#include "overview.hpp"

namespace mf {

json overview(const Catalogue& cat) {
    json out = cat.data();
    for (std::size_t i = 0; i < cat.messengers().size(); ++i) {
        json& m = out["messengers"][i];
        std::size_t changes = 0;
        for (const auto& history : cat.messengers()[i].facts)
            for (const Fact& f : history) changes += f.since != kBeginning;
        m.erase("facts");
        m["changes"] = changes;
    }
    for (const char* list : {"needs", "criteria"})
        for (json& entry : out[list]) entry.erase("rule");
    return out;
}

}  // namespace mf
