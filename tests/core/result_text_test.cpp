// The result writer against an independent reference: the same result built
// as an ordered_json DOM here, facts taken from the data files as written
// (not from the loader's typed model), then dumped by nlohmann. The writer's
// bytes must be exactly that dump, as Api::recommend's were before it wrote
// text directly (the CLI ⇄ wasm parity test compares bytes too).
#include <catch2/catch.hpp>

#include <algorithm>

#include "default_data.hpp"
#include "json_text.hpp"
#include "result_text.hpp"
#include "synthetic.hpp"

using namespace mf_test;

namespace {

std::string dump(const ordered_json& j) { return j.dump(-1, ' ', true, json::error_handler_t::replace); }

// The fact object of docs/data-format.md, from the catalogue as written.
ordered_json reference_fact(const json& catalogue, const std::string& messenger, const std::string& attr,
                            const std::string& as_of) {
    ordered_json f;
    f["attr"] = attr;
    const json* entry = nullptr;
    for (const auto& m : catalogue["messengers"]) {
        if (m["id"] != messenger || !m["facts"].contains(attr)) continue;
        for (const auto& e : m["facts"][attr])  // oldest first: the last one not after as_of wins
            if (!e.contains("since") || e["since"].get<std::string>() <= as_of) entry = &e;
    }
    if (!entry) {
        f["value"] = "unknown";
        f["sources"] = ordered_json::array();
        return f;
    }
    f["value"] = (*entry)["value"];
    if (entry->contains("since")) f["since"] = (*entry)["since"];
    f["sources"] = (*entry)["sources"];
    if (entry->contains("note")) f["note"] = (*entry)["note"];
    if (entry->contains("disputed")) f["disputed"] = (*entry)["disputed"];
    return f;
}

ordered_json reference_result(const mf::DataFiles& files, const mf::Catalogue& cat, const mf::Result& result) {
    const json catalogue = json::parse(files.at("catalogue.json"));
    const auto& profile = cat.profiles()[result.request.profile];
    const std::string as_of = mf::format_date(result.request.as_of);
    ordered_json out;
    out["profile"] = profile.id;
    out["as_of"] = as_of;
    out["needs"] = ordered_json::array();
    for (int n : result.request.needs) out["needs"].push_back(cat.needs()[n].id);
    out["prefer"] = ordered_json::object();
    for (const auto& [n, w] : result.request.prefer) out["prefer"][cat.needs()[n].id] = w;
    out["results"] = ordered_json::array();
    for (const auto& r : result.results) {
        const auto& m = cat.messengers()[r.messenger];
        ordered_json item;
        item["id"] = m.id;
        item["name"] = m.name;
        item["tier"] = r.tier_rank < static_cast<int>(profile.tiers.size()) ? profile.tiers[r.tier_rank].id
                                                                             : profile.fallback_tier;
        item["fits"] = r.fits;
        item["score"] = r.score;
        item["unmet"] = ordered_json::array();
        for (int n : r.unmet) item["unmet"].push_back(cat.needs()[n].id);
        item["reasons"] = ordered_json::array();
        for (const auto& reason : r.reasons) {
            const bool about_need = reason.kind == mf::ReasonKind::need || reason.kind == mf::ReasonKind::prefer;
            ordered_json j;
            j["kind"] = mf::reason_kind_name(reason.kind);
            j["id"] = about_need ? cat.needs()[reason.id].id : cat.criteria()[reason.id].id;
            j["status"] = mf::verdict_name(reason.status);
            if (reason.kind == mf::ReasonKind::best_case || reason.kind == mf::ReasonKind::prefer)
                j["weight"] = reason.weight;
            j["facts"] = ordered_json::array();
            for (int a : about_need ? cat.needs()[reason.id].attrs : cat.criteria()[reason.id].attrs)
                j["facts"].push_back(reference_fact(catalogue, m.id, cat.attributes()[a].id, as_of));
            item["reasons"].push_back(std::move(j));
        }
        out["results"].push_back(std::move(item));
    }
    return out;
}

ordered_json reference_facts(const mf::DataFiles& files, const mf::Catalogue& cat, mf::Date date) {
    const json catalogue = json::parse(files.at("catalogue.json"));
    const std::string as_of = mf::format_date(date);
    ordered_json out;
    out["as_of"] = as_of;
    out["messengers"] = ordered_json::array();
    for (const auto& m : cat.messengers()) {
        ordered_json item;
        item["id"] = m.id;
        item["name"] = m.name;
        item["facts"] = ordered_json::array();
        for (const auto& a : cat.attributes()) item["facts"].push_back(reference_fact(catalogue, m.id, a.id, as_of));
        out["messengers"].push_back(std::move(item));
    }
    return out;
}

// Every need alone, with fractional weights and limits, each profile, several dates.
std::vector<json> request_mix(const mf::Catalogue& cat) {
    std::vector<json> out = {json::object()};
    const char* dates[] = {"2019-01-01", "2023-06-01", "2024-01-01", "2026-01-01"};
    int k = 0;
    for (const auto& need : cat.needs()) {
        for (const auto& profile : cat.profiles()) {
            json r = {{"needs", {need.id}}, {"profile", profile.id}, {"as_of", dates[k % 4]}};
            if (k % 3 == 0) r["prefer"] = {{cat.needs()[(k + 1) % cat.needs().size()].id, 0.1 + k}};
            if (k % 3 == 1) r["prefer"] = {{need.id, 1.5}, {cat.needs()[k % cat.needs().size()].id, 1e-7}};
            if (k % 4 == 2) r["limit"] = 1 + k % 3;
            out.push_back(std::move(r));
            ++k;
        }
    }
    return out;
}

void check_writer(const mf::DataFiles& files) {
    const mf::Engine engine(load_valid(files));
    const auto& cat = engine.catalogue();
    for (const auto& request : request_mix(cat)) {
        INFO(request.dump());
        const mf::Result result = engine.recommend(parse_valid(cat, request, 20250601));
        std::string written;
        mf::write_result(written, cat, result);
        CHECK(written == dump(reference_result(files, cat, result)));
    }
    for (mf::Date date : {20190101, 20240101, 20260101}) {
        std::string written;
        mf::write_facts(written, cat, date);
        CHECK(written == dump(reference_facts(files, cat, date)));
    }
}

// The synthetic catalogue with hostile text in every string the writer copies.
mf::DataFiles hostile_files() {
    auto files = synthetic_files();
    auto& text = files["catalogue.json"];
    auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace(R"("name": "Zeta")", R"("name": "Zéta \"日本\" \\ \u0001\t\n\u001f\u007f end")");
    replace(R"("not documented")", R"("not\bdocumented\f\r ✓ \ud83d\ude00 </script>")");
    replace(R"("https://z.example/c"])", R"("https://z.example/ü?q=\"x\"&\u0002"])");
    replace(R"("https://other.example/"])", R"("https://other.example/"], "note": "ça \u0000 dépend")");
    return files;
}

}  // namespace

TEST_CASE("the result writer gives the bytes of an independent DOM dump: shipped data", "[result_text]") {
    check_writer(mf::default_data_files());
}

TEST_CASE("the result writer gives the bytes of an independent DOM dump: synthetic data", "[result_text]") {
    check_writer(synthetic_files());
}

TEST_CASE("the result writer escapes control characters and non-ASCII text, which survives", "[result_text]") {
    const auto files = hostile_files();
    check_writer(files);
    const mf::Engine engine(load_valid(files));
    std::string written;
    mf::write_result(written, engine.catalogue(), engine.recommend(parse_valid(engine.catalogue(), json::object(), 20250601)));
    const auto parsed = json::parse(written);  // valid JSON, and the text survives the round trip
    CHECK(result_for(parsed, "zeta")["name"] == "Zéta \"日本\" \\ \x01\t\n\x1f\x7f end");
    CHECK(written.find(R"(\u0001\t\n\u001f)") != std::string::npos);
    // ASCII only (json_text.hpp): the page decodes it as a one-byte string.
    CHECK(written.find(R"(Z\u00e9ta \"\u65e5\u672c\")") != std::string::npos);
    CHECK(std::none_of(written.begin(), written.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    std::string facts;
    mf::write_facts(facts, engine.catalogue(), 20250601);
    CHECK(facts.find(R"(\ud83d\ude00)") != std::string::npos);
    CHECK(std::none_of(facts.begin(), facts.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
}

TEST_CASE("number text matches nlohmann for whole, fractional, tiny and huge doubles", "[result_text]") {
    for (double x : {0.0, -0.0, 1.0, 2.5, 0.1, 1e-7, 3.0000000000000004, 99.99, 1e15, 1e16, 123456789012345.0, 1e300}) {
        std::string out;
        mf::put_number(out, x);
        CHECK(out == json(x).dump());
    }
}
