#include "catalogue.hpp"

#include <mutex>
#include <string_view>

#include "catalogue_loader.hpp"

namespace mf {

struct Catalogue::Merged {
    explicit Merged(DataFiles f) : files(std::move(f)) {}
    DataFiles files;
    std::once_flag once;
    json doc;
};

Catalogue::Catalogue() = default;
Catalogue::Catalogue(Catalogue&&) noexcept = default;
Catalogue& Catalogue::operator=(Catalogue&&) noexcept = default;
Catalogue::~Catalogue() = default;

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

static int find_index(const std::map<std::string, int>& index, const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

int Catalogue::need_index(const std::string& id) const { return find_index(need_index_, id); }
int Catalogue::profile_index(const std::string& id) const { return find_index(profile_index_, id); }
int Catalogue::question_index(const std::string& id) const { return find_index(question_index_, id); }

namespace {

// Parses every file; a file that is missing or not JSON is reported and left null.
std::map<std::string, json> parse_files(const DataFiles& files, std::vector<Problem>& problems) {
    std::map<std::string, json> docs;
    for (const auto& name : data_file_names()) {
        auto it = files.find(name);
        if (it == files.end()) {
            problems.push_back({name, "", "missing file"});
            continue;
        }
        std::string error;  // parse_error, or out_of_range for numbers like 1e999
        if (auto doc = parse_json(it->second, error)) docs[name] = std::move(*doc);
        else problems.push_back({name, "", "invalid JSON: " + error});
    }
    return docs;
}

}  // namespace

class CatalogueBuilder {
public:
    static void run(const DataFiles& files, Catalogue& out, std::vector<Problem>& problems) {
        auto docs = parse_files(files, problems);
        CatalogueLoader loader(out, problems);
        // A file that failed to parse is skipped, and so are the checks of the
        // files that refer into it (ids would all look unknown): one real
        // problem, not fifty echoes of it. Independent files are still checked.
        auto doc = [&](const char* name) -> const json* {
            auto it = docs.find(name);
            return it == docs.end() ? nullptr : &it->second;
        };
        const json* attributes = doc("attributes.json");
        const json* needs = doc("needs.json");
        if (attributes) loader.attributes(*attributes);
        if (auto d = docs.find("catalogue.json"); d != docs.end() && attributes) loader.messengers(d->second);
        if (needs && attributes) loader.needs(*needs);
        if (auto d = doc("criteria.json"); d && attributes) loader.criteria(*d);
        if (auto d = doc("quiz.json"); d && needs && attributes) loader.quiz(*d);
    }
};

const json& Catalogue::data() const {
    Merged& m = *merged_;
    std::call_once(m.once, [&] {
        // The files were validated at load, so they parse, and have these members.
        auto doc = [&](const char* name) {
            std::string unused;
            return std::move(*parse_json(m.files.find(name)->second, unused));
        };
        json criteria = doc("criteria.json");
        m.doc = json::object();
        m.doc["attributes"] = std::move(doc("attributes.json")["attributes"]);
        m.doc["messengers"] = std::move(doc("catalogue.json")["messengers"]);
        m.doc["needs"] = std::move(doc("needs.json")["needs"]);
        m.doc["criteria"] = std::move(criteria["criteria"]);
        m.doc["default_profile"] = std::move(criteria["default_profile"]);
        m.doc["profiles"] = std::move(criteria["profiles"]);
        m.doc["quiz"] = doc("quiz.json");
    });
    return m.doc;
}

namespace {

// A validated file's text without surrounding whitespace (and a UTF-8 byte
// order mark, which nlohmann skips and JSON.parse would not).
std::pair<const char*, const char*> trimmed(const std::string& text) {
    const char* b = text.data();
    const char* e = b + text.size();
    if (e - b >= 3 && std::string_view(b, 3) == "\xEF\xBB\xBF") b += 3;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (b < e && space(*b)) ++b;
    while (e > b && space(e[-1])) --e;
    return {b, e};
}

}  // namespace

void Catalogue::write_data(std::string& out) const {
    // Each file was validated as an object with exactly its allowed members
    // (load_*.cpp), so its text minus the outer braces is a list of members
    // of the merged object, and quiz.json is the value of "quiz". Duplicate
    // keys resolve as in data(): the last one wins in nlohmann and JSON.parse.
    const DataFiles& files = merged_->files;
    out += '{';
    for (const char* name : {"attributes.json", "catalogue.json", "needs.json", "criteria.json"}) {
        const auto [b, e] = trimmed(files.find(name)->second);
        out.append(b + 1, e - 1);
        out += ',';
    }
    const auto [b, e] = trimmed(files.find("quiz.json")->second);
    out += "\"quiz\":";
    out.append(b, e);
    out += '}';
}

std::optional<Catalogue> Catalogue::load(const DataFiles& files, std::vector<Problem>& problems) {
    return load(DataFiles(files), problems);
}

std::optional<Catalogue> Catalogue::load(DataFiles&& files, std::vector<Problem>& problems) {
    Catalogue out;
    const std::size_t before = problems.size();
    CatalogueBuilder::run(files, out, problems);
    if (problems.size() != before) return std::nullopt;
    out.merged_ = std::make_unique<Merged>(std::move(files));
    return out;
}

std::vector<Problem> Catalogue::validate(const DataFiles& files) {
    Catalogue scratch;
    std::vector<Problem> problems;
    CatalogueBuilder::run(files, scratch, problems);
    return problems;
}

}  // namespace mf
