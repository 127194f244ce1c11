// The per-date verdict memo changes no answer: whatever dates were asked
// before (more than the cache keeps, so some are dropped and rebuilt), an
// engine answers exactly as a fresh engine does.
#include <catch2/catch.hpp>

#include "default_data.hpp"
#include "synthetic.hpp"

using namespace mf_test;

namespace {

std::string answer(const mf::Engine& e, const json& request) { return recommend_with(e, request, 20250601).dump(); }

}  // namespace

TEST_CASE("answers do not depend on which dates were asked before", "[verdict_cache]") {
    const mf::Engine warm(load_valid(mf::default_data_files()));
    const std::vector<std::string> dates = {"2019-01-01", "2023-06-01", "2024-01-01", "2024-11-01",
                                            "2025-06-01", "2026-01-01", "2023-06-01", "2019-01-01"};
    static_assert(mf::VerdictCache::kDates < 6, "the dates above must overflow the cache");
    for (const auto& need : warm.catalogue().needs()) {
        for (const auto& date : dates) {
            const json request = {{"needs", {need.id}}, {"prefer", {{"audited", 2}}}, {"as_of", date}};
            INFO(request.dump());
            const mf::Engine fresh(load_valid(mf::default_data_files()));
            CHECK(answer(warm, request) == answer(fresh, request));
        }
    }
}

TEST_CASE("a date's columns computed for one request serve the next, with other rules added", "[verdict_cache]") {
    const auto& e = synthetic_engine();
    const json first = {{"needs", {"fast"}}, {"as_of", "2024-06-01"}};
    const json second = {{"needs", {"place:work", "red"}}, {"prefer", {{"big", 1}}}, {"as_of", "2024-06-01"}};
    const mf::Engine fresh(load_valid(synthetic_files()));
    CHECK(answer(e, first) == answer(fresh, first));
    CHECK(answer(e, second) == answer(mf::Engine(load_valid(synthetic_files())), second));
    CHECK(answer(e, first) == answer(fresh, first));
}
