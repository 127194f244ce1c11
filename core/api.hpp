// The string-in, string-out surface the wasm module exposes: JSON text in,
// an {"ok": true, "value": ...} or {"ok": false, "error": {...}} envelope out.
// It lives in core (not wasm/) so it is tested natively. Bad input is an
// error envelope, never a crash: the wasm module has no exceptions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine.hpp"

namespace mf {

class Api {
public:
    // Handle 0 is the compiled-in default data, loaded on first use.
    static constexpr int kDefault = 0;

    // files: {"catalogue.json": "<text>", ...} → a new handle
    std::string load(const std::string& files_json);
    std::string catalogue(int handle);
    // What the widget draws its controls from (overview.hpp).
    std::string overview(int handle);
    // request (docs/data-format.md) → result; `today` fills a missing as_of.
    std::string recommend(int handle, const std::string& request_json, Date today = today_utc());
    // request's as_of → every messenger's facts on that date.
    std::string facts(int handle, const std::string& request_json, Date today = today_utc());
    // ids: a JSON array of messenger ids → compare.hpp's answer for the request.
    std::string compare(int handle, const std::string& request_json, const std::string& ids_json,
                        Date today = today_utc());
    // One messenger's dated changes, marked as of the request's date (timeline.hpp).
    std::string timeline(int handle, const std::string& request_json, const std::string& id, Date today = today_utc());
    // The request under the oldest and the newest profile (profile_diff.hpp).
    std::string changes(int handle, const std::string& request_json, Date today = today_utc());
    void release(int handle);

private:
    const Engine* engine(int handle);
    // Parses the request for `handle` and answers with run(engine, request),
    // or with the error envelope of a bad handle or request.
    // run() returns the answer's value, or sets `error` for a bad argument.
    template <typename Run>
    std::string with_request(int handle, const std::string& request_json, Date today, Run&& run);
    std::vector<std::unique_ptr<Engine>> engines_;
    std::vector<Problem> default_problems_;  // of the compiled-in data, were it invalid
};

}  // namespace mf
