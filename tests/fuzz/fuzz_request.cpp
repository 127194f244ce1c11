// libFuzzer target: arbitrary bytes as a request, against the shipped data.
//
// Two paths, both must survive anything:
//  1. Api::recommend and Api::facts (the wasm boundary): always a JSON envelope.
//  2. parse_json + parse_request + Engine::recommend + result_json directly: a
//     bad request is a RequestError value with a message, and the text written
//     must be JSON.
// Nothing may throw (the wasm module has no exceptions): an exception escaping
// here, e.g. a nlohmann type_error, stops the fuzzer as a crash.
// Also: parse_date on the same bytes, which must round-trip when it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "api.hpp"
#include "default_data.hpp"
#include "engine.hpp"
#include "result_json.hpp"

namespace {

constexpr mf::Date kToday = 20240615;

[[noreturn]] void bug(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_request: %s\n%s\n", what, detail.substr(0, 2000).c_str());
    std::abort();
}

const mf::Engine& engine() {
    static const mf::Engine e([] {
        std::vector<mf::Problem> problems;
        auto catalogue = mf::Catalogue::load(mf::default_data_files(), problems);
        if (!catalogue) bug("the compiled-in data is invalid", problems.front().to_string());
        return std::move(*catalogue);
    }());
    return e;
}

mf::Api& api() {
    static mf::Api a;
    return a;
}

// A member, or null when absent (const operator[] on a missing key is undefined).
mf::json member(const mf::json& j, const char* key) {
    const auto it = j.find(key);
    return it == j.end() ? mf::json() : *it;
}

void check_envelope(const std::string& out) {
    const auto env = mf::json::parse(out, nullptr, /*allow_exceptions=*/false);
    if (env.is_discarded() || !env.is_object()) bug("envelope is not a JSON object", out);
    const auto ok = env.find("ok");
    if (ok == env.end() || !ok->is_boolean()) bug("envelope has no boolean \"ok\"", out);
    if (ok->get<bool>()) {
        if (!env.contains("value")) bug("ok envelope without value", out);
        return;
    }
    const auto error = member(env, "error");
    if (!member(error, "code").is_string() || !member(error, "message").is_string() ||
        !member(error, "pointer").is_string())
        bug("malformed error envelope", out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);

    // 1. The boundary the widget uses.
    const std::string out = api().recommend(mf::Api::kDefault, text, kToday);
    check_envelope(out);
    if (api().recommend(mf::Api::kDefault, text, kToday) != out) bug("same request, different answer", text);
    // facts_at parses the request the same way and then lists every fact (a
    // large answer): checked on one input in eight, for throughput.
    if (size % 8 == 0) check_envelope(api().facts(mf::Api::kDefault, text, kToday));

    // 2. The parser and engine directly.
    // (the same nesting cap as the boundary: parse_request itself recurses in describe())
    // Nothing may throw: the engine reports bad input as values (an escaping
    // exception stops the fuzzer as a crash).
    std::string parse_error;
    if (const auto request = mf::parse_json(text, parse_error)) {
        mf::RequestError bad;
        if (const auto r = mf::parse_request(engine().catalogue(), *request, kToday, bad)) {
            const std::string written = mf::to_text(mf::result_json(engine().catalogue(), engine().recommend(*r)));
            if (!mf::json::accept(written)) bug("result text is not JSON", text);
        } else if (bad.message.empty()) {
            bug("RequestError without a message", text);
        }
    } else if (parse_error.empty()) {
        bug("parse_json failed without a message", text);
    }

    // 3. Dates: anything accepted must format back to the same text.
    mf::Date d = 0;
    if (mf::parse_date(text, d) == mf::DateParse::ok && mf::format_date(d) != text) bug("date does not round-trip", text);
    return 0;
}
