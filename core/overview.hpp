// What the widget needs to draw its controls and cards, without any fact:
// the data files merged (data()) with each messenger's history replaced by
// the number of dated changes in it, and the rules left out.
#pragma once

#include "catalogue.hpp"

namespace mf {

json overview(const Catalogue& cat);

}  // namespace mf
