// What a person asks for, resolved against the catalogue: quiz answers are
// turned into needs and weights here, so the engine sees one vocabulary.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "catalogue.hpp"

namespace mf {

struct Request {
    std::vector<int> needs;                      // hard filters, first-seen order, no repeats
    std::vector<std::pair<int, double>> prefer;  // need → weight, in catalogue order, weights > 0
    int profile = 0;
    Date as_of = 0;
    std::size_t limit = 0;  // 0: rank and return every messenger; N: only the best N
};

// The largest weight a person (or a share link) may give; keeps scores sane.
inline constexpr double kMaxWeight = 100;

// Parses the request object of docs/data-format.md. `today` fills a missing
// as_of. On a bad request returns nothing and sets `error`: the JSON pointer,
// the bad value and the valid choices.
std::optional<Request> parse_request(const Catalogue& catalogue, const json& request, Date today,
                                     RequestError& error);

}  // namespace mf
