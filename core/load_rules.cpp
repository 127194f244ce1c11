// needs.json and criteria.json: rules over attributes, and the profiles that
// turn criteria into tiers and scores.
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

void CatalogueLoader::needs(const json& doc) {
    const auto c = check("needs.json");
    if (!c.is_object(doc, "")) return;
    c.only_keys(doc, "", {"needs"});
    const json* list = c.field(doc, "", "needs", true);
    if (!list || !c.is_array(*list, "/needs", true)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto ptr = pointer_append("/needs", i);
        const json& n = (*list)[i];
        if (!c.is_object(n, ptr)) continue;
        c.only_keys(n, ptr, {"id", "group", "rule"});
        Need need;
        if (const json* id = c.field(n, ptr, "id", true); id && c.is_id(*id, ptr + "/id", true)) {
            need.id = id->get<std::string>();
            check_unique(c, seen, need.id, ptr + "/id");
        }
        if (const json* g = c.field(n, ptr, "group", true)) need.group = one_of(c, *g, ptr + "/group", kNeedGroups);
        if (const json* r = c.field(n, ptr, "rule", true)) rule(c, *r, ptr + "/rule", need.rule, need.attrs);
        out_.need_index_.emplace(need.id, static_cast<int>(out_.needs_.size()));
        out_.needs_.push_back(std::move(need));
    }
}

void CatalogueLoader::criteria(const json& doc) {
    const auto c = check("criteria.json");
    if (!c.is_object(doc, "")) return;
    c.only_keys(doc, "", {"criteria", "default_profile", "profiles"});
    if (const json* list = c.field(doc, "", "criteria", true); list && c.is_array(*list, "/criteria", true)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto ptr = pointer_append("/criteria", i);
            const json& k = (*list)[i];
            if (!c.is_object(k, ptr)) continue;
            c.only_keys(k, ptr, {"id", "rule"});
            Criterion crit;
            if (const json* id = c.field(k, ptr, "id", true); id && c.is_id(*id, ptr + "/id")) {
                crit.id = id->get<std::string>();
                check_unique(c, seen, crit.id, ptr + "/id");
            }
            if (const json* r = c.field(k, ptr, "rule", true)) rule(c, *r, ptr + "/rule", crit.rule, crit.attrs);
            criterion_index_.emplace(crit.id, static_cast<int>(out_.criteria_.size()));
            out_.criteria_.push_back(std::move(crit));
        }
    }
    auto criterion_list = [&](const json& j, const std::string& ptr, std::vector<int>& into) {
        if (!c.is_array(j, ptr)) return;
        for (std::size_t i = 0; i < j.size(); ++i) {
            const int k = reference(c, j[i], pointer_append(ptr, i), criterion_index_, "criterion");
            if (k >= 0) into.push_back(k);
        }
    };
    if (const json* list = c.field(doc, "", "profiles", true); list && c.is_array(*list, "/profiles", true)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto ptr = pointer_append("/profiles", i);
            const json& p = (*list)[i];
            if (!c.is_object(p, ptr)) continue;
            c.only_keys(p, ptr, {"id", "date", "sources", "minimum", "best_case", "tiers", "fallback_tier"});
            Profile profile;
            if (const json* id = c.field(p, ptr, "id", true); id && c.is_id(*id, ptr + "/id")) {
                profile.id = id->get<std::string>();
                check_unique(c, seen, profile.id, ptr + "/id");
            }
            Date ignored;
            if (const json* d = c.field(p, ptr, "date", true)) c.is_date(*d, ptr + "/date", ignored);
            if (const json* s = c.field(p, ptr, "sources", true); s && c.is_array(*s, ptr + "/sources", true))
                for (std::size_t k = 0; k < s->size(); ++k) c.is_url((*s)[k], pointer_append(ptr + "/sources", k));
            if (const json* m = c.field(p, ptr, "minimum", true)) criterion_list(*m, ptr + "/minimum", profile.minimum);
            if (const json* b = c.field(p, ptr, "best_case", true); b && c.is_array(*b, ptr + "/best_case")) {
                for (std::size_t k = 0; k < b->size(); ++k) {
                    const auto bptr = pointer_append(ptr + "/best_case", k);
                    const json& entry = (*b)[k];
                    if (!c.is_object(entry, bptr)) continue;
                    c.only_keys(entry, bptr, {"criterion", "weight"});
                    WeightedCriterion wc;
                    if (const json* id = c.field(entry, bptr, "criterion", true))
                        wc.criterion = reference(c, *id, bptr + "/criterion", criterion_index_, "criterion");
                    if (const json* w = c.field(entry, bptr, "weight", true); w && c.is_weight(*w, bptr + "/weight"))
                        wc.weight = w->get<double>();
                    if (wc.criterion >= 0) profile.best_case.push_back(wc);
                }
            }
            if (const json* t = c.field(p, ptr, "tiers", true); t && c.is_array(*t, ptr + "/tiers", true)) {
                std::set<std::string> tier_ids;
                for (std::size_t k = 0; k < t->size(); ++k) {
                    const auto tptr = pointer_append(ptr + "/tiers", k);
                    const json& entry = (*t)[k];
                    if (!c.is_object(entry, tptr)) continue;
                    c.only_keys(entry, tptr, {"id", "requires"});
                    Tier tier;
                    if (const json* id = c.field(entry, tptr, "id", true); id && c.is_id(*id, tptr + "/id")) {
                        tier.id = id->get<std::string>();
                        check_unique(c, tier_ids, tier.id, tptr + "/id");
                    }
                    if (const json* r = c.field(entry, tptr, "requires", true))
                        criterion_list(*r, tptr + "/requires", tier.requires_criteria);
                    profile.tiers.push_back(std::move(tier));
                }
                if (const json* f = c.field(p, ptr, "fallback_tier", true); f && c.is_id(*f, ptr + "/fallback_tier")) {
                    profile.fallback_tier = f->get<std::string>();
                    check_unique(c, tier_ids, profile.fallback_tier, ptr + "/fallback_tier");
                }
            }
            out_.profile_index_.emplace(profile.id, static_cast<int>(out_.profiles_.size()));
            out_.profiles_.push_back(std::move(profile));
        }
    }
    if (const json* d = c.field(doc, "", "default_profile", true)) {
        const int p = reference(c, *d, "/default_profile", out_.profile_index_, "profile");
        out_.default_profile_ = p < 0 ? 0 : p;
    }
}

