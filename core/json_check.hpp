// Typed, pointer-aware reading of a JSON document that records problems
// instead of throwing, so one validation run reports every mistake.
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "date.hpp"
#include "json.hpp"
#include "problem.hpp"

namespace mf {

class JsonCheck {
public:
    JsonCheck(std::string file, std::vector<Problem>& sink) : file_(std::move(file)), sink_(sink) {}

    void fail(const std::string& pointer, const std::string& message) const;
    const std::string& file() const { return file_; }

    // Each returns false (after recording a problem) when the value has the wrong shape.
    bool is_object(const json& j, const std::string& ptr) const;
    bool is_array(const json& j, const std::string& ptr, bool non_empty = false) const;
    bool is_string(const json& j, const std::string& ptr) const;  // also requires non-empty
    bool is_number(const json& j, const std::string& ptr) const;
    bool is_bool(const json& j, const std::string& ptr) const;
    bool is_id(const json& j, const std::string& ptr, bool allow_namespace = false) const;
    bool is_url(const json& j, const std::string& ptr) const;
    bool is_date(const json& j, const std::string& ptr, Date& out) const;
    bool is_weight(const json& j, const std::string& ptr) const;  // number >= 0

    // Records "unknown key" for anything outside `allowed`.
    void only_keys(const json& obj, const std::string& ptr, std::initializer_list<const char*> allowed) const;
    // Returns the member or nullptr; records "missing required field" when required.
    const json* field(const json& obj, const std::string& ptr, const char* key, bool required) const;

    // Reads the required "id" of `obj`, checks its pattern and that `seen` does
    // not hold it yet (else "duplicate id"). Returns "" when it is unusable.
    std::string unique_id(const json& obj, const std::string& ptr, std::set<std::string>& seen,
                          bool allow_namespace = false) const;

    // For an array of objects: calls visit(element, pointer) for each object
    // whose keys are all in `keys`; other elements are reported and skipped.
    template <typename Visit>
    void each_object(const json& array, const std::string& ptr, bool non_empty,
                     std::initializer_list<const char*> keys, Visit&& visit) const {
        if (!is_array(array, ptr, non_empty)) return;
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string item_ptr = pointer_append(ptr, i);
            if (!is_object(array[i], item_ptr)) continue;
            only_keys(array[i], item_ptr, keys);
            visit(array[i], item_ptr);
        }
    }

private:
    std::string file_;
    std::vector<Problem>& sink_;
};

}  // namespace mf
