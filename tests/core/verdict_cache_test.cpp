// The verdict memo changes no answer: whatever dates were asked before (more
// epochs than the cache keeps, so some are dropped and rebuilt), an engine
// answers exactly as a fresh engine does. Dates between two fact changes
// share one epoch's columns.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "date.hpp"
#include "default_data.hpp"
#include "synthetic.hpp"
#include "verdict_cache.hpp"

using namespace mf_test;

namespace {

std::string answer(const mf::Engine& e, const json& request) { return recommend_with(e, request, 20250601).dump(); }

// Each change date of the data, the day before it (when that is in the same
// month) and dates before and after all of them: every epoch, and both sides
// of every boundary.
std::vector<mf::Date> boundary_dates(const mf::FactTable& facts) {
    std::vector<mf::Date> out = {19000101};
    for (mf::Date d : facts.change_dates()) {
        if (d % 100 > 1) out.push_back(d - 1);
        out.push_back(d);
    }
    out.push_back(29991231);
    return out;
}

}  // namespace

TEST_CASE("answers do not depend on which dates were asked before", "[verdict_cache]") {
    const mf::Engine warm(load_valid(mf::default_data_files()));
    std::vector<mf::Date> dates = boundary_dates(warm.catalogue().facts());
    dates.insert(dates.end(), dates.rbegin(), dates.rend());  // and back: rebuilt after being dropped
    std::set<std::size_t> epochs;
    for (mf::Date d : dates) epochs.insert(warm.catalogue().facts().epoch(d));
    REQUIRE(epochs.size() > mf::VerdictCache::kEpochs);  // the cache must overflow
    for (const auto& need : warm.catalogue().needs()) {
        for (mf::Date date : dates) {
            const json request = {{"needs", {need.id}}, {"prefer", {{"audited", 2}}}, {"as_of", mf::format_date(date)}};
            INFO(request.dump());
            const mf::Engine fresh(load_valid(mf::default_data_files()));
            CHECK(answer(warm, request) == answer(fresh, request));
        }
    }
}

TEST_CASE("change dates: every since of the data, sorted, once; epochs step at each", "[verdict_cache]") {
    for (const auto& files : {mf::default_data_files(), synthetic_files()}) {
        const mf::Catalogue cat = load_valid(files);
        const mf::FactTable& facts = cat.facts();
        std::set<mf::Date> sinces;
        for (std::size_t m = 0; m < cat.messengers().size(); ++m)
            for (std::size_t a = 0; a < cat.attributes().size(); ++a)
                for (const auto& e : facts.history(m, a))
                    if (e.since != mf::kBeginning) sinces.insert(e.since);
        REQUIRE_FALSE(sinces.empty());
        CHECK(facts.change_dates() == std::vector<mf::Date>(sinces.begin(), sinces.end()));
        CHECK(facts.epoch(mf::kBeginning) == 0);
        CHECK(facts.epoch(*sinces.begin() - 1) == 0);
        std::size_t k = 0;
        for (mf::Date d : sinces) {
            CHECK(facts.epoch(d) == ++k);  // a change belongs to the epoch it starts
            CHECK(facts.epoch(d - 1) == k - 1);
        }
        CHECK(facts.epoch(29991231) == sinces.size());
    }
}

