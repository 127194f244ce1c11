// Native side of the engine-scaling benchmark (issue 5, group 4). Not a test.
//
//   bench_engine DATA_DIR PLAN.json
//
// PLAN.json (written by tests/bench/engine-bench.mjs):
//   {"today": 20250601, "requests": [{...}, ...], "modes": [{"name": "top20", "limit": 20}, ...],
//    "samples": 15, "min_sample_ms": 30, "loads": 3, "stages": true,
//    "epoch_dates": ["1970-01-01", "2020-12-01", ...]}
//
// Prints one JSON object on stdout. Every figure goes through mf::Api, the
// very string-in/string-out surface the wasm module exports, so native and
// wasm run the same code from request text to result text:
//   load_ms     Api::load(files) — parse + validate + index the catalogue
//   api_us      Api::recommend_at(request text) → result text in the flat form
//               (core/result_text.hpp), which the wasm module writes, per call
//   api_cold_us Api::recommend_at on a date in an epoch the engine holds no
//               verdict columns for: those of the request's rules are computed
//               first (core/verdict_cache.hpp); one call per sample, after
//               untimed calls on 4 other epochs (plan "epoch_dates")
//   core_us     parse_request + Engine::recommend (ranking only, no JSON out)
//   stages_us   the steps of an Api call, cumulative: request text → DOM,
//               + resolve ids, + rank and explain (warm verdicts), + result text in its envelope
// A sample runs the whole request mix (repeated until it lasts at least
// min_sample_ms) and yields the mean µs per call; we report the median and
// p95 over samples. Results are fingerprinted (FNV-1a of the result text) and
// their ids listed so the driver can check wasm and JS return the same (the
// wasm module returns the very same envelope text, byte for byte).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "api.hpp"
#include "engine.hpp"
#include "result_text.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using mf::json;

// The form the wasm module writes (wasm/bindings.cpp): native and wasm time the same work.
constexpr mf::ResultForm kForm = mf::ResultForm::flat;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

json stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto q = [&](double p) {
        const double idx = p * (v.size() - 1);
        const auto lo = static_cast<std::size_t>(idx);
        const auto hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (v[hi] - v[lo]) * (idx - lo);
    };
    return {{"median", q(0.5)}, {"p95", q(0.95)}, {"min", v.front()}, {"n", v.size()}};
}

std::string fnv1a(const std::string& s) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

volatile std::size_t g_sink = 0;

