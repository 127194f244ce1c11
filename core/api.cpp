#include "api.hpp"

#include "default_data.hpp"
#include "result_json.hpp"

namespace mf {

namespace {

std::string ok(const json& value) {
    json out = json::object();
    out["ok"] = true;
    out["value"] = value;
    return to_text(out);
}

std::string error(const std::string& code, const std::string& message, const std::string& pointer,
                  const std::vector<Problem>& problems = {}) {
    json e = json::object();
    e["code"] = code;
    e["message"] = message;
    e["pointer"] = pointer;
    if (!problems.empty()) {
        e["file"] = problems.front().file;
        e["problems"] = json::array();
        for (const Problem& p : problems)
            e["problems"].push_back(json{{"file", p.file}, {"pointer", p.pointer}, {"message", p.message}});
    }
    json out = json::object();
    out["ok"] = false;
    out["error"] = std::move(e);
    return to_text(out);
}

std::string data_error(const std::vector<Problem>& problems) {
    return error("bad_data", problems.front().message, problems.front().pointer, problems);
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
    const auto files = parse_json(files_json, parse_error);
    if (!files) return error("bad_request", "files are not JSON: " + parse_error, "");
    if (!files->is_object()) return error("bad_request", "expected an object of file name → text", "");
    DataFiles data;
    for (auto it = files->begin(); it != files->end(); ++it) {
        if (!it.value().is_string())
            return error("bad_request", "expected the file's text as a string", pointer_append("", it.key()));
        data[it.key()] = it.value().get<std::string>();
    }
    engine(kDefault);  // keeps handle 0 for the default data
    std::vector<Problem> problems;
    auto cat = Catalogue::load(data, problems);
    if (!cat) return data_error(problems);
    engines_.push_back(std::make_unique<Engine>(std::move(*cat)));
    return ok(engines_.size() - 1);
}

template <typename Run>
std::string Api::with_request(int handle, const std::string& request_json, Date today, Run&& run) {
    const Engine* e = engine(handle);
    if (!e) {
        if (handle == kDefault && !default_problems_.empty()) return data_error(default_problems_);
        return error("bad_handle", "no engine with handle " + std::to_string(handle), "");
    }
    std::string parse_error;
    const auto request = parse_json(request_json, parse_error);
    if (!request) return error("bad_request", "request is not JSON: " + parse_error, "");
    RequestError bad;
    const auto parsed = parse_request(e->catalogue(), *request, today, bad);
    if (!parsed) return error("bad_request", bad.message, bad.pointer);
    return ok(run(*e, *parsed));
}

std::string Api::catalogue(int handle) {
    return with_request(handle, "{}", today_utc(), [](const Engine& e, const Request&) { return e.catalogue().data(); });
}

std::string Api::recommend(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today, [](const Engine& e, const Request& request) {
        return result_json(e.catalogue(), e.recommend(request));
    });
}

std::string Api::facts(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today,
                        [](const Engine& e, const Request& request) { return facts_json(e.catalogue(), request.as_of); });
}

void Api::release(int handle) {
    if (handle > kDefault && handle < static_cast<int>(engines_.size())) engines_[handle].reset();
}

}  // namespace mf
