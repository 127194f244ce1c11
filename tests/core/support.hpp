// Shared helpers for the engine tests: the shipped data, and short ways to
// ask for a recommendation and read the answer.
#pragma once

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "default_data.hpp"
#include "result_json.hpp"

namespace mf_test {

using mf::json;
using ordered_json = mf::json;

// The engine reports bad input as values; these test helpers turn the
// unexpected ones into exceptions, which Catch2 reports with their message.
struct RequestFailed : std::runtime_error {
    explicit RequestFailed(mf::RequestError e) : std::runtime_error(e.pointer + ": " + e.message), error(std::move(e)) {}
    mf::RequestError error;
};

// The problems Catalogue::load reported (empty when it loaded).
inline std::vector<mf::Problem> load_problems(const mf::DataFiles& files) {
    std::vector<mf::Problem> problems;
    const bool loaded = mf::Catalogue::load(files, problems).has_value();
    if (loaded != problems.empty()) throw std::logic_error("load and its problems disagree");
    return problems;
}

inline mf::Catalogue load_valid(const mf::DataFiles& files) {
    std::vector<mf::Problem> problems;
    auto catalogue = mf::Catalogue::load(files, problems);
    if (!catalogue) throw std::runtime_error("invalid data: " + problems.front().to_string());
    return std::move(*catalogue);
}

inline mf::Request parse_valid(const mf::Catalogue& catalogue, const json& request, mf::Date today) {
    mf::RequestError error;
    auto parsed = mf::parse_request(catalogue, request, today, error);
    if (!parsed) throw RequestFailed(std::move(error));
    return std::move(*parsed);
}

inline ordered_json recommend_with(const mf::Engine& e, const json& request, mf::Date today) {
    return mf::result_json(e.catalogue(), e.recommend(parse_valid(e.catalogue(), request, today)));
}

inline const mf::Engine& engine() {
    static const mf::Engine e(load_valid(mf::default_data_files()));
    return e;
}

inline ordered_json recommend(const json& request) { return recommend_with(engine(), request, mf::today_utc()); }

// The whole entry behind a reason's fact (sources, note, disputed), as the
// engine's facts table for that date gives it.
inline ordered_json detail(const mf::Engine& e, const std::string& messenger, const std::string& attr,
                           const std::string& as_of) {
    mf::Date date = 0;
    if (mf::parse_date(as_of, date) != mf::DateParse::ok) throw std::runtime_error("bad date " + as_of);
    const ordered_json table = mf::facts_json(e.catalogue(), date);
    for (const auto& m : table["messengers"])
        if (m["id"] == messenger)
            for (const auto& f : m["facts"])
                if (f["attr"] == attr) return f;
    throw std::runtime_error("no fact " + messenger + "/" + attr);
}

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