// Runs `call(i)` over the request mix, `reps` times per sample, and returns
// the mean µs per call of each sample, after a warm-up.
template <typename Call>
std::vector<double> time_mix(std::size_t count, int samples, double min_sample_ms, Call call) {
    // Warm-up: at least one pass and 300 ms (caches, allocator).
    const auto start = Clock::now();
    auto t0 = start;
    do {
        t0 = Clock::now();
        for (std::size_t i = 0; i < count; ++i) call(i);
    } while (ms_since(start) < 300);
    const double once = std::max(ms_since(t0), 1e-3);
    const int reps = std::max(1, static_cast<int>(min_sample_ms / once + 0.999));
    std::vector<double> out;
    for (int s = 0; s < samples; ++s) {
        t0 = Clock::now();
        for (int r = 0; r < reps; ++r)
            for (std::size_t i = 0; i < count; ++i) call(i);
        out.push_back(ms_since(t0) * 1000.0 / (reps * count));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: bench_engine DATA_DIR PLAN.json\n";
        return 2;
    }
    try {
        const std::string dir = argv[1];
        const json plan = json::parse(read_file(argv[2]));
        const mf::Date today = plan.at("today").get<int>();
        const int samples = plan.value("samples", 15);
        const double min_sample_ms = plan.value("min_sample_ms", 30.0);
        const int loads = plan.value("loads", 3);

        json files = json::object();
        for (const auto& name : mf::data_file_names()) files[name] = read_file(dir + "/" + name);
        const std::string files_text = files.dump();

        json out;
        // One-time cost: loading the catalogue through the Api, as the wasm does.
        std::vector<double> load_ms;
        mf::Api api;
        int handle = -1;
        api.catalogue(mf::Api::kDefault);  // builds the compiled-in default first, outside the timing
        for (int i = 0; i < loads; ++i) {
            if (handle > 0) api.release(handle);
            const auto t0 = Clock::now();
            const std::string r = api.load(files_text);
            load_ms.push_back(ms_since(t0));
            const json env = json::parse(r);
            if (!env.at("ok").get<bool>()) throw std::runtime_error("load failed: " + r);
            handle = env.at("value").get<int>();
        }
        out["load_ms"] = stats(load_ms);

        // Requests per mode (the plan's mix, with the mode's limit).
        std::vector<std::string> modes;
        std::vector<std::vector<std::string>> texts;
        std::vector<std::vector<json>> requests;
        for (const auto& mode : plan.at("modes")) {
            modes.push_back(mode.at("name").get<std::string>());
            texts.emplace_back();
            requests.emplace_back();
            for (json r : plan.at("requests")) {
                if (!mode.at("limit").is_null()) r["limit"] = mode.at("limit");
                texts.back().push_back(r.dump());
                requests.back().push_back(std::move(r));
            }
        }
        // Phase 1, through the Api: check data, then api_us.
        for (std::size_t k = 0; k < modes.size(); ++k) {
            json& m = out["modes"][modes[k]];
            auto& checks = m["results"] = json::array();
            for (const auto& t : texts[k]) {
                // The ids from the objects form; the fingerprint of the flat one,
                // which is what the module writes and what is timed.
                const std::string r = api.recommend_at(handle, t, today, kForm);
                const json env = json::parse(api.recommend_at(handle, t, today));
                if (!env.at("ok").get<bool>()) throw std::runtime_error("recommend failed: " + r);
                json ids = json::array();
                for (const auto& x : env["value"]["results"]) ids.push_back(x["id"]);
                checks.push_back({{"fnv1a", fnv1a(r)}, {"bytes", r.size()}, {"ids", ids}});
            }
            // First call in an epoch whose verdict columns the engine does not
            // hold (the memo is per epoch, core/verdict_cache.hpp): before each
            // timed call, untimed calls on the 4 epochs after it push its own
            // out. Needs more epochs than the engine keeps.
            std::vector<double> cold;
            const auto epoch_dates = plan.value("epoch_dates", std::vector<std::string>{});
            const std::size_t epochs = epoch_dates.size();
            for (int s = 0; epochs > mf::VerdictCache::kEpochs && s < samples; ++s) {
                json r = requests[k][s % requests[k].size()];
                for (std::size_t p = 1; p <= mf::VerdictCache::kEpochs; ++p) {
                    r["as_of"] = epoch_dates[(s + p) % epochs];
                    g_sink = g_sink + api.recommend_at(handle, r.dump(), today, kForm).size();
                }
                r["as_of"] = epoch_dates[s % epochs];
                const std::string text = r.dump();
                const auto t0 = Clock::now();
                g_sink = g_sink + api.recommend_at(handle, text, today, kForm).size();
                cold.push_back(ms_since(t0) * 1000.0);
            }
            if (!cold.empty()) m["api_cold_us"] = stats(cold);
            m["api_us"] = stats(time_mix(texts[k].size(), samples, min_sample_ms, [&](std::size_t i) {
                g_sink = g_sink + api.recommend_at(handle, texts[k][i], today, kForm).size();
            }));
        }
        // Phase 2, the engine alone (one catalogue in memory at a time).
        api.release(handle);
        std::vector<mf::Problem> problems;
        auto catalogue = mf::Catalogue::load(
            [&] {
                mf::DataFiles d;
                for (const auto& name : mf::data_file_names()) d[name] = files[name].get<std::string>();
                return d;
            }(),
            problems);
        if (!catalogue) throw std::runtime_error("invalid catalogue: " + problems.front().to_string());
        const mf::Engine engine(std::move(*catalogue));
        // Every request of the mix is valid (checked by the Api phase above).
        auto parse = [&](const json& request) {
            mf::RequestError unused;
            return *mf::parse_request(engine.catalogue(), request, today, unused);
        };
        out["messengers"] = engine.catalogue().messengers().size();
        for (std::size_t k = 0; k < modes.size(); ++k) {
            json& m = out["modes"][modes[k]];
            m["core_us"] = stats(time_mix(requests[k].size(), samples, min_sample_ms, [&](std::size_t i) {
                const mf::Result r = engine.recommend(parse(requests[k][i]));
                g_sink = g_sink + r.results.size();
            }));
            // Where an Api call's time goes: the same steps Api::recommend_at
            // takes, timed cumulatively (stage k runs stages 1..k).
            json& stages = m["stages_us"];
            for (int stage = 1; stage <= 4 && plan.value("stages", true); ++stage) {
                stages.push_back(stats(time_mix(texts[k].size(), samples, min_sample_ms, [&](std::size_t i) {
                    std::string unused;
                    const json request = *mf::parse_json(texts[k][i], unused);  // 1 request text → DOM
                    if (stage < 2) return void(g_sink = g_sink + request.size());
                    const mf::Request parsed = parse(request);  // 2 resolve ids
                    if (stage < 3) return void(g_sink = g_sink + parsed.needs.size());
                    const mf::Result result = engine.recommend(parsed);  // 3 rank, explain the returned ones
                    if (stage < 4) return void(g_sink = g_sink + result.results.size());
                    std::string text = "{\"ok\":true,\"value\":";  // 4 the result text in its envelope
                    mf::write_flat_result(text, engine.catalogue(), result);
                    text += '}';
                    g_sink = g_sink + text.size();
                })));
            }
        }
        std::cout << out.dump() << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "bench_engine: " << e.what() << "\n";
        return 1;
    }
}
