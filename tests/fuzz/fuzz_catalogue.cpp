// libFuzzer target: arbitrary bytes as data files (the loader a custom
// `data-src` catalogue goes through in the browser).
//
// Input layout — the first byte picks a mode:
//   byte % 8 in 0..4: the rest is that one file (data_file_names() order:
//                     attributes, catalogue, needs, criteria, quiz); the other
//                     four are the shipped default data;
//   byte % 8 in 5..7: the rest is split on "\n\x1e\n" into up to five files in
//                     the same order (missing ones stay missing).
// Catalogue::validate and Catalogue::load must never crash, and must agree:
// load refuses, with the same problems, exactly when validate reports
// problems (checked when bit 3 of the mode byte is set). Nothing may throw. A catalogue
// that loads is then asked for recommendations (every need, the first
// profiles, two dates; identical requests must rank identically, top-1 must be
// the head of the full ranking) and a result is serialised.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <tuple>
#include <vector>

#include "default_data.hpp"
#include "engine.hpp"
#include "result_json.hpp"

namespace {

[[noreturn]] void bug(const char* what) {
    std::fprintf(stderr, "fuzz_catalogue: %s\n", what);
    std::abort();
}

mf::DataFiles files_from(const std::uint8_t* data, std::size_t size) {
    const auto& names = mf::data_file_names();
    mf::DataFiles files;
    if (size == 0) return mf::default_data_files();
    const unsigned mode = data[0] % 8;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (mode < names.size()) {
        files = mf::default_data_files();
        files[names[mode]] = rest;
        return files;
    }
    static const std::string sep = "\n\x1e\n";
    std::size_t start = 0;
    for (const auto& name : names) {
        const std::size_t end = rest.find(sep, start);
        files[name] = rest.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (end == std::string::npos) break;
        start = end + sep.size();
    }
    return files;
}

// The ranking as (messenger, tier, fits, score) tuples, to compare two runs cheaply.
std::vector<std::tuple<int, int, bool, double>> ranking(const mf::Result& r) {
    std::vector<std::tuple<int, int, bool, double>> out;
    for (const auto& m : r.results) out.emplace_back(m.messenger, m.tier_rank, m.fits, m.score);
    return out;
}

// The writer must give JSON for anything the loader accepted (hostile strings included).
void written(const mf::Engine& engine, const mf::Result& result) {
    const std::string text = mf::to_text(mf::result_json(engine.catalogue(), result));
    if (!mf::json::accept(text)) bug("result text is not JSON");
}

// Kept light: a valid catalogue costs milliseconds per recommendation under
// the sanitizers, and throughput is what finds bugs.
void exercise(const mf::Engine& engine) {
    const auto& cat = engine.catalogue();
    mf::Request r;
    for (std::size_t n = 0; n < cat.needs().size(); ++n) {
        r.needs.push_back(static_cast<int>(n));
        r.prefer.emplace_back(static_cast<int>(n), 1.5);
    }
    for (std::size_t p = 0; p < cat.profiles().size() && p < 3; ++p) {
        r.profile = static_cast<int>(p);
        for (const mf::Date date : {mf::kBeginning, 20240615}) {
            r.as_of = date;
            r.limit = 0;
            const mf::Result full = engine.recommend(r);
            if (ranking(engine.recommend(r)) != ranking(full)) bug("same request, different answer");
            r.limit = 1;
            const mf::Result top = engine.recommend(r);
            if (!full.results.empty() && (top.results.size() != 1 || ranking(top)[0] != ranking(full)[0]))
                bug("top-1 is not the head of the full ranking");
            written(engine, top);
        }
    }
    r.limit = 0;
    written(engine, engine.recommend(r));
    // The JSON vocabulary too, with one answer to every question, marked important.
    mf::json answers = mf::json::object();
    for (const auto& q : cat.quiz().questions)
        if (!q.answers.empty()) answers[q.id] = {{"choice", q.answers.back().id}, {"important", true}};
    // A valid catalogue's own answers make a valid request.
    mf::RequestError bad;
    if (!mf::parse_request(cat, {{"answers", answers}, {"as_of", "2023-06-01"}}, 20240615, bad))
        bug("a catalogue's own quiz answers were refused");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const mf::DataFiles files = files_from(data, size);
    // Both entry points parse everything, so the cross-check runs on half the
    // inputs (bit 3 of the mode byte) to keep throughput up.
    const bool cross_check = size > 0 && (data[0] & 8);
    std::vector<mf::Problem> problems;
    if (cross_check) {
        problems = mf::Catalogue::validate(files);
        for (const auto& p : problems)
            if (p.message.empty()) bug("problem without a message");
    }
    std::vector<mf::Problem> load_problems;
    auto catalogue = mf::Catalogue::load(files, load_problems);
    if (catalogue.has_value() == !load_problems.empty()) bug("load's answer and its problems disagree");
    if (cross_check && load_problems.size() != problems.size()) bug("load and validate disagree");
    if (catalogue) exercise(mf::Engine(std::move(*catalogue)));
    return 0;
}
