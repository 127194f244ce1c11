#include "request.hpp"

#include <algorithm>
#include <cmath>

namespace mf {

namespace {

std::string expected(const char* what, const json& j) {
    return std::string("expected ") + what + ", got " + describe(j);
}

template <typename Items, typename Name>
std::string valid_list(const Items& items, Name name) {
    std::vector<std::string> names;
    for (const auto& item : items) names.push_back(name(item));
    return " (valid: " + join_quoted(names) + ")";
}

// Reads one request. Every step returns false once it has recorded the
// (first) problem, so the caller stops there: the engine is built without
// exceptions (CMakeLists.txt), and an unknown id must not go on to be used.
class RequestParser {
public:
    RequestParser(const Catalogue& cat, RequestError& error)
        : cat_(cat), error_(error), prefer_(cat.needs().size(), 0.0) {}

    bool parse(const json& j, Date today, Request& out);

private:
    bool bad(const std::string& ptr, const std::string& message) {
        error_ = RequestError{ptr, message};
        return false;
    }
    bool need_id(const json& j, const std::string& ptr, int& out);
    bool weight(const json& j, const std::string& ptr, double& out);
    bool answer(const Question& q, const json& j, const std::string& ptr);
    bool add_answer_ids(const Question& q, const json& choice, const std::string& ptr, bool important);
    void add_need(int n) {
        if (std::find(needs_.begin(), needs_.end(), n) == needs_.end()) needs_.push_back(n);
    }

