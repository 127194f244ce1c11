// needs.json, criteria.json and quiz.json: rules over attributes, the
// profiles that turn criteria into tiers and scores, and the questions that
// turn answers into needs and weights.
#include <set>

#include "catalogue_loader.hpp"

namespace mf {

bool CatalogueLoader::rule(const JsonCheck& c, const json& j, const std::string& ptr, Rule& out,
                           std::vector<int>& attrs) {
    if (!parse_rule(j, ptr, out_.attributes_, attr_index_, c, out)) return false;
    collect_attributes(out, attrs);
    return true;
}

int CatalogueLoader::reference(const JsonCheck& c, const json& j, const std::string& ptr,
                               const std::map<std::string, int>& index, const char* what) const {
    if (!c.is_string(j, ptr)) return -1;
    auto found = index.find(j.get<std::string>());
    if (found != index.end()) return found->second;
    std::vector<std::string> valid;
    for (const auto& entry : index) valid.push_back(entry.first);
    c.fail(ptr, std::string("unknown ") + what + " " + describe(j) + " (valid: " + join_quoted(valid) + ")");
    return -1;
}

void CatalogueLoader::references(const JsonCheck& c, const json& j, const std::string& ptr,
                                 const std::map<std::string, int>& index, const char* what,
                                 std::vector<int>& out) const {
    if (!c.is_array(j, ptr)) return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const int k = reference(c, j[i], pointer_append(ptr, i), index, what);
        if (k >= 0) out.push_back(k);
    }
}

void CatalogueLoader::needs(const json& doc) {
    const auto c = check("needs.json");
    const json* list = top_level(c, doc, "needs", {"groups", "needs"});
    if (!list) return;
    const std::vector<std::string> valid_groups = groups(c, doc);
    std::set<std::string> seen;
    c.each_object(*list, "/needs", true, {"id", "group", "rule"}, [&](const json& n, const std::string& ptr) {
        Need need;
        need.id = c.unique_id(n, ptr, seen, /*allow_namespace=*/true);
        if (const json* g = c.field(n, ptr, "group", true)) need.group = one_of(c, *g, ptr + "/group", valid_groups);
        if (const json* r = c.field(n, ptr, "rule", true)) rule(c, *r, ptr + "/rule", need.rule, need.attrs);
        out_.need_index_.emplace(need.id, static_cast<int>(out_.needs_.size()));
        out_.needs_.push_back(std::move(need));
    });
}

void CatalogueLoader::profile(const JsonCheck& c, const json& p, const std::string& ptr, std::set<std::string>& seen) {
    Profile profile;
    profile.id = c.unique_id(p, ptr, seen);
    if (const json* d = c.field(p, ptr, "date", true)) c.is_date(*d, ptr + "/date", profile.date);
    if (const json* s = c.field(p, ptr, "sources", true); s && c.is_array(*s, ptr + "/sources", true))
        for (std::size_t k = 0; k < s->size(); ++k) c.is_url((*s)[k], pointer_append(ptr + "/sources", k));
    if (const json* m = c.field(p, ptr, "minimum", true))
        references(c, *m, ptr + "/minimum", criterion_index_, "criterion", profile.minimum);
    if (const json* b = c.field(p, ptr, "best_case", true)) {
        c.each_object(*b, ptr + "/best_case", false, {"criterion", "weight"}, [&](const json& entry, const std::string& bptr) {
            WeightedCriterion wc;
            if (const json* id = c.field(entry, bptr, "criterion", true))
                wc.criterion = reference(c, *id, bptr + "/criterion", criterion_index_, "criterion");
            if (const json* w = c.field(entry, bptr, "weight", true); w && c.is_weight(*w, bptr + "/weight"))
                wc.weight = w->get<double>();
            if (wc.criterion >= 0) profile.best_case.push_back(wc);
        });
    }
    std::set<std::string> tier_ids;
    if (const json* t = c.field(p, ptr, "tiers", true)) {
        c.each_object(*t, ptr + "/tiers", true, {"id", "requires"}, [&](const json& entry, const std::string& tptr) {
            Tier tier;
            tier.id = c.unique_id(entry, tptr, tier_ids);
            if (const json* r = c.field(entry, tptr, "requires", true))
                references(c, *r, tptr + "/requires", criterion_index_, "criterion", tier.requires_criteria);
            profile.tiers.push_back(std::move(tier));
        });
    }
    if (const json* f = c.field(p, ptr, "fallback_tier", true); f && c.is_id(*f, ptr + "/fallback_tier")) {
        profile.fallback_tier = f->get<std::string>();
        if (tier_ids.count(profile.fallback_tier))
            c.fail(ptr + "/fallback_tier", "duplicate id \"" + profile.fallback_tier + "\"");
    }
    out_.profile_index_.emplace(profile.id, static_cast<int>(out_.profiles_.size()));
    out_.profiles_.push_back(std::move(profile));
}

