// The immutable, validated model of everything in data/*.json. Built once by
// Catalogue::load; the engine only reads it. Cross-references are resolved
// to indices at load time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attribute.hpp"
#include "rule.hpp"

namespace mf {

// File name (e.g. "catalogue.json") → file text.
using DataFiles = std::map<std::string, std::string>;
// The files every data folder must have, in loading order.
const std::vector<std::string>& data_file_names();

// One dated entry of a messenger's history for an attribute.
struct Fact {
    Date since = kBeginning;
    Value value;  // as rules read it
    json shown;   // as results show it: {"attr", "value", "since"?, "sources", "note"?, "disputed"?}
};

struct Messenger {
    std::string id, name, homepage, source_code, description;
    std::vector<std::vector<Fact>> facts;  // by attribute index, oldest first

    // The entry in effect on `date`: the last one whose since <= date; nullptr when none is.
    const Fact* fact(int attr, Date date) const;
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
    Date date = 0;
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
    // The catalogue, or nothing when the files are invalid, with every
    // problem found appended to `problems`.
    static std::optional<Catalogue> load(const DataFiles& files, std::vector<Problem>& problems);
    // Every problem in the files (empty when valid).
    static std::vector<Problem> validate(const DataFiles& files);

    const std::vector<Attribute>& attributes() const { return attributes_; }
    const std::vector<Messenger>& messengers() const { return messengers_; }
    const std::vector<Need>& needs() const { return needs_; }
    const std::vector<Criterion>& criteria() const { return criteria_; }
    const std::vector<Profile>& profiles() const { return profiles_; }
    const Quiz& quiz() const { return quiz_; }
    int default_profile() const { return default_profile_; }

    int need_index(const std::string& id) const;       // -1 when absent
    int profile_index(const std::string& id) const;    // -1 when absent
    int question_index(const std::string& id) const;   // -1 when absent
    int messenger_index(const std::string& id) const;  // -1 when absent

    // All data files merged into one object, as written:
    // {attribute_groups, attributes, messengers, need_groups, needs, criteria,
    //  default_profile, profiles, quiz}.
    const json& data() const { return data_; }

private:
    friend class CatalogueLoader;
    std::vector<Attribute> attributes_;
    std::vector<Messenger> messengers_;
    std::vector<Need> needs_;
    std::vector<Criterion> criteria_;
    std::vector<Profile> profiles_;
    Quiz quiz_;
    int default_profile_ = 0;
    std::map<std::string, int> need_index_, profile_index_, question_index_, messenger_index_;
    json data_;
};

}  // namespace mf
