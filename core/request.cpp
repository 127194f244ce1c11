#include "request.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace mf {

namespace {

[[noreturn]] void bad(const std::string& ptr, const std::string& message) { throw RequestError(ptr, message); }

std::string expected(const char* what, const json& j) {
    return std::string("expected ") + what + ", got " + describe(j);
}

template <typename Items, typename Name>
std::string valid_list(const Items& items, Name name) {
    std::vector<std::string> names;
    for (const auto& item : items) names.push_back(name(item));
    return " (valid: " + join_quoted(names) + ")";
}

int need_id(const Catalogue& cat, const json& j, const std::string& ptr) {
    if (!j.is_string()) bad(ptr, expected("a need id string", j));
    const int n = cat.need_index(j.get<std::string>());
    if (n < 0)
        bad(ptr, "unknown need " + describe(j) + valid_list(cat.needs(), [](const Need& x) { return x.id; }));
    return n;
}

double weight(const json& j, const std::string& ptr) {
    if (!j.is_number()) bad(ptr, expected("a number", j));
    const double w = j.get<double>();
    if (!std::isfinite(w) || w < 0 || w > kMaxWeight)
        bad(ptr, "weight " + describe(j) + " must be >= 0 and <= " + std::to_string(static_cast<int>(kMaxWeight)));
    return w;
}

struct Accumulator {
    std::vector<int> needs;
    std::map<int, double> prefer;
    void add_need(int n) {
        if (std::find(needs.begin(), needs.end(), n) == needs.end()) needs.push_back(n);
    }
};

// One question's answer: "id", ["id", ...] or {"choice": ..., "important": bool}.
void apply_answer(const Quiz& quiz, const Question& q, const json& j, const std::string& ptr, Accumulator& acc) {
    const json* choice = &j;
    std::string choice_ptr = ptr;
    bool important = false;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it.key() != "choice" && it.key() != "important")
                bad(pointer_append(ptr, it.key()), "unknown key \"" + it.key() + "\" (allowed: \"choice\", \"important\")");
        auto c = j.find("choice");
        if (c == j.end()) bad(ptr + "/choice", "missing required field \"choice\"");
        choice = &*c;
        choice_ptr = ptr + "/choice";
        if (auto imp = j.find("important"); imp != j.end()) {
            if (!imp->is_boolean()) bad(ptr + "/important", expected("true or false", *imp));
            important = imp->get<bool>();
        }
    }
    std::vector<std::pair<const json*, std::string>> ids;
    if (choice->is_array()) {
        if (!q.multi && choice->size() > 1) bad(choice_ptr, "question \"" + q.id + "\" takes one answer");
        for (std::size_t i = 0; i < choice->size(); ++i) ids.emplace_back(&(*choice)[i], pointer_append(choice_ptr, i));
    } else {
        ids.emplace_back(choice, choice_ptr);
    }
    std::vector<int> seen;
    for (const auto& [id, id_ptr] : ids) {
        if (!id->is_string()) bad(id_ptr, expected("an answer id string", *id));
        const int a = q.answer_index(id->get<std::string>());
        if (a < 0)
            bad(id_ptr, "unknown answer " + describe(*id) + " to question \"" + q.id + "\"" +
                            valid_list(q.answers, [](const Answer& x) { return x.id; }));
        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
        seen.push_back(a);
        const Answer& answer = q.answers[a];
        for (int n : answer.needs) acc.add_need(n);
        if (important)
            for (int n : answer.needs_if_important) acc.add_need(n);
        for (const auto& [n, w] : answer.prefer) acc.prefer[n] += important ? w * quiz.important_factor : w;
    }
}

}  // namespace

Request parse_request(const Catalogue& cat, const json& j, Date today) {
    if (!j.is_object()) bad("", expected("an object", j));
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const std::vector<std::string> keys = {"needs", "prefer", "answers", "profile", "as_of", "limit"};
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
            bad(pointer_append("", it.key()), "unknown key \"" + it.key() + "\" (allowed: " + join_quoted(keys) + ")");
    }
    Request out;
    Accumulator acc;
    if (auto needs = j.find("needs"); needs != j.end()) {
        if (!needs->is_array()) bad("/needs", expected("an array of need ids", *needs));
        for (std::size_t i = 0; i < needs->size(); ++i) acc.add_need(need_id(cat, (*needs)[i], pointer_append("/needs", i)));
    }
    if (auto prefer = j.find("prefer"); prefer != j.end()) {
        if (!prefer->is_object()) bad("/prefer", expected("an object of need id → weight", *prefer));
        for (auto it = prefer->begin(); it != prefer->end(); ++it) {
            const auto ptr = pointer_append("/prefer", it.key());
            acc.prefer[need_id(cat, json(it.key()), ptr)] += weight(it.value(), ptr);
        }
    }
    if (auto answers = j.find("answers"); answers != j.end()) {
        if (!answers->is_object()) bad("/answers", expected("an object of question id → answer", *answers));
        for (auto it = answers->begin(); it != answers->end(); ++it)
            if (cat.question_index(it.key()) < 0)
                bad(pointer_append("/answers", it.key()),
                    "unknown question \"" + it.key() + "\"" +
                        valid_list(cat.quiz().questions, [](const Question& q) { return q.id; }));
        // Quiz order, not key order, so the effective needs read like the quiz.
        for (const auto& q : cat.quiz().questions)
            if (auto a = answers->find(q.id); a != answers->end())
                apply_answer(cat.quiz(), q, *a, pointer_append("/answers", q.id), acc);
    }
    out.profile = cat.default_profile();
    if (auto profile = j.find("profile"); profile != j.end()) {
        if (!profile->is_string()) bad("/profile", expected("a profile id string", *profile));
        out.profile = cat.profile_index(profile->get<std::string>());
        if (out.profile < 0)
            bad("/profile", "unknown profile " + describe(*profile) +
                                valid_list(cat.profiles(), [](const Profile& p) { return p.id; }));
    }
    out.as_of = today;
    if (auto as_of = j.find("as_of"); as_of != j.end()) {
        if (!as_of->is_string()) bad("/as_of", expected("a date string YYYY-MM-DD", *as_of));
        switch (parse_date(as_of->get<std::string>(), out.as_of)) {
            case DateParse::ok: break;
            case DateParse::bad_format: bad("/as_of", "bad date " + describe(*as_of) + " (expected YYYY-MM-DD)");
            case DateParse::impossible: bad("/as_of", "impossible date " + describe(*as_of));
        }
    }
    if (auto limit = j.find("limit"); limit != j.end()) {
        if (!limit->is_number_integer() || limit->get<long long>() < 1)
            bad("/limit", expected("a whole number >= 1", *limit));
        out.limit = limit->get<std::size_t>();
    }
    out.needs = std::move(acc.needs);
    for (const auto& [n, w] : acc.prefer)
        if (w > 0) out.prefer.emplace_back(n, w);
    std::sort(out.prefer.begin(), out.prefer.end());
    return out;
}

}  // namespace mf