TEST_CASE("dates of one epoch share its columns; each epoch has its own", "[verdict_cache]") {
    const mf::Catalogue cat = load_valid(mf::default_data_files());
    const mf::VerdictCache cache;
    const std::vector<int> needs = {0, 1}, criteria = {0};
    const auto& changes = cat.facts().change_dates();
    REQUIRE(changes.size() >= 2);
    const mf::Date first = changes[0], second = changes[1];
    REQUIRE(first + 1 < second);
    const auto at_change = cache.get(cat, first, needs, criteria);
    CHECK(cache.get(cat, first + 1, needs, criteria) == at_change);  // same epoch: the same columns
    CHECK(cache.get(cat, second - 1, needs, criteria) == at_change);
    CHECK(cache.get(cat, first - 1, needs, criteria) != at_change);  // the epoch before
    CHECK(cache.get(cat, second, needs, criteria) != at_change);     // the next one
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

namespace {

// One date in each epoch: before every change, then each change date.
std::vector<mf::Date> epoch_dates(const mf::FactTable& facts) {
    std::vector<mf::Date> out = {19000101};
    out.insert(out.end(), facts.change_dates().begin(), facts.change_dates().end());
    return out;
}

}  // namespace

TEST_CASE("changes_between lists every (messenger, attribute) whose fact in effect differs", "[verdict_cache]") {
    for (const auto& files : {mf::default_data_files(), synthetic_files()}) {
        const mf::Catalogue cat = load_valid(files);
        const mf::FactTable& facts = cat.facts();
        const std::vector<mf::Date> dates = epoch_dates(facts);
        for (std::size_t a = 0; a < dates.size(); ++a) {
            for (std::size_t b = 0; b < dates.size(); ++b) {
                const auto [begin, end] = facts.changes_between(facts.epoch(dates[a]), facts.epoch(dates[b]));
                std::set<std::pair<std::size_t, std::size_t>> listed;
                for (auto c = begin; c != end; ++c) {
                    listed.insert({c->messenger, c->attribute});
                    // Listed because an entry of it starts between the two dates.
                    const mf::Date lo = std::min(dates[a], dates[b]), hi = std::max(dates[a], dates[b]);
                    const auto h = facts.history(c->messenger, c->attribute);
                    CHECK(std::any_of(h.begin(), h.end(), [&](const mf::Reading& e) { return e.since > lo && e.since <= hi; }));
                }
                for (std::size_t m = 0; m < cat.messengers().size(); ++m) {
                    for (std::size_t attr = 0; attr < cat.attributes().size(); ++attr) {
                        const auto h = facts.history(m, attr);
                        if (h.as_of(dates[a]) != h.as_of(dates[b])) CHECK(listed.count({m, attr}) == 1);
                    }
                }
                CHECK((a != b || begin == end));
            }
        }
    }
}

namespace {

// The synthetic data with a need that reads two attributes, one of which
// changes over time: a messenger evaluated again after a change must see
// its own values of both (not another messenger's, left in a reused row).
mf::DataFiles synthetic_with_two_attribute_need() {
    mf::DataFiles files = synthetic_files();
    std::string& needs = files["needs.json"];
    const std::string marker = R"({"needs": [)";
    REQUIRE(needs.compare(0, marker.size(), marker) == 0);
    needs.insert(marker.size(), R"({"id": "fast_or_work", "group": "features",
        "rule": {"any": [{"attr": "fast", "eq": true}, {"attr": "places", "has": "work"}]}},
        {"id": "work_and_red", "group": "features",
         "rule": {"all": [{"attr": "places", "has": "work"}, {"attr": "color", "eq": "red"}]}},)");
    return files;
}

}  // namespace

TEST_CASE("columns updated from another kept epoch equal columns computed afresh", "[verdict_cache]") {
    for (const auto& files : {mf::default_data_files(), synthetic_files(), synthetic_with_two_attribute_need()}) {
        const mf::Catalogue cat = load_valid(files);
        std::vector<int> needs(cat.needs().size()), criteria(cat.criteria().size());
        for (std::size_t i = 0; i < needs.size(); ++i) needs[i] = static_cast<int>(i);
        for (std::size_t i = 0; i < criteria.size(); ++i) criteria[i] = static_cast<int>(i);
        const std::vector<mf::Date> dates = epoch_dates(cat.facts());
        // Forward, backward and jumping: each new epoch is built from whichever
        // kept epoch is nearest, or in one pass when none is kept.
        std::vector<mf::Date> order = dates;
        order.insert(order.end(), dates.rbegin(), dates.rend());
        for (std::size_t i = 0; i < dates.size(); i += 2) order.push_back(dates[i]);
        for (std::size_t i = 1; i < dates.size(); i += 2) order.push_back(dates[i]);
        const mf::VerdictCache warm;
        const std::size_t n = cat.messengers().size();
        for (mf::Date date : order) {
            INFO("as of " << date);
            // One rule at a time, so that a column is built while others of its epoch already exist.
            for (int need : needs) warm.get(cat, date, {need}, {});
            const auto got = warm.get(cat, date, needs, criteria);
            const auto fresh = mf::VerdictCache().get(cat, date, needs, criteria);
            // Whole columns, both halves and the clear bits past the last messenger.
            const std::size_t words = 2 * mf::verdict_words(n);
            for (int need : needs)
                CHECK(std::equal(got->need_passes(need), got->need_passes(need) + words, fresh->need_passes(need)));
            for (int c : criteria)
                CHECK(std::equal(got->criterion_passes(c), got->criterion_passes(c) + words, fresh->criterion_passes(c)));
        }
    }
}

