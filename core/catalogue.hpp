// The immutable, validated model of everything in data/*.json. Built once by
// Catalogue::load; the engine only reads it. Cross-references are resolved
// to indices at load time so recommend() never looks anything up by name.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attribute.hpp"
#include "fact_table.hpp"
#include "rule.hpp"

namespace mf {

// File name (e.g. "catalogue.json") → file text.
using DataFiles = std::map<std::string, std::string>;
// The files every data folder must have, in loading order.
const std::vector<std::string>& data_file_names();

struct Messenger {
    std::string id, name, homepage, source_code, description;
    // Its facts are in Catalogue::facts(), by (messenger index, attribute index).
};

struct Need {
    std::string id, group;
    Rule rule;
    std::vector<int> attrs;  // read by the rule, for explanations
};

struct Criterion {
    std::string id;
    Rule rule;
    std::vector<int> attrs;
};

struct WeightedCriterion {
    int criterion = -1;
    double weight = 1;
};

struct Tier {
    std::string id;
    std::vector<int> requires_criteria;
};

struct Profile {
    std::string id;
    std::vector<int> minimum;
    std::vector<WeightedCriterion> best_case;
    std::vector<Tier> tiers;
    std::string fallback_tier;
};

struct Answer {
    std::string id;
    std::vector<int> needs;
    std::vector<std::pair<int, double>> prefer;
    std::vector<int> needs_if_important;
};

struct Question {
    std::string id;
    bool multi = false;
    std::vector<Answer> answers;
    int answer_index(const std::string& answer_id) const;
};

struct Quiz {
    double important_factor = 1;
    std::vector<Question> questions;
};

class Catalogue {
public:
    Catalogue();
    Catalogue(Catalogue&&) noexcept;
    Catalogue& operator=(Catalogue&&) noexcept;
    ~Catalogue();

    // The catalogue, or nothing when the files are invalid, with every
    // problem found appended to `problems`. The catalogue keeps the files'
    // text (for data()): pass it by rvalue to hand it over instead of copying it.
    static std::optional<Catalogue> load(const DataFiles& files, std::vector<Problem>& problems);
    static std::optional<Catalogue> load(DataFiles&& files, std::vector<Problem>& problems);
    // Every problem in the files (empty when valid); never throws on bad data.
    static std::vector<Problem> validate(const DataFiles& files);

    const std::vector<Attribute>& attributes() const { return attributes_; }
    const std::vector<Messenger>& messengers() const { return messengers_; }
    const FactTable& facts() const { return facts_; }
    const std::vector<Need>& needs() const { return needs_; }
    const std::vector<Criterion>& criteria() const { return criteria_; }
    const std::vector<Profile>& profiles() const { return profiles_; }
    const Quiz& quiz() const { return quiz_; }
    int default_profile() const { return default_profile_; }

    int need_index(const std::string& id) const;      // -1 when absent
    int profile_index(const std::string& id) const;   // -1 when absent
    int question_index(const std::string& id) const;  // -1 when absent

    // All data files merged into one object, for the UI:
    // {attributes, messengers, needs, criteria, default_profile, profiles, quiz}.
    // Built from the files' text on first use: a DOM of every fact, as
    // written, is the largest thing the engine could hold, and ranking never
    // needs it. Safe to call from several threads.
    const json& data() const;
    // The same object as JSON text, spliced from the files' text as given
    // (no parse, no DOM): what the wasm module hands the widget at start-up,
    // where re-parsing and writing it cost ~20 ms (docs/performance.md).
    void write_data(std::string& out) const;

private:
    friend class CatalogueLoader;
    friend class CatalogueBuilder;
    std::vector<Attribute> attributes_;
    std::vector<Messenger> messengers_;
    std::vector<Need> needs_;
    std::vector<Criterion> criteria_;
    std::vector<Profile> profiles_;
    Quiz quiz_;
    int default_profile_ = 0;
    std::map<std::string, int> need_index_, profile_index_, question_index_;
    FactTable facts_;
    struct Merged;
    std::unique_ptr<Merged> merged_;  // the files' text, and data() once built
};

}  // namespace mf
