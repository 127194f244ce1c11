// The malformed-data fixtures shared with the Node schema tests: each case
// patches one real data file, and the C++ validator must name the file, the
// JSON pointer and the problem.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace mf_test;

namespace {

mf::DataFiles real_files() {
    mf::DataFiles files;
    for (const auto& name : mf::data_file_names()) files[name] = read_source_file("data/" + name);
    return files;
}

std::string problems_text(const std::vector<mf::Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.to_string() + "\n";
    return out;
}

}  // namespace

TEST_CASE("the shipped data is valid", "[malformed]") {
    const auto problems = mf::Catalogue::validate(real_files());
    INFO(problems_text(problems));
    CHECK(problems.empty());
}

TEST_CASE("every malformed fixture is rejected with its file, pointer and message", "[malformed]") {
    const json cases = json::parse(read_source_file("tests/fixtures/malformed/cases.json"));
    REQUIRE(cases.size() >= 20);
    const auto base = real_files();
    for (const auto& c : cases) {
        const std::string file = c.at("file"), pointer = c.at("pointer"), message = c.at("message");
        INFO("case " << c.at("name").get<std::string>() << ": expected " << file << ":" << pointer << ": ..."
                     << message);
        auto files = base;
        files[file] = json::parse(files[file]).patch(c.at("patch")).dump();
        const auto problems = mf::Catalogue::validate(files);
        INFO("got:\n" << problems_text(problems));
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const mf::Problem& p) {
            return p.file == file && p.pointer == pointer && p.message.find(message) != std::string::npos;
        });
        CHECK(found);
        CHECK_FALSE(load_problems(files).empty());
    }
}

TEST_CASE("broken files are reported, not crashed on", "[malformed]") {
    auto files = real_files();
    files["needs.json"] = "{\"needs\": [";
    files.erase("quiz.json");
    files["criteria.json"] = "[]";
    const auto problems = mf::Catalogue::validate(files);
    auto has = [&](const std::string& file, const std::string& text) {
        return std::any_of(problems.begin(), problems.end(), [&](const mf::Problem& p) {
            return p.file == file && p.message.find(text) != std::string::npos;
        });
    };
    CHECK(has("needs.json", "invalid JSON"));
    CHECK(has("quiz.json", "missing file"));
    CHECK(has("criteria.json", "expected object"));
}

TEST_CASE("a file that is not JSON is one problem, not an echo in every file that refers to it", "[malformed]") {
    auto files = real_files();
    files["needs.json"] = "{\"needs\": [";
    auto problems = mf::Catalogue::validate(files);
    INFO(problems_text(problems));
    CHECK(problems.size() == 1);
    files = real_files();
    files["attributes.json"] = "not json";
    problems = mf::Catalogue::validate(files);
    INFO(problems_text(problems));
    CHECK(problems.size() == 1);
}
