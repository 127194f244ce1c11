// The data files compiled into the binary (generated from data/*.json at
// build time), so the CLI and the wasm module work with no files around them.
#pragma once

#include "catalogue.hpp"

namespace mf {

const DataFiles& default_data_files();

}  // namespace mf