namespace {

// The synthetic data, with one more messenger whose colour changes three
// times (red, then blue, unknown, red again) and a few whose facts never
// change: fewer changes between any two epochs than messengers, so every
// new epoch is updated from whichever one is kept, across several change
// dates at once, forward or back.
mf::DataFiles synthetic_with_a_changing_colour() {
    mf::DataFiles files = synthetic_files();
    json doc = json::parse(files["catalogue.json"]);
    json nu = doc["messengers"][1];  // alpha: no dated facts but "places"
    nu["id"] = "nu";
    const json source = json::array({"https://n.example/"});
    nu["facts"]["color"] = {{{"value", "red"}, {"sources", source}},
                            {{"since", "2021-01-01"}, {"value", "blue"}, {"sources", source}},
                            {{"since", "2022-01-01"}, {"value", "unknown"}, {"sources", source}},
                            {{"since", "2023-01-01"}, {"value", "red"}, {"sources", source}}};
    nu["facts"]["places"] = {{{"value", json::array({"home"})}, {"sources", source}}};
    doc["messengers"].push_back(nu);
    for (const char* id : {"s1", "s2", "s3", "s4", "s5", "s6"}) {
        json still = nu;
        still["id"] = id;
        still["facts"]["color"] = {{{"value", "blue"}, {"sources", source}}};
        doc["messengers"].push_back(still);
    }
    files["catalogue.json"] = doc.dump();
    return files;
}

}  // namespace

TEST_CASE("a new epoch updated from any kept one, across several changes of one fact, equals one computed afresh",
          "[verdict_cache]") {
    const mf::Catalogue cat = load_valid(synthetic_with_a_changing_colour());
    std::vector<int> needs(cat.needs().size()), criteria(cat.criteria().size());
    for (std::size_t i = 0; i < needs.size(); ++i) needs[i] = static_cast<int>(i);
    for (std::size_t i = 0; i < criteria.size(); ++i) criteria[i] = static_cast<int>(i);
    const std::vector<mf::Date> dates = epoch_dates(cat.facts());
    REQUIRE(dates.size() == 6);  // before 2020, then 2020, 2021, 2022, 2023 and 2024
    const std::size_t words = 2 * mf::verdict_words(cat.messengers().size());
    for (mf::Date from : dates) {
        for (mf::Date to : dates) {
            if (from == to) continue;
            INFO("from " << from << " to " << to);
            const auto [begin, end] = cat.facts().changes_between(cat.facts().epoch(from), cat.facts().epoch(to));
            REQUIRE(static_cast<std::size_t>(end - begin) < cat.messengers().size());  // updated, not computed
            const auto fresh = mf::VerdictCache().get(cat, to, needs, criteria);
            // All rules at once (a rule reading "color" and "fast" makes every
            // change to either a full lookup), then each rule alone (one that
            // reads only "color" takes the change's own copy of its value).
            const mf::VerdictCache all;
            all.get(cat, from, needs, criteria);
            const auto got = all.get(cat, to, needs, criteria);
            for (int need : needs) {
                CHECK(std::equal(got->need_passes(need), got->need_passes(need) + words, fresh->need_passes(need)));
                const mf::VerdictCache alone;
                alone.get(cat, from, {need}, {});
                const auto one = alone.get(cat, to, {need}, {});
                CHECK(std::equal(one->need_passes(need), one->need_passes(need) + words, fresh->need_passes(need)));
            }
            for (int c : criteria) {
                CHECK(std::equal(got->criterion_passes(c), got->criterion_passes(c) + words, fresh->criterion_passes(c)));
                const mf::VerdictCache alone;
                alone.get(cat, from, {}, {c});
                const auto one = alone.get(cat, to, {}, {c});
                CHECK(std::equal(one->criterion_passes(c), one->criterion_passes(c) + words, fresh->criterion_passes(c)));
            }
        }
    }
}
