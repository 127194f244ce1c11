#include "rule.hpp"

#include <algorithm>

namespace mf {

const char* verdict_name(Verdict v) {
    switch (v) {
        case Verdict::pass: return "pass";
        case Verdict::fail: return "fail";
        case Verdict::unknown: return "unknown";
    }
    return "?";
}

namespace {

struct OpName {
    const char* name;
    Rule::Op op;
};

const OpName kOps[] = {
    {"eq", Rule::Op::eq},           {"in", Rule::Op::in},
    {"has", Rule::Op::has},         {"has_all", Rule::Op::has_all},
    {"has_any", Rule::Op::has_any}, {"has_none", Rule::Op::has_none},
    {"not_empty", Rule::Op::not_empty}, {"gte", Rule::Op::gte},
    {"lte", Rule::Op::lte},         {"all", Rule::Op::all},
    {"any", Rule::Op::any},         {"not", Rule::Op::negate},
};

bool is_combinator(Rule::Op op) { return op == Rule::Op::all || op == Rule::Op::any || op == Rule::Op::negate; }

bool op_fits(Rule::Op op, AttrType t) {
    switch (op) {
        case Rule::Op::eq: return t != AttrType::set && t != AttrType::list;
        case Rule::Op::in: return t == AttrType::enumeration || t == AttrType::text || t == AttrType::number;
        case Rule::Op::has:
        case Rule::Op::has_all:
        case Rule::Op::has_any:
        case Rule::Op::has_none: return t == AttrType::set;
        case Rule::Op::not_empty: return t == AttrType::set || t == AttrType::list;
        case Rule::Op::gte:
        case Rule::Op::lte: return t == AttrType::number;
        default: return false;
    }
}

// One scalar operand for eq/in on a non-set attribute.
bool parse_scalar(const Attribute& a, const json& j, const JsonCheck& check, const std::string& ptr, Rule& out) {
    switch (a.type) {
        case AttrType::boolean:
            if (!check.is_bool(j, ptr)) return false;
            out.boolean = j.get<bool>();
            return true;
        case AttrType::enumeration: {
            int m = -1;
            if (!parse_member(a, j, check, ptr, m)) return false;
            out.members.push_back(m);
            return true;
        }
        case AttrType::number:
            if (!check.is_number(j, ptr)) return false;
            out.numbers.push_back(j.get<double>());
            return true;
        case AttrType::text:
            if (!check.is_string(j, ptr)) return false;
            out.texts.push_back(j.get<std::string>());
            return true;
        default: return false;
    }
}

bool parse_leaf(const json& j, const std::string& ptr, const json& operand, const std::string& op_ptr,
                const std::vector<Attribute>& attrs, const AttributeIndex& index, const JsonCheck& check,
                Rule& out) {
    const json* attr_j = check.field(j, ptr, "attr", true);
    if (!attr_j || !check.is_id(*attr_j, pointer_append(ptr, "attr"))) return false;
    auto found = index.find(attr_j->get<std::string>());
    if (found == index.end()) {
        check.fail(pointer_append(ptr, "attr"), "unknown attribute " + describe(*attr_j));
        return false;
    }
    out.attr = found->second;
    const Attribute& a = attrs[out.attr];
    const std::string op_name = op_ptr.substr(op_ptr.rfind('/') + 1);
    if (!op_fits(out.op, a.type)) {
        check.fail(ptr, "operator does not fit: \"" + op_name + "\" on attribute \"" + a.id + "\" of type " +
                            type_name(a.type));
        return false;
    }
    switch (out.op) {
        case Rule::Op::eq: return parse_scalar(a, operand, check, op_ptr, out);
        case Rule::Op::in: {
            if (!check.is_array(operand, op_ptr, true)) return false;
            bool ok = true;
            for (std::size_t i = 0; i < operand.size(); ++i)
                ok = parse_scalar(a, operand[i], check, pointer_append(op_ptr, i), out) && ok;
            return ok;
        }
        case Rule::Op::has: {
            int m = -1;
            if (!parse_member(a, operand, check, op_ptr, m)) return false;
            out.mask = std::uint64_t{1} << m;
            return true;
        }
        case Rule::Op::has_all:
        case Rule::Op::has_any:
        case Rule::Op::has_none: {
            if (!check.is_array(operand, op_ptr, true)) return false;
            bool ok = true;
            for (std::size_t i = 0; i < operand.size(); ++i) {
                int m = -1;
                if (parse_member(a, operand[i], check, pointer_append(op_ptr, i), m)) out.mask |= std::uint64_t{1} << m;
                else ok = false;
            }
            return ok;
        }
        case Rule::Op::not_empty:
            if (!check.is_bool(operand, op_ptr)) return false;
            if (!operand.get<bool>()) {
                check.fail(op_ptr, "\"not_empty\" takes true (use {\"not\": ...} for the opposite)");
                return false;
            }
            return true;
        case Rule::Op::gte:
        case Rule::Op::lte:
            if (!check.is_number(operand, op_ptr)) return false;
            out.numbers.push_back(operand.get<double>());
            return true;
        default: return false;
    }
}

}  // namespace

bool parse_rule(const json& j, const std::string& ptr, const std::vector<Attribute>& attrs,
                const AttributeIndex& index, const JsonCheck& check, Rule& out) {
    out = Rule{};
    if (!check.is_object(j, ptr)) return false;
    const OpName* found = nullptr;
    int count = 0;
    for (const auto& candidate : kOps) {
        if (j.contains(candidate.name)) {
            found = &candidate;
            ++count;
        }
    }
    if (count != 1) {
        check.fail(ptr, "a rule needs exactly one operator, found " + std::to_string(count));
        return false;
    }
    out.op = found->op;
    const std::string op_ptr = pointer_append(ptr, found->name);
    const json& operand = *j.find(found->name);
    if (!is_combinator(out.op)) {
        check.only_keys(j, ptr, {"attr", found->name});
        return parse_leaf(j, ptr, operand, op_ptr, attrs, index, check, out);
    }
    check.only_keys(j, ptr, {found->name});
    if (out.op == Rule::Op::negate) {
        out.children.emplace_back();
        return parse_rule(operand, op_ptr, attrs, index, check, out.children.back());
    }
    if (!check.is_array(operand, op_ptr, true)) return false;
    bool ok = true;
    out.children.resize(operand.size());
    for (std::size_t i = 0; i < operand.size(); ++i)
        ok = parse_rule(operand[i], pointer_append(op_ptr, i), attrs, index, check, out.children[i]) && ok;
    return ok;
}

static Verdict from_bool(bool b) { return b ? Verdict::pass : Verdict::fail; }

Verdict evaluate(const Rule& rule, const ValueRow& values) {
    switch (rule.op) {
        case Rule::Op::all: {
            Verdict out = Verdict::pass;
            for (const auto& child : rule.children) {
                Verdict v = evaluate(child, values);
                if (v == Verdict::fail) return Verdict::fail;
                if (v == Verdict::unknown) out = Verdict::unknown;
            }
            return out;
        }
        case Rule::Op::any: {
            Verdict out = Verdict::fail;
            for (const auto& child : rule.children) {
                Verdict v = evaluate(child, values);
                if (v == Verdict::pass) return Verdict::pass;
                if (v == Verdict::unknown) out = Verdict::unknown;
            }
            return out;
        }
        case Rule::Op::negate: {
            Verdict v = evaluate(rule.children.front(), values);
            return v == Verdict::unknown ? v : from_bool(v == Verdict::fail);
        }
        default: break;
    }
    const Value* v = values[rule.attr];
    if (!v || !v->known) return Verdict::unknown;
    auto contains = [](const auto& list, const auto& x) { return std::find(list.begin(), list.end(), x) != list.end(); };
    // The operand's kind says which of the value's members to compare (the
    // loader checked both against the attribute's type).
    switch (rule.op) {
        case Rule::Op::eq:
            if (!rule.members.empty()) return from_bool(v->member == rule.members.front());
            if (!rule.numbers.empty()) return from_bool(v->number == rule.numbers.front());
            if (!rule.texts.empty()) return from_bool(v->text == rule.texts.front());
            return from_bool(v->boolean == rule.boolean);
        case Rule::Op::in:
            if (!rule.members.empty()) return from_bool(contains(rule.members, v->member));
            if (!rule.numbers.empty()) return from_bool(contains(rule.numbers, v->number));
            return from_bool(contains(rule.texts, v->text));
        case Rule::Op::has:
        case Rule::Op::has_all: return from_bool((v->mask & rule.mask) == rule.mask);
        case Rule::Op::has_any: return from_bool((v->mask & rule.mask) != 0);
        case Rule::Op::has_none: return from_bool((v->mask & rule.mask) == 0);
        case Rule::Op::not_empty: return from_bool(v->mask != 0 || !v->items.empty());
        case Rule::Op::gte: return from_bool(v->number >= rule.numbers.front());
        case Rule::Op::lte: return from_bool(v->number <= rule.numbers.front());
        default: return Verdict::unknown;
    }
}

void collect_attributes(const Rule& rule, std::vector<int>& out) {
    if (rule.attr >= 0 && std::find(out.begin(), out.end(), rule.attr) == out.end()) out.push_back(rule.attr);
    for (const auto& child : rule.children) collect_attributes(child, out);
}

}  // namespace mf
