// An Emscripten JS library (linked with --js-library, CMakeLists.txt): at
// start-up embind registers every C++ builtin type with the page, and each
// registration brings its JS converters into the glue. The bindings
// (wasm/bindings.cpp) take and return only int, unsigned, std::string and
// void; these registrations become no-ops, and their converters (UTF-16 and
// UTF-32 strings, memory views, emscripten::val's handle table, floats,
// 64-bit integers, booleans) leave the glue: −0.8 KB gzip of it
// (docs/performance.md, round 9). A binding that used one of these types
// would fail loudly on its first call ("unbound types"), and every binding is
// called by the Node tests.
mergeInto(LibraryManager.library, {
  _embind_register_bool: function() {},
  _embind_register_bigint: function() {},
  _embind_register_emval: function() {},
  _embind_register_float: function() {},
  _embind_register_memory_view: function() {},
  _embind_register_std_wstring: function() {},
});