void CatalogueLoader::criteria(const json& doc) {
    const auto c = check("criteria.json");
    const json* list = top_level(c, doc, "criteria", {"criteria", "default_profile", "profiles"});
    if (!list) return;
    std::set<std::string> seen;
    c.each_object(*list, "/criteria", true, {"id", "rule"}, [&](const json& k, const std::string& ptr) {
        Criterion crit;
        crit.id = c.unique_id(k, ptr, seen);
        if (const json* r = c.field(k, ptr, "rule", true)) rule(c, *r, ptr + "/rule", crit.rule, crit.attrs);
        criterion_index_.emplace(crit.id, static_cast<int>(out_.criteria_.size()));
        out_.criteria_.push_back(std::move(crit));
    });
    std::set<std::string> profile_ids;
    if (const json* profiles = c.field(doc, "", "profiles", true))
        c.each_object(*profiles, "/profiles", true,
                      {"id", "date", "sources", "minimum", "best_case", "tiers", "fallback_tier"},
                      [&](const json& p, const std::string& ptr) { profile(c, p, ptr, profile_ids); });
    if (const json* d = c.field(doc, "", "default_profile", true)) {
        const int p = reference(c, *d, "/default_profile", out_.profile_index_, "profile");
        out_.default_profile_ = p < 0 ? 0 : p;
    }
}

void CatalogueLoader::answer(const JsonCheck& c, const json& a, const std::string& ptr, std::set<std::string>& seen,
                             Question& q) {
    Answer answer;
    answer.id = c.unique_id(a, ptr, seen);
    if (const json* n = c.field(a, ptr, "needs", false))
        references(c, *n, ptr + "/needs", out_.need_index_, "need", answer.needs);
    if (const json* n = c.field(a, ptr, "needs_if_important", false))
        references(c, *n, ptr + "/needs_if_important", out_.need_index_, "need", answer.needs_if_important);
    if (const json* pr = c.field(a, ptr, "prefer", false); pr && c.is_object(*pr, ptr + "/prefer")) {
        for (auto it = pr->begin(); it != pr->end(); ++it) {
            const auto pptr = pointer_append(ptr + "/prefer", it.key());
            const int n = reference(c, json(it.key()), pptr, out_.need_index_, "need");
            if (c.is_weight(it.value(), pptr) && n >= 0) answer.prefer.emplace_back(n, it.value().get<double>());
        }
    }
    q.answers.push_back(std::move(answer));
}

void CatalogueLoader::quiz(const json& doc) {
    const auto c = check("quiz.json");
    const json* list = top_level(c, doc, "questions", {"important_factor", "questions"});
    if (!list) return;
    if (const json* f = c.field(doc, "", "important_factor", true); f && c.is_number(*f, "/important_factor")) {
        out_.quiz_.important_factor = f->get<double>();
        if (out_.quiz_.important_factor <= 0) c.fail("/important_factor", "important_factor must be > 0");
    }
    std::set<std::string> seen;
    c.each_object(*list, "/questions", true, {"id", "kind", "answers"}, [&](const json& q, const std::string& ptr) {
        Question question;
        question.id = c.unique_id(q, ptr, seen);
        if (const json* k = c.field(q, ptr, "kind", true); k && c.is_string(*k, ptr + "/kind")) {
            const auto kind = k->get<std::string>();
            if (kind != "single" && kind != "multi")
                c.fail(ptr + "/kind", "unknown kind " + describe(*k) + " (valid: \"single\", \"multi\")");
            question.multi = kind == "multi";
        }
        std::set<std::string> answer_ids;
        if (const json* a = c.field(q, ptr, "answers", true))
            c.each_object(*a, ptr + "/answers", true, {"id", "needs", "prefer", "needs_if_important"},
                          [&](const json& entry, const std::string& aptr) { answer(c, entry, aptr, answer_ids, question); });
        out_.question_index_.emplace(question.id, static_cast<int>(out_.quiz_.questions.size()));
        out_.quiz_.questions.push_back(std::move(question));
    });
}

}  // namespace mf
