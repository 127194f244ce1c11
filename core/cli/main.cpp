// messenger-fit: the engine from the command line. Exit codes: 0 ok,
// 1 invalid data (one "file:/pointer: message" line per problem), 2 bad usage.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

#include "../default_data.hpp"
#include "../result_json.hpp"

namespace {

constexpr int kOk = 0, kInvalidData = 1, kUsage = 2;

const char* kUsageText =
    "usage:\n"
    "  messenger-fit recommend [--need ID]... [--prefer ID[=WEIGHT]]... [--answers FILE]\n"
    "                          [--profile ID] [--as-of YYYY-MM-DD] [--limit N] [--data DIR]\n"
    "  messenger-fit validate [DIR]\n"
    "  messenger-fit catalogue [--data DIR]\n"
    "  messenger-fit facts [--as-of YYYY-MM-DD] [--data DIR]\n"
    "Without --data / DIR the data compiled into the program is used.\n";

struct UsageError {
    std::string message;
};

bool is_directory(const std::string& path) {
    struct stat st{};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Reads the data files of DIR; a missing file is left out so the loader reports it.
mf::DataFiles read_data_dir(const std::string& dir) {
    if (!is_directory(dir)) throw UsageError{"no such data directory: \"" + dir + "\""};
    mf::DataFiles files;
    for (const auto& name : mf::data_file_names()) {
        std::ifstream in(dir + "/" + name, std::ios::binary);
        if (!in) continue;
        std::ostringstream text;
        text << in.rdbuf();
        files[name] = text.str();
    }
    return files;
}

int report(const std::vector<mf::Problem>& problems) {
    for (const auto& p : problems) std::cout << p.to_string() << "\n";
    return problems.empty() ? kOk : kInvalidData;
}

mf::json read_answers(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError{"cannot read answers file \"" + path + "\""};
    std::ostringstream text;
    text << in.rdbuf();
    std::string error;  // nesting capped: a deep file crashed parse_request's messages
    auto answers = mf::parse_json(text.str(), error);
    if (!answers) throw UsageError{"answers file \"" + path + "\" is not JSON: " + error};
    return std::move(*answers);
}

double parse_weight(const std::string& text, const std::string& arg) {
    char* end = nullptr;
    const double w = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') throw UsageError{"bad weight in --prefer \"" + arg + "\" (expected ID=NUMBER)"};
    return w;
}

long long parse_limit(const std::string& text) {
    char* end = nullptr;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0') throw UsageError{"bad --limit \"" + text + "\" (expected a whole number)"};
    return n;  // range is checked with the request, like any other value
}

struct Options {
    mf::json request = mf::json::object();
    std::string data_dir;
};

Options parse_options(const std::vector<std::string>& args, bool request_flags) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw UsageError{"missing value after " + flag};
            return args[++i];
        };
        if (flag == "--data") o.data_dir = value();
        else if (request_flags && flag == "--need") o.request["needs"].push_back(value());
        else if (request_flags && flag == "--profile") o.request["profile"] = value();
        else if (request_flags && flag == "--as-of") o.request["as_of"] = value();
        else if (request_flags && flag == "--limit") o.request["limit"] = parse_limit(value());
        else if (request_flags && flag == "--answers") o.request["answers"] = read_answers(value());
        else if (request_flags && flag == "--prefer") {
            const std::string& arg = value();
            const auto eq = arg.find('=');
            const std::string id = arg.substr(0, eq);
            o.request["prefer"][id] = eq == std::string::npos ? 1.0 : parse_weight(arg.substr(eq + 1), arg);
        } else throw UsageError{"unknown option \"" + flag + "\""};
    }
    return o;
}

const mf::DataFiles& data_for(const Options& o, mf::DataFiles& storage) {
    if (o.data_dir.empty()) return mf::default_data_files();
    storage = read_data_dir(o.data_dir);
    return storage;
}

int run(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsageText;
        return args.empty() ? kUsage : kOk;
    }
    const std::string command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    mf::DataFiles storage;
    if (command == "validate") {
        if (rest.size() > 1) throw UsageError{"validate takes at most one DIR"};
        return report(mf::Catalogue::validate(rest.empty() ? mf::default_data_files() : read_data_dir(rest[0])));
    }
    if (command == "recommend" || command == "catalogue" || command == "facts") {
        const Options o = parse_options(rest, command != "catalogue");
        std::vector<mf::Problem> problems;
        auto catalogue = mf::Catalogue::load(data_for(o, storage), problems);
        if (!catalogue) return report(problems);
        const mf::Engine engine(std::move(*catalogue));
        if (command == "catalogue") {
            std::cout << mf::to_text(engine.catalogue().data(), 2) << "\n";
            return kOk;
        }
        mf::RequestError bad;
        const auto request = mf::parse_request(engine.catalogue(), o.request, mf::today_utc(), bad);
        if (!request) throw bad;
        const mf::json answer = command == "facts" ? mf::facts_json(engine.catalogue(), request->as_of)
                                                   : mf::result_json(engine.catalogue(), engine.recommend(*request));
        std::cout << mf::to_text(answer, 2) << "\n";
        return kOk;
    }
    throw UsageError{"unknown command \"" + command + "\" (valid: \"recommend\", \"validate\", \"catalogue\", \"facts\")"};
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const UsageError& e) {
        std::cerr << "messenger-fit: " << e.message << "\n" << kUsageText;
    } catch (const mf::RequestError& e) {  // thrown above: the engine reports it as a value
        std::cerr << "messenger-fit: " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << "\n";
    } catch (const std::exception& e) {
        std::cerr << "messenger-fit: " << e.what() << "\n";
    }
    return kUsage;
}
