#include "catalogue.hpp"

#include "catalogue_loader.hpp"

namespace mf {

const std::vector<std::string>& data_file_names() {
    // Order matters: later files refer to ids defined by earlier ones.
    static const std::vector<std::string> names = {"attributes.json", "catalogue.json", "needs.json", "criteria.json",
                                                   "quiz.json"};
    return names;
}

int Question::answer_index(const std::string& answer_id) const {
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (answers[i].id == answer_id) return static_cast<int>(i);
    return -1;
}

const Fact* Messenger::fact(int attr, Date date) const {
    const Fact* found = nullptr;
    for (const Fact& f : facts[static_cast<std::size_t>(attr)]) {
        if (f.since > date) break;
        found = &f;
    }
    return found;
}

static int find_index(const std::map<std::string, int>& index, const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

int Catalogue::need_index(const std::string& id) const { return find_index(need_index_, id); }
int Catalogue::profile_index(const std::string& id) const { return find_index(profile_index_, id); }
int Catalogue::question_index(const std::string& id) const { return find_index(question_index_, id); }
int Catalogue::messenger_index(const std::string& id) const { return find_index(messenger_index_, id); }

namespace {

// Parses every file; a file that is missing or not JSON is reported and left out.
std::map<std::string, json> parse_files(const DataFiles& files, std::vector<Problem>& problems) {
    std::map<std::string, json> docs;
    for (const auto& name : data_file_names()) {
        auto it = files.find(name);
        if (it == files.end()) {
            problems.push_back({name, "", "missing file"});
            continue;
        }
        std::string error;
        if (auto doc = parse_json(it->second, error)) docs[name] = std::move(*doc);
        else problems.push_back({name, "", "invalid JSON: " + error});
    }
    return docs;
}

}  // namespace

std::optional<Catalogue> Catalogue::load(const DataFiles& files, std::vector<Problem>& problems) {
    Catalogue out;
    const std::size_t before = problems.size();
    auto docs = parse_files(files, problems);
    CatalogueLoader loader(out, problems);
    // A file that failed to parse is skipped, and so are the checks of the
    // files that refer into it (ids would all look unknown): one real
    // problem, not fifty echoes of it. Independent files are still checked.
    auto doc = [&](const char* name) -> json* {
        auto it = docs.find(name);
        return it == docs.end() ? nullptr : &it->second;
    };
    json* attributes = doc("attributes.json");
    json* messengers = doc("catalogue.json");
    json* needs = doc("needs.json");
    json* criteria = doc("criteria.json");
    json* quiz = doc("quiz.json");
    if (attributes) loader.attributes(*attributes);
    if (messengers && attributes) loader.messengers(*messengers);
    if (needs && attributes) loader.needs(*needs);
    if (criteria && attributes) loader.criteria(*criteria);
    if (quiz && needs && attributes) loader.quiz(*quiz);
    if (problems.size() != before) return std::nullopt;

    // Valid: each document is an object with exactly its allowed members.
    out.data_ = json::object();
    out.data_["attribute_groups"] = std::move((*attributes)["groups"]);
    out.data_["attributes"] = std::move((*attributes)["attributes"]);
    out.data_["messengers"] = std::move((*messengers)["messengers"]);
    out.data_["need_groups"] = std::move((*needs)["groups"]);
    out.data_["needs"] = std::move((*needs)["needs"]);
    out.data_["criteria"] = std::move((*criteria)["criteria"]);
    out.data_["default_profile"] = std::move((*criteria)["default_profile"]);
    out.data_["profiles"] = std::move((*criteria)["profiles"]);
    out.data_["quiz"] = std::move(*quiz);
    return out;
}

std::vector<Problem> Catalogue::validate(const DataFiles& files) {
    std::vector<Problem> problems;
    load(files, problems);
    return problems;
}

}  // namespace mf
