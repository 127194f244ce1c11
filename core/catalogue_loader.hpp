// Internal: builds a Catalogue from parsed documents, one file at a time,
// collecting problems. Split across load_*.cpp by file.
#pragma once

#include <map>
#include <set>

#include "catalogue.hpp"

namespace mf {

class CatalogueLoader {
public:
    CatalogueLoader(Catalogue& out, std::vector<Problem>& problems) : out_(out), problems_(problems) {}

    void attributes(const json& doc);
    void messengers(const json& doc);
    void needs(const json& doc);
    void criteria(const json& doc);
    void quiz(const json& doc);

private:
    JsonCheck check(const char* file) const { return JsonCheck(file, problems_); }
    bool rule(const JsonCheck& c, const json& j, const std::string& ptr, Rule& out, std::vector<int>& attrs);
    // Resolves `j` (a string id) against `index`; records "unknown <what>" with the valid ids.
    int reference(const JsonCheck& c, const json& j, const std::string& ptr, const std::map<std::string, int>& index,
                  const char* what) const;
    // The document's object shape and its one required list (nullptr when unusable).
    const json* top_level(const JsonCheck& c, const json& doc, const char* list_key,
                          std::initializer_list<const char*> keys) const;
    // The document's "groups": the ids its entries may name as their group.
    std::vector<std::string> groups(const JsonCheck& c, const json& doc) const;
    std::vector<std::string> sources(const JsonCheck& c, const json& entry, const std::string& ptr) const;
    Fact fact(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr);
    void history(const JsonCheck& c, const Attribute& attr, const json& j, const std::string& ptr,
                 std::vector<Fact>& out);
    // Resolves an array of ids against `index` ("unknown <what>" for the rest).
    void references(const JsonCheck& c, const json& j, const std::string& ptr,
                    const std::map<std::string, int>& index, const char* what, std::vector<int>& out) const;
    void profile(const JsonCheck& c, const json& p, const std::string& ptr, std::set<std::string>& seen);
    void answer(const JsonCheck& c, const json& a, const std::string& ptr, std::set<std::string>& seen, Question& q);

    Catalogue& out_;
    std::vector<Problem>& problems_;
    AttributeIndex attr_index_;
    std::map<std::string, int> criterion_index_;
};

// Returns `j` when it is one of `valid`; otherwise records "not one of" and returns "".
std::string one_of(const JsonCheck& c, const json& j, const std::string& ptr, const std::vector<std::string>& valid);

}  // namespace mf
