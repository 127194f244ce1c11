// The embind surface: JSON text in, JSON text out, over mf::Api. Logic
// belongs in core/, where it is tested natively.
#include <emscripten/bind.h>

#include "../core/api.hpp"

namespace {

mf::Api& api() {
    static mf::Api instance;  // one per module instance, shared by every widget on the page
    return instance;
}

std::string load(const std::string& files) { return api().load(files); }
std::string catalogue(int handle) { return api().catalogue(handle); }
std::string recommend(int handle, const std::string& request) { return api().recommend(handle, request); }
std::string overview(int handle) { return api().overview(handle); }
std::string facts(int handle, const std::string& request) { return api().facts(handle, request); }
std::string compare(int handle, const std::string& request, const std::string& ids) {
    return api().compare(handle, request, ids);
}
std::string timeline(int handle, const std::string& request, const std::string& id) {
    return api().timeline(handle, request, id);
}
std::string changes(int handle, const std::string& request) { return api().changes(handle, request); }
void release(int handle) { api().release(handle); }

}  // namespace

EMSCRIPTEN_BINDINGS(messenger_fit) {
    emscripten::function("load", &load);
    emscripten::function("catalogue", &catalogue);
    emscripten::function("recommend", &recommend);
    emscripten::function("overview", &overview);
    emscripten::function("facts", &facts);
    emscripten::function("compare", &compare);
    emscripten::function("timeline", &timeline);
    emscripten::function("changes", &changes);
    emscripten::function("release", &release);
}
