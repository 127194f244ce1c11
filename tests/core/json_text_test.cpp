// The engine's JSON writer against nlohmann's own dump(-1), with the error
// handler that replaces bad UTF-8: the module carries only the writer
// (core/json_text.hpp), and these tests keep nlohmann the definition of the
// bytes it must write.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>

#include "json_text.hpp"

namespace {

using mf::Escape;
using mf::json;

std::string nlohmann_dump(const json& j, Escape escape) {
    return j.dump(-1, ' ', escape == Escape::ascii, json::error_handler_t::replace);
}

std::string written(const json& j, Escape escape) {
    std::string out = "prefix";  // appended to, never replaced
    mf::put_json(out, j, escape);
    REQUIRE(out.compare(0, 6, "prefix") == 0);
    return out.substr(6);
}

// Bytes biased towards what UTF-8 handling trips on: ASCII, controls, DEL,
// quotes, continuation bytes, every kind of lead byte, and the boundaries of
// the second byte's ranges (E0, ED, F0, F4).
std::string random_bytes(std::mt19937& rng) {
    static const unsigned char interesting[] = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x22, 0x2F,
                                                0x5C, 0x7E, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                                                0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3,
                                                0xF4, 0xF5, 0xFF};
    std::string s(rng() % 12, '\0');
    for (auto& c : s) {
        const auto pick = rng() % 4;
        c = static_cast<char>(pick == 0   ? 'a' + rng() % 26
                              : pick == 1 ? static_cast<int>(rng() % 256)
                                          : interesting[rng() % sizeof interesting]);
    }
    return s;
}

double random_double(std::mt19937& rng) {
    switch (rng() % 4) {
        case 0: return static_cast<double>(static_cast<int>(rng() % 2001) - 1000);
        case 1: return static_cast<double>(static_cast<int>(rng() % 20001) - 10000) / 100.0;
        case 2: {  // any bit pattern: subnormals, huge, NaN and infinities
            std::uint64_t bits = (static_cast<std::uint64_t>(rng()) << 32) | rng();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return d;
        }
        default: return std::ldexp(static_cast<double>(rng()), static_cast<int>(rng() % 120) - 60);
    }
}

json random_value(std::mt19937& rng, int depth) {
    switch (rng() % (depth > 2 ? 6 : 8)) {
        case 0: return nullptr;
        case 1: return rng() % 2 == 0;
        case 2: return static_cast<std::int64_t>((static_cast<std::uint64_t>(rng()) << 32) | rng());
        case 3: return (static_cast<std::uint64_t>(rng()) << 32) | rng();
        case 4: return random_double(rng);
        case 5: return random_bytes(rng);
        case 6: {
            json a = json::array();
            for (auto n = rng() % 4; n > 0; --n) a.push_back(random_value(rng, depth + 1));
            return a;
        }
        default: {
            json o = json::object();
            for (auto n = rng() % 4; n > 0; --n) o[random_bytes(rng)] = random_value(rng, depth + 1);
            return o;
        }
    }
}

}  // namespace

TEST_CASE("JSON text: every kind of value, as nlohmann writes it", "[json_text]") {
    const json fixed = json::parse(R"({"a":[1,-2,3.5,1e300,-0.0,true,false,null,"x"],"":{},"b":[],
        "min":-9223372036854775808,"max":18446744073709551615,"text":"Zéta \"日本\" \\ 😀 \u0001\u007f"})");
    for (Escape e : {Escape::ascii, Escape::utf8}) CHECK(written(fixed, e) == nlohmann_dump(fixed, e));
}

TEST_CASE("JSON text: escapes, DEL, surrogate pairs and replaced bytes, as nlohmann writes them", "[json_text]") {
    const char* cases[] = {
        "plain", "", "\x7f", "a\x7f" "b", "\"\\/\b\f\n\r\t\x01\x1f",
        "\xc3\xa9", "\xf0\x9f\x98\x80", "\xef\xbf\xbf", "\xf4\x8f\xbf\xbf",  // é, 😀, U+FFFF, U+10FFFF
        "\x80", "\xbf\x80", "\xc0\xaf", "\xc1\xbf", "\xc3", "ab\xc3", "\xe2\x82", "\xf0\x9f\x98",  // lone, overlong, cut short
        "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",  // overlong 3-byte, surrogates
        "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xfe\xff",  // overlong 4-byte, > U+10FFFF
        "\xe2\x28\xa1", "\xc3\x28", "\xf0\x28\x8c\xbc", "a\xe2\x82" "b\xf0\x9f\x98" "c",  // a bad byte inside a sequence
    };
    for (const char* text : cases)
        for (Escape e : {Escape::ascii, Escape::utf8}) {
            INFO("text bytes: " << json(std::string(text)).dump(-1, ' ', true, json::error_handler_t::replace));
            CHECK(written(json(std::string(text)), e) == nlohmann_dump(json(std::string(text)), e));
        }
}

TEST_CASE("JSON text: random values and random bytes, as nlohmann writes them", "[json_text]") {
    std::mt19937 rng(20261126);
    for (int i = 0; i < 20000; ++i) {
        const json value = random_value(rng, 0);
        for (Escape e : {Escape::ascii, Escape::utf8}) {
            const std::string ours = written(value, e), theirs = nlohmann_dump(value, e);
            if (ours != theirs) FAIL("case " << i << ": wrote " << ours << "\n nlohmann: " << theirs);
        }
    }
}

TEST_CASE("JSON text: what is written ASCII-only is ASCII and parses back to the value", "[json_text]") {
    std::mt19937 rng(7);
    for (int i = 0; i < 2000; ++i) {
        const std::string text = random_bytes(rng);
        std::string out;
        mf::put_string(out, text);
        CHECK(std::none_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
        const json back = json::parse(out);  // valid JSON whatever the bytes were
        CHECK(back.is_string());
    }
}
