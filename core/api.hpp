// The coarse, string-in/string-out surface the wasm module exposes: JSON in,
// an {ok, value | error} envelope out. It lives in core (not wasm/) so it is
// tested natively. Every failure is an error envelope: the engine throws
// nothing (the wasm module is built without exceptions).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine.hpp"
#include "result_text.hpp"

namespace mf {

class Api {
public:
    // Handle 0 is the compiled-in default data, loaded on first use.
    static constexpr int kDefault = 0;

    // files: {"catalogue.json": "<text>", ...} → {"ok":true,"value":handle}
    std::string load(const std::string& files_json);
    std::string catalogue(int handle);
    // `form`: the result's form (result_text.hpp).
    std::string recommend(int handle, const std::string& request_json, ResultForm form = ResultForm::objects);
    std::string recommend_at(int handle, const std::string& request_json, Date today,
                             ResultForm form = ResultForm::objects);
    // Facts named by number in a flat result → an array of those facts, in order.
    std::string fact_texts(int handle, const int* numbers, std::size_t count);
    // request: {"as_of": "YYYY-MM-DD"} (optional; default today) → write_facts (result_text.hpp).
    std::string facts(int handle, const std::string& request_json);
    std::string facts_at(int handle, const std::string& request_json, Date today);
    void release(int handle);

private:
    const Engine* engine(int handle);
    // Parses and resolves the request text and runs `run(engine, request)`;
    // a bad request becomes an error envelope.
    template <typename Run>
    std::string with_request(int handle, const std::string& request_json, Date today, Run&& run);
    // Runs `run(engine)` for a valid handle, or answers with an error envelope.
    template <typename Run>
    std::string guarded(int handle, Run&& run);
    std::vector<std::unique_ptr<Engine>> engines_;
    std::vector<Problem> default_problems_;  // of the compiled-in data, were it invalid
};

}  // namespace mf
