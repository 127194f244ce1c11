// embind surface of the engine: a few functions over mf::Api and nothing
// else. Logic belongs in core/, where it is tested natively.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "../core/api.hpp"

namespace {

mf::Api& api() {
    static mf::Api instance;  // one per module instance, shared by every widget on the page
    return instance;
}

// Answers leave as a view of their UTF-8 bytes, which wasm/engine.mjs decodes
// with one TextDecoder call. A std::string return would make embind's glue
// walk every byte in JS looking for NULs before decoding: about half the
// time of a small recommend() (docs/performance.md). The view reads
// `last`, so it is valid until the next call, and engine.mjs decodes it at
// once. Copied, not moved, into `last`: its buffer then only grows to the
// longest answer and stays put, instead of pinning each answer's buffer
// wherever it was allocated (tests/node/stability.test.mjs watches the heap).
emscripten::val text(const std::string& answer) {
    static std::string last;
    last.assign(answer);
    return emscripten::val(emscripten::typed_memory_view(last.size(), reinterpret_cast<const unsigned char*>(last.data())));
}

emscripten::val load(const std::string& files) { return text(api().load(files)); }
emscripten::val catalogue(int handle) { return text(api().catalogue(handle)); }
// The facade asks for fact numbers (result_text.hpp), and for the text of the facts it has not seen.
emscripten::val recommend(int handle, const std::string& request, bool refs) {
    return text(api().recommend(handle, request, refs ? mf::FactsAs::refs : mf::FactsAs::objects));
}
emscripten::val fact_text(int handle, int number) { return text(api().fact_text(handle, number)); }
emscripten::val facts(int handle, const std::string& request) { return text(api().facts(handle, request)); }
void release(int handle) { api().release(handle); }

}  // namespace

EMSCRIPTEN_BINDINGS(messenger_fit) {
    emscripten::function("load", &load);
    emscripten::function("catalogue", &catalogue);
    emscripten::function("recommend", &recommend);
    emscripten::function("facts", &facts);
    emscripten::function("fact_text", &fact_text);
    emscripten::function("release", &release);
}
