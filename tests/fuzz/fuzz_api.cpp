// libFuzzer target: the wasm boundary (mf::Api) as a state machine — a
// sequence of load / recommend / facts / catalogue / release calls with fuzzed
// handles and texts on one Api instance. Every call must return a
// well-formed envelope with a known error code, and never crash or throw; released
// or unknown handles give "bad_handle"; handle 0 (the shipped data) always works.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include <fuzzer/FuzzedDataProvider.h>

#include "api.hpp"
#include "default_data.hpp"

namespace {

[[noreturn]] void bug(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_api: %s\n%s\n", what, detail.substr(0, 2000).c_str());
    std::abort();
}

// A member, or null when absent (const operator[] on a missing key is undefined).
mf::json member(const mf::json& j, const char* key) {
    const auto it = j.find(key);
    return it == j.end() ? mf::json() : *it;
}

// Returns the parsed envelope; aborts when it is not one.
mf::json envelope(const std::string& out, bool full = false) {
    // Successes are large (a whole result or catalogue); their shape is checked
    // by the unit tests, so only the prefix is checked here, for throughput.
    static const std::string ok_prefix = "{\"ok\":true,\"value\":";
    if (!full && out.compare(0, ok_prefix.size(), ok_prefix) == 0 && out.back() == '}') {
        mf::json env = mf::json::object();
        env["ok"] = true;
        return env;
    }
    const auto env = mf::json::parse(out, nullptr, /*allow_exceptions=*/false);
    if (env.is_discarded() || !member(env, "ok").is_boolean()) bug("not an envelope", out);
    if (!member(env, "ok").get<bool>()) {
        const auto e = member(env, "error");
        if (!member(e, "code").is_string() || !member(e, "message").is_string()) bug("bad error", out);
        const auto code = member(e, "code");
        if (code != "bad_request" && code != "bad_data" && code != "bad_handle") bug("unknown error code", out);
    }
    return env;
}

std::string files_json(const mf::DataFiles& files) {
    mf::json j = mf::json::object();
    for (const auto& [name, text] : files) j[name] = text;
    return j.dump(-1, ' ', false, mf::json::error_handler_t::replace);
}

// The shipped data with only its first two messengers: loads in a fraction of
// the time (the loader itself is fuzz_catalogue's job; this target is about
// handles), and still ranks, explains and lists facts.
const mf::DataFiles& small_files() {
    static const mf::DataFiles files = [] {
        mf::DataFiles f = mf::default_data_files();
        auto catalogue = mf::json::parse(f["catalogue.json"]);
        auto& messengers = catalogue["messengers"];
        messengers.erase(messengers.begin() + 2, messengers.end());
        f["catalogue.json"] = catalogue.dump();
        return f;
    }();
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    mf::Api api;
    std::set<int> live = {mf::Api::kDefault};  // the handles that must work
    auto loaded = [&](const std::string& out) {
        const auto env = envelope(out, /*full=*/true);  // load's answer is small
        if (member(env, "ok").get<bool>()) {
            const auto h = member(env, "value");
            if (!h.is_number_integer() || !live.insert(h.get<int>()).second) bug("bad or reused handle", out);
        }
        return member(env, "ok").get<bool>();
    };
    for (int step = 0; step < 8 && in.remaining_bytes() > 0; ++step) {
        const int handle = in.ConsumeIntegralInRange<int>(-2, 4);
        switch (in.ConsumeIntegralInRange<int>(0, 6)) {
            case 0:  // any text as the files object
                loaded(api.load(in.ConsumeRandomLengthString(4096)));
                break;
            case 1: {  // the (small) shipped files with one replaced
                auto files = small_files();
                const auto& names = mf::data_file_names();
                files[names[in.ConsumeIntegralInRange<std::size_t>(0, names.size() - 1)]] =
                    in.ConsumeRandomLengthString(4096);
                loaded(api.load(files_json(files)));
                break;
            }
            case 2: {  // the (small) shipped files: always loads
                static const std::string valid = files_json(small_files());
                if (!loaded(api.load(valid))) bug("the shipped data did not load", "");
                break;
            }
            case 3: {
                const std::string request = in.ConsumeRandomLengthString(1024);
                const mf::Date today = in.ConsumeIntegralInRange<int>(10000101, 99991231);
                envelope(api.recommend(handle, request, today));
                break;
            }
            case 4: {
                const auto env = envelope(api.catalogue(handle));
                if (member(env, "ok").get<bool>() != (live.count(handle) > 0)) bug("catalogue(handle) disagrees with the handles given out", std::to_string(handle));
                break;
            }
            case 6: {
                const std::string request = in.ConsumeRandomLengthString(256);
                envelope(api.facts(handle, request, 20240615));
                break;
            }
            case 5:
                api.release(handle);
                if (handle != mf::Api::kDefault) live.erase(handle);
                break;
        }
    }
    const auto env = envelope(api.recommend(mf::Api::kDefault, "{}", 20240615));
    if (!member(env, "ok").get<bool>()) bug("handle 0 stopped working", env.dump());
    return 0;
}
