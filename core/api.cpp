#include "api.hpp"

#include "default_data.hpp"
#include "json_text.hpp"
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

std::string error(const std::string& code, const std::string& message, const std::string& pointer,
                  const std::vector<Problem>& problems = {}) {
    std::string out;
    put_raw(out, "{\"ok\":false,\"error\":{\"code\":");
    put_string(out, code);
    put_raw(out, ",\"message\":");
    put_string(out, message);
    put_raw(out, ",\"pointer\":");
    put_string(out, pointer);
    if (!problems.empty()) {
        put_raw(out, ",\"file\":");
        put_string(out, problems.front().file);
        put_raw(out, ",\"problems\":");
        put_list(out, problems, [&](const Problem& p) {
            put_raw(out, "{\"file\":");
            put_string(out, p.file);
            put_raw(out, ",\"pointer\":");
            put_string(out, p.pointer);
            put_raw(out, ",\"message\":");
            put_string(out, p.message);
            out += '}';
        });
    }
    put_raw(out, "}}");
    return out;
}

std::string data_error(const std::vector<Problem>& problems) {
    const auto& first = problems.front();
    return error("bad_data", first.message, first.pointer, problems);
}

}  // namespace

const Engine* Api::engine(int handle) {
    if (engines_.empty()) {
        // The compiled-in data is checked by the tests; were it ever invalid,
        // each call answers with its problems rather than crashing.
        if (auto cat = Catalogue::load(default_data_files(), default_problems_))
            engines_.push_back(std::make_unique<Engine>(std::move(*cat)));
        else
            engines_.push_back(nullptr);
    }
    if (handle < 0 || handle >= static_cast<int>(engines_.size()) || !engines_[handle]) return nullptr;
    return engines_[handle].get();
}

std::string Api::load(const std::string& files_json) {
    std::string parse_error;
    auto files = parse_json(files_json, parse_error);
    if (!files) return error("bad_request", "files are not JSON: " + parse_error, "");
    if (!files->is_object()) return error("bad_request", "expected an object of file name → text", "");
    DataFiles data;
    for (auto it = files->begin(); it != files->end(); ++it) {
        if (!it.value().is_string())
            return error("bad_request", "expected the file's text as a string", pointer_append("", it.key()));
        // Moved, not copied: a 100 000-messenger catalogue is ~300 MB of text.
        data[it.key()] = std::move(it.value().get_ref<std::string&>());
    }
    files.reset();
    engine(kDefault);  // keeps handle 0 for the default data
    std::vector<Problem> problems;
    auto cat = Catalogue::load(std::move(data), problems);
    if (!cat) return data_error(problems);
    engines_.push_back(std::make_unique<Engine>(std::move(*cat)));
    return ok_text([&](std::string& out) { out += std::to_string(engines_.size() - 1); });
}

template <typename Run>
std::string Api::with_request(int handle, const std::string& request_json, Date today, Run&& run) {
    return guarded(handle, [&](const Engine& e) {
        std::string parse_error;  // parse_error, or out_of_range for numbers like 1e999
        const auto request = parse_json(request_json, parse_error);
        if (!request) return error("bad_request", "request is not JSON: " + parse_error, "");
        RequestError bad;
        const auto parsed = parse_request(e.catalogue(), *request, today, bad);
        if (!parsed) return error("bad_request", bad.message, bad.pointer);
        return run(e, *parsed);
    });
}

template <typename Run>
std::string Api::guarded(int handle, Run&& run) {
    const Engine* e = engine(handle);
    if (!e) {
        if (handle == kDefault && !default_problems_.empty()) return data_error(default_problems_);
        return error("bad_handle", "no engine with handle " + std::to_string(handle), "");
    }
    return run(*e);
}

std::string Api::catalogue(int handle) {
    return guarded(handle, [](const Engine& e) {
        return ok_text([&](std::string& out) { e.catalogue().write_data(out); });
    });
}

std::string Api::recommend(int handle, const std::string& request_json, ResultForm form) {
    return recommend_at(handle, request_json, today_utc(), form);
}

std::string Api::recommend_at(int handle, const std::string& request_json, Date today, ResultForm form) {
    return with_request(handle, request_json, today, [&](const Engine& e, const Request& request) {
        const Result result = e.recommend(request);
        return ok_text([&](std::string& out) {
            out.reserve(1024 + 2048 * result.results.size());
            if (form == ResultForm::flat) write_flat_result(out, e.catalogue(), result);
            else write_result(out, e.catalogue(), result);
        });
    });
}

std::string Api::fact_texts(int handle, const int* numbers, std::size_t count) {
    return guarded(handle, [&](const Engine& e) {
        std::string out = kOkPrefix;
        out += '[';
        for (std::size_t i = 0; i < count; ++i) {
            if (i) out += ',';
            if (!write_fact_text(out, e.catalogue(), numbers[i]))
                return error("bad_request", "no fact with number " + std::to_string(numbers[i]), pointer_append("", i));
        }
        out += "]}";
        return out;
    });
}

std::string Api::facts(int handle, const std::string& request_json) {
    return facts_at(handle, request_json, today_utc());
}

std::string Api::facts_at(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today, [&](const Engine& e, const Request& request) {
        return ok_text([&](std::string& out) { write_facts(out, e.catalogue(), request.as_of); });
    });
}

void Api::release(int handle) {
    if (handle > kDefault && handle < static_cast<int>(engines_.size())) engines_[handle].reset();
}

}  // namespace mf
