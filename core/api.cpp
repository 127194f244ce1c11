#include "api.hpp"

#include "compare.hpp"
#include "default_data.hpp"
#include "overview.hpp"
#include "profile_diff.hpp"
#include "result_json.hpp"
#include "timeline.hpp"

namespace mf {

namespace {

std::string ok(json&& value) {
    json out = json::object();
    out["ok"] = true;
    out["value"] = std::move(value);
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
    return ok(json(engines_.size() - 1));
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
    json value = run(*e, *parsed, bad);
    if (!bad.message.empty()) return error("bad_request", bad.message, bad.pointer);
    return ok(std::move(value));
}

namespace {

// A messenger id, or -1 with `bad` set to name it and the valid ones.
int messenger_id(const Catalogue& cat, const json& id, const std::string& pointer, RequestError& bad) {
    const int m = id.is_string() ? cat.messenger_index(id.get<std::string>()) : -1;
    if (m < 0) {
        std::vector<std::string> valid;
        for (const Messenger& x : cat.messengers()) valid.push_back(x.id);
        bad = {pointer, "unknown messenger " + describe(id) + " (valid: " + join_quoted(valid) + ")"};
    }
    return m;
}

}  // namespace

std::string Api::catalogue(int handle) {
    return with_request(handle, "{}", today_utc(), [](const Engine& e, const Request&, RequestError&) {
        return e.catalogue().data();
    });
}

std::string Api::overview(int handle) {
    return with_request(handle, "{}", today_utc(), [](const Engine& e, const Request&, RequestError&) {
        return mf::overview(e.catalogue());
    });
}

std::string Api::recommend(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today, [](const Engine& e, const Request& request, RequestError&) {
        return result_json(e.catalogue(), e.recommend(request));
    });
}

std::string Api::facts(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today, [](const Engine& e, const Request& request, RequestError&) {
        return facts_json(e.catalogue(), request.as_of);
    });
}

std::string Api::compare(int handle, const std::string& request_json, const std::string& ids_json, Date today) {
    return with_request(handle, request_json, today, [&](const Engine& e, const Request& request, RequestError& bad) {
        std::string parse_error;
        const auto ids = parse_json(ids_json, parse_error);
        if (!ids || !ids->is_array()) {
            bad = {"", "expected a JSON array of messenger ids"};
            return json();
        }
        std::vector<int> chosen;
        for (std::size_t i = 0; i < ids->size(); ++i) {
            const int m = messenger_id(e.catalogue(), (*ids)[i], pointer_append("", i), bad);
            if (m < 0) return json();
            chosen.push_back(m);
        }
        return mf::compare(e, request, chosen);
    });
}

std::string Api::timeline(int handle, const std::string& request_json, const std::string& id, Date today) {
    return with_request(handle, request_json, today, [&](const Engine& e, const Request& request, RequestError& bad) {
        const int m = messenger_id(e.catalogue(), json(id), "", bad);
        return m < 0 ? json() : mf::timeline(e.catalogue(), m, request.as_of);
    });
}

std::string Api::changes(int handle, const std::string& request_json, Date today) {
    return with_request(handle, request_json, today, [](const Engine& e, const Request& request, RequestError&) {
        const auto [from, to] = default_profile_pair(e.catalogue());
        return profile_diff(e, request, from, to);
    });
}

void Api::release(int handle) {
    if (handle > kDefault && handle < static_cast<int>(engines_.size())) engines_[handle].reset();
}

}  // namespace mf