void CatalogueLoader::quiz(const json& doc) {
    const auto c = check("quiz.json");
    if (!c.is_object(doc, "")) return;
    c.only_keys(doc, "", {"important_factor", "questions"});
    if (const json* f = c.field(doc, "", "important_factor", true); f && c.is_number(*f, "/important_factor")) {
        out_.quiz_.important_factor = f->get<double>();
        if (out_.quiz_.important_factor <= 0) c.fail("/important_factor", "important_factor must be > 0");
    }
    const json* list = c.field(doc, "", "questions", true);
    if (!list || !c.is_array(*list, "/questions", true)) return;
    auto need_list = [&](const json& j, const std::string& ptr, std::vector<int>& into) {
        if (!c.is_array(j, ptr)) return;
        for (std::size_t i = 0; i < j.size(); ++i) {
            const int n = reference(c, j[i], pointer_append(ptr, i), out_.need_index_, "need");
            if (n >= 0) into.push_back(n);
        }
    };
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto ptr = pointer_append("/questions", i);
        const json& q = (*list)[i];
        if (!c.is_object(q, ptr)) continue;
        c.only_keys(q, ptr, {"id", "kind", "answers"});
        Question question;
        if (const json* id = c.field(q, ptr, "id", true); id && c.is_id(*id, ptr + "/id")) {
            question.id = id->get<std::string>();
            check_unique(c, seen, question.id, ptr + "/id");
        }
        if (const json* k = c.field(q, ptr, "kind", true); k && c.is_string(*k, ptr + "/kind")) {
            const auto kind = k->get<std::string>();
            if (kind != "single" && kind != "multi")
                c.fail(ptr + "/kind", "unknown kind " + describe(*k) + " (valid: \"single\", \"multi\")");
            question.multi = kind == "multi";
        }
        if (const json* a = c.field(q, ptr, "answers", true); a && c.is_array(*a, ptr + "/answers", true)) {
            std::set<std::string> answer_ids;
            for (std::size_t k = 0; k < a->size(); ++k) {
                const auto aptr = pointer_append(ptr + "/answers", k);
                const json& entry = (*a)[k];
                if (!c.is_object(entry, aptr)) continue;
                c.only_keys(entry, aptr, {"id", "needs", "prefer", "needs_if_important"});
                Answer answer;
                if (const json* id = c.field(entry, aptr, "id", true); id && c.is_id(*id, aptr + "/id")) {
                    answer.id = id->get<std::string>();
                    check_unique(c, answer_ids, answer.id, aptr + "/id");
                }
                if (const json* n = c.field(entry, aptr, "needs", false)) need_list(*n, aptr + "/needs", answer.needs);
                if (const json* n = c.field(entry, aptr, "needs_if_important", false))
                    need_list(*n, aptr + "/needs_if_important", answer.needs_if_important);
                if (const json* pr = c.field(entry, aptr, "prefer", false); pr && c.is_object(*pr, aptr + "/prefer")) {
                    for (auto it = pr->begin(); it != pr->end(); ++it) {
                        const auto pptr = pointer_append(aptr + "/prefer", it.key());
                        const int n = reference(c, json(it.key()), pptr, out_.need_index_, "need");
                        if (c.is_weight(it.value(), pptr) && n >= 0) answer.prefer.emplace_back(n, it.value().get<double>());
                    }
                }
                question.answers.push_back(std::move(answer));
            }
        }
        out_.question_index_.emplace(question.id, static_cast<int>(out_.quiz_.questions.size()));
        out_.quiz_.questions.push_back(std::move(question));
    }
}

}  // namespace mf
