// Shared helpers for the engine tests: the shipped data, and short ways to
// ask for a recommendation and read the answer.
#pragma once

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "default_data.hpp"
#include "engine.hpp"

namespace mf_test {

using mf::json;
using mf::ordered_json;

inline const mf::Engine& engine() {
    static const mf::Engine e(mf::Catalogue::load(mf::default_data_files()));
    return e;
}

inline ordered_json recommend(const json& request) { return engine().recommend_json(request, mf::today_utc()); }

inline const ordered_json& result_for(const ordered_json& result, const std::string& id) {
    for (const auto& r : result["results"])
        if (r["id"] == id) return r;
    throw std::runtime_error("no result for " + id);
}

// Ids of the messengers that fit, in ranked order.
inline std::vector<std::string> fitting(const ordered_json& result) {
    std::vector<std::string> out;
    for (const auto& r : result["results"])
        if (r["fits"].get<bool>()) out.push_back(r["id"]);
    return out;
}

inline std::vector<std::string> order(const ordered_json& result) {
    std::vector<std::string> out;
    for (const auto& r : result["results"]) out.push_back(r["id"]);
    return out;
}

inline std::string tier_of(const ordered_json& result, const std::string& id) { return result_for(result, id)["tier"]; }

inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(MF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace mf_test
