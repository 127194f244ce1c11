// Options for loadEngine(). Served over HTTP, the engine fetches its own
// .wasm next to engine.mjs, so there is nothing to add. The standalone build
// (scripts/build-web.mjs) replaces this module with one that hands over the
// inlined wasm bytes, because file:// pages cannot fetch anything.
export function engineOptions() {
  return {};
}
