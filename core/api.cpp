#include "api.hpp"

#include "default_data.hpp"
#include "result_text.hpp"

namespace mf {

namespace {

constexpr const char* kOkPrefix = "{\"ok\":true,\"value\":";

// The envelope around a value written by `write(out)`: results are written
// straight into the reply, with no DOM and no copy (docs/performance.md).
template <typename Write>
std::string ok_text(Write&& write) {
    std::string out = kOkPrefix;
    write(out);
    out += '}';
    return out;
}

std::string ok(const json& value) {
    return ok_text([&](std::string& out) { out += value.dump(-1, ' ', false, json::error_handler_t::replace); });
}

std::string error(const std::string& code, const std::string& message, const std::string& pointer,
                  const std::vector<Problem>& problems = {}) {
    ordered_json e;
    e["code"] = code;
    e["message"] = message;
    e["pointer"] = pointer;
    if (!problems.empty()) {
        e["file"] = problems.front().file;
        auto& list = e["problems"] = ordered_json::array();
        for (const auto& p : problems) list.push_back({{"file", p.file}, {"pointer", p.pointer}, {"message", p.message}});
    }
    ordered_json out;
    out["ok"] = false;
    out["error"] = std::move(e);
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string data_error(const DataError& e) {
    const auto& first = e.problems().front();
    return error("bad_data", first.message, first.pointer, e.problems());
}

}  // namespace

const Engine* Api::engine(int handle) {
    if (engines_.empty()) engines_.push_back(std::make_unique<Engine>(Catalogue::load(default_data_files())));
    if (handle < 0 || handle >= static_cast<int>(engines_.size()) || !engines_[handle]) return nullptr;
    return engines_[handle].get();
}

std::string Api::load(const std::string& files_json) {
    try {
        json files = parse_json(files_json);
        if (!files.is_object()) return error("bad_request", "expected an object of file name → text", "");
        DataFiles data;
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (!it.value().is_string())
                return error("bad_request", "expected the file's text as a string", pointer_append("", it.key()));
            // Moved, not copied: a 100 000-messenger catalogue is ~300 MB of text.
            data[it.key()] = std::move(it.value().get_ref<std::string&>());
        }
        files = json();
        engine(kDefault);  // keeps handle 0 for the default data
        engines_.push_back(std::make_unique<Engine>(Catalogue::load(std::move(data))));
        return ok(static_cast<int>(engines_.size()) - 1);
    } catch (const DataError& e) {
        return data_error(e);
    } catch (const std::exception& e) {
        return error("bad_request", e.what(), "");
    }
}

template <typename Run>
std::string Api::with_request(int handle, const std::string& request_json, Run&& run) {
    return guarded(handle, [&](const Engine& e) {
        json request;
        try {
            request = parse_json(request_json);
        } catch (const json::exception& p) {  // parse_error, and out_of_range for numbers like 1e999
            return error("bad_request", std::string("request is not JSON: ") + p.what(), "");
        }
        return run(e, request);
    });
}

template <typename Run>
std::string Api::guarded(int handle, Run&& run) {
    try {
        const Engine* e = engine(handle);
        if (!e) return error("bad_handle", "no engine with handle " + std::to_string(handle), "");
        return run(*e);
    } catch (const RequestError& e) {
        return error("bad_request", e.what(), e.pointer());
    } catch (const DataError& e) {
        return data_error(e);
    } catch (const std::exception& e) {
        return error("internal", e.what(), "");
    }
}

std::string Api::catalogue(int handle) {
    return guarded(handle, [](const Engine& e) { return ok(e.catalogue().data()); });
}

std::string Api::recommend(int handle, const std::string& request_json) {
    return recommend_at(handle, request_json, today_utc());
}

std::string Api::recommend_at(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, [&](const Engine& e, const json& request) {
        const Result result = e.recommend(parse_request(e.catalogue(), request, today));
        return ok_text([&](std::string& out) {
            out.reserve(1024 + 2048 * result.results.size());
            write_result(out, e.catalogue(), result);
        });
    });
}

std::string Api::facts(int handle, const std::string& request_json) {
    return facts_at(handle, request_json, today_utc());
}

std::string Api::facts_at(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, [&](const Engine& e, const json& request) {
        const Date as_of = parse_request(e.catalogue(), request, today).as_of;
        return ok_text([&](std::string& out) { write_facts(out, e.catalogue(), as_of); });
    });
}

void Api::release(int handle) {
    if (handle > kDefault && handle < static_cast<int>(engines_.size())) engines_[handle].reset();
}

}  // namespace mf
