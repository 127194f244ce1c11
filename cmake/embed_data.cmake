# Writes OUT: a C++ file defining mf::default_data_files() with the text of
# every data file in DATA_DIR, as raw string literals.
set(names attributes.json catalogue.json needs.json criteria.json quiz.json)
set(body "")
foreach(name IN LISTS names)
  file(READ "${DATA_DIR}/${name}" text)
  # Drop indentation: JSON strings cannot span lines, so this never touches content.
  string(REGEX REPLACE "\n[ \t]*" "" text "${text}")
  string(FIND "${text}" ")mfjson\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${name} contains the raw-string delimiter )mfjson\"")
  endif()
  string(APPEND body "        {\"${name}\", R\"mfjson(${text})mfjson\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from data/*.json by cmake/embed_data.cmake. Do not edit.
#include \"default_data.hpp\"

namespace mf {

const DataFiles& default_data_files() {
    static const DataFiles files = {
${body}    };
    return files;
}

}  // namespace mf
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
