// embind surface of the engine: a few functions over mf::Api and nothing
// else. Logic belongs in core/, where it is tested natively.
#include <emscripten/bind.h>

#include "../core/api.hpp"

namespace {

mf::Api& api() {
    static mf::Api instance;  // one per module instance, shared by every widget on the page
    return instance;
}

// An answer stays in `last` until the next call: each function returns the
// address of its UTF-8 bytes and answer_size() their length, and
// wasm/engine.mjs decodes them at once with one TextDecoder call. A
// std::string return would make embind's glue walk every byte in JS looking
// for NULs before decoding: about half the time of a small recommend()
// (docs/performance.md). Addresses rather than an emscripten::val memory
// view: the same bytes without embind's val glue (round 8). Copied, not
// moved, into `last`: its buffer then only grows to the longest answer and
// stays put, instead of pinning each answer's buffer wherever it was
// allocated (tests/node/stability.test.mjs watches the heap).
std::string last;
unsigned text(const std::string& answer) {
    last.assign(answer);
    return static_cast<unsigned>(reinterpret_cast<std::uintptr_t>(last.data()));
}
unsigned answer_size() { return static_cast<unsigned>(last.size()); }

unsigned load(const std::string& files) { return text(api().load(files)); }
unsigned catalogue(int handle) { return text(api().catalogue(handle)); }
// The flat form (result_text.hpp), which wasm/flat-result.mjs expands; the
// facade asks for the text of the facts it has not seen yet.
unsigned recommend(int handle, const std::string& request) {
    return text(api().recommend(handle, request, mf::ResultForm::flat));
}
// numbers: `count` 32-bit fact numbers that engine.mjs wrote at byte address
// `at` of the module's memory (its own allocation, freed after the call).
unsigned fact_texts(int handle, unsigned at, int count) {
    return text(api().fact_texts(handle, reinterpret_cast<const int*>(static_cast<std::uintptr_t>(at)),
                                 static_cast<std::size_t>(count)));
}
unsigned facts(int handle, const std::string& request) { return text(api().facts(handle, request)); }
void release(int handle) { api().release(handle); }

}  // namespace

EMSCRIPTEN_BINDINGS(messenger_fit) {
    emscripten::function("load", &load);
    emscripten::function("catalogue", &catalogue);
    emscripten::function("recommend", &recommend);
    emscripten::function("facts", &facts);
    emscripten::function("fact_texts", &fact_texts);
    emscripten::function("release", &release);
    emscripten::function("answer_size", &answer_size);
}