    const Catalogue& cat_;
    RequestError& error_;
    std::vector<int> needs_;
    std::vector<double> prefer_;  // by need index, read out in catalogue order
};

bool RequestParser::need_id(const json& j, const std::string& ptr, int& out) {
    if (!j.is_string()) return bad(ptr, expected("a need id string", j));
    out = cat_.need_index(j.get_ref<const std::string&>());
    if (out < 0)
        return bad(ptr, "unknown need " + describe(j) + valid_list(cat_.needs(), [](const Need& x) { return x.id; }));
    return true;
}

bool RequestParser::weight(const json& j, const std::string& ptr, double& out) {
    if (!j.is_number()) return bad(ptr, expected("a number", j));
    out = j.get<double>();
    if (!std::isfinite(out) || out < 0 || out > kMaxWeight)
        return bad(ptr, "weight " + describe(j) + " must be >= 0 and <= " + std::to_string(static_cast<int>(kMaxWeight)));
    return true;
}

// One question's answer: "id", ["id", ...] or {"choice": ..., "important": bool}.
bool RequestParser::answer(const Question& q, const json& j, const std::string& ptr) {
    if (!j.is_object()) return add_answer_ids(q, j, ptr, false);
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "choice" && it.key() != "important")
            return bad(pointer_append(ptr, it.key()),
                       "unknown key \"" + it.key() + "\" (allowed: \"choice\", \"important\")");
    auto choice = j.find("choice");
    if (choice == j.end()) return bad(ptr + "/choice", "missing required field \"choice\"");
    bool important = false;
    if (auto imp = j.find("important"); imp != j.end()) {
        if (!imp->is_boolean()) return bad(ptr + "/important", expected("true or false", *imp));
        important = imp->get<bool>();
    }
    return add_answer_ids(q, *choice, ptr + "/choice", important);
}

bool RequestParser::add_answer_ids(const Question& q, const json& choice, const std::string& ptr, bool important) {
    std::vector<std::pair<const json*, std::string>> ids;
    if (choice.is_array()) {
        if (!q.multi && choice.size() > 1) return bad(ptr, "question \"" + q.id + "\" takes one answer");
        for (std::size_t i = 0; i < choice.size(); ++i) ids.emplace_back(&choice[i], pointer_append(ptr, i));
    } else {
        ids.emplace_back(&choice, ptr);
    }
    std::vector<int> seen;
    for (const auto& [id, id_ptr] : ids) {
        if (!id->is_string()) return bad(id_ptr, expected("an answer id string", *id));
        const int a = q.answer_index(id->get_ref<const std::string&>());
        if (a < 0)
            return bad(id_ptr, "unknown answer " + describe(*id) + " to question \"" + q.id + "\"" +
                                   valid_list(q.answers, [](const Answer& x) { return x.id; }));
        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
        seen.push_back(a);
        const Answer& answer = q.answers[a];
        for (int n : answer.needs) add_need(n);
        if (important)
            for (int n : answer.needs_if_important) add_need(n);
        const double factor = important ? cat_.quiz().important_factor : 1;
        for (const auto& [n, w] : answer.prefer) prefer_[n] += w * factor;
    }
    return true;
}

bool RequestParser::parse(const json& j, Date today, Request& out) {
    if (!j.is_object()) return bad("", expected("an object", j));
    static const std::vector<std::string> keys = {"needs", "prefer", "answers", "profile", "as_of", "limit"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
            return bad(pointer_append("", it.key()),
                       "unknown key \"" + it.key() + "\" (allowed: " + join_quoted(keys) + ")");
    if (auto needs = j.find("needs"); needs != j.end()) {
        if (!needs->is_array()) return bad("/needs", expected("an array of need ids", *needs));
        for (std::size_t i = 0; i < needs->size(); ++i) {
            int n;
            if (!need_id((*needs)[i], pointer_append("/needs", i), n)) return false;
            add_need(n);
        }
    }
    if (auto prefer = j.find("prefer"); prefer != j.end()) {
        if (!prefer->is_object()) return bad("/prefer", expected("an object of need id → weight", *prefer));
        for (auto it = prefer->begin(); it != prefer->end(); ++it) {
            const auto ptr = pointer_append("/prefer", it.key());
            int n;
            double w;
            if (!need_id(json(it.key()), ptr, n) || !weight(it.value(), ptr, w)) return false;
            prefer_[n] += w;
        }
    }
    if (auto answers = j.find("answers"); answers != j.end()) {
        if (!answers->is_object()) return bad("/answers", expected("an object of question id → answer", *answers));
        for (auto it = answers->begin(); it != answers->end(); ++it)
            if (cat_.question_index(it.key()) < 0)
                return bad(pointer_append("/answers", it.key()),
                           "unknown question \"" + it.key() + "\"" +
                               valid_list(cat_.quiz().questions, [](const Question& q) { return q.id; }));
        // Quiz order, not key order, so the effective needs read like the quiz.
        for (const auto& q : cat_.quiz().questions)
            if (auto a = answers->find(q.id); a != answers->end())
                if (!answer(q, *a, pointer_append("/answers", q.id))) return false;
    }
    out.profile = cat_.default_profile();
    if (auto profile = j.find("profile"); profile != j.end()) {
        if (!profile->is_string()) return bad("/profile", expected("a profile id string", *profile));
        out.profile = cat_.profile_index(profile->get_ref<const std::string&>());
        if (out.profile < 0)
            return bad("/profile", "unknown profile " + describe(*profile) +
                                       valid_list(cat_.profiles(), [](const Profile& p) { return p.id; }));
    }
    out.as_of = today;
    if (auto as_of = j.find("as_of"); as_of != j.end()) {
        if (!as_of->is_string()) return bad("/as_of", expected("a date string YYYY-MM-DD", *as_of));
        switch (parse_date(as_of->get_ref<const std::string&>(), out.as_of)) {
            case DateParse::ok: break;
            case DateParse::bad_format: return bad("/as_of", "bad date " + describe(*as_of) + " (expected YYYY-MM-DD)");
            case DateParse::impossible: return bad("/as_of", "impossible date " + describe(*as_of));
        }
    }
    if (auto limit = j.find("limit"); limit != j.end()) {
        if (!limit->is_number_integer() || limit->get<long long>() < 1)
            return bad("/limit", expected("a whole number >= 1", *limit));
        out.limit = limit->get<std::size_t>();
    }
    out.needs = std::move(needs_);
    for (std::size_t n = 0; n < prefer_.size(); ++n)  // in catalogue order, as Request promises
        if (prefer_[n] > 0) out.prefer.emplace_back(static_cast<int>(n), prefer_[n]);
    return true;
}

}  // namespace

std::optional<Request> parse_request(const Catalogue& cat, const json& j, Date today, RequestError& error) {
    Request out;
    if (!RequestParser(cat, error).parse(j, today, out)) return std::nullopt;
    return out;
}

}  // namespace mf
