#!/usr/bin/env node
// Node side of the engine-scaling benchmark, one catalogue size per process
// (a fresh process per size: no heap or JIT state carried over).
//
//   node --expose-gc engine-node.mjs DIST_DIR DATA_DIR PLAN.json NATIVE.json [ALT_DIST]
//
// Three engines over the same files and the same request mix:
//   wasm-raw     the Emscripten module's own `recommend(handle, text)` → text,
//                the exact boundary the native `Api::recommend_at` is timed at
//   wasm         dist/engine.mjs: loadEngine({dataFiles}) + engine.recommend(obj)
//                → obj (what the widget calls: JSON.stringify + call + JSON.parse
//                of the flat form + the objects built from it, each fact parsed
//                the first time it is shown)
//   js           tests/bench/reference-engine.mjs: recommend(obj) → obj
// Before any timing, every request is checked: wasm-raw's text (the flat form,
// core/result_text.hpp) must equal the native text byte for byte (FNV-1a), the
// facade must rank as it does, and the JS reference's result must deep-equal
// the facade's (same ranking, same reasons and facts).
// Timing follows docs/performance.md: >= 1.5 s warm-up, samples of the whole mix
// repeated to >= min_sample_ms, engines interleaved sample by sample (rotating
// which goes first), median and p95 of the per-call mean of each sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadReference } from './reference-engine.mjs';

// ALT_DIST (optional): a second build of the module (e.g. before a change), timed
// interleaved with the first in this same process: the fair before/after.
const [distDir, dataDir, planFile, nativeFile, altDist] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const native = nativeFile ? JSON.parse(readFileSync(nativeFile, 'utf8')) : null;
const FILES = ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'];
const now = () => performance.now();
const gc = globalThis.gc ?? (() => {});

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => {
    const idx = p * (v.length - 1);
    const lo = Math.floor(idx), hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (v[hi] - v[lo]) * (idx - lo);
  };
  return { median: q(0.5), p95: q(0.95), min: v[0], n: v.length };
}

function fnv1a(text) {
  // Over the UTF-8 bytes, as bench_engine.cpp does.
  const bytes = Buffer.from(text, 'utf8');
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

// The module answers with UTF-8 bytes in its memory, valid until its next
// call (wasm/bindings.cpp); older builds (--compare-engine) answer with a
// view of them, or with strings.
// "Raw" means text in, text out, so the raw mode decodes as the facade does.
function textApi(m) {
  const utf8 = new TextDecoder();
  // Since round 8 an address in the module's memory, answer_size() bytes long.
  const text = (x) => (typeof x === 'string' ? x
    : typeof x === 'number' ? utf8.decode(new Uint8Array(m.HEAP8.buffer, x >>> 0, m.answer_size())) : utf8.decode(x));
  // Since round 9 recommend(handle, request) answers in the flat form, as
  // native's Api::recommend_at(…, ResultForm::flat) does. Round 8's builds
  // took a third argument, true for fact numbers (what their facade asked
  // for): embind names the count it expects when called with another.
  let args = 2;
  try {
    m.recommend(0, '{}', false, 0, 0, 0, 0);
  } catch (e) {
    args = Number(/expected (\d+)/.exec(String(e && e.message))?.[1] ?? 2);
  }
  return {
    load: (files) => text(m.load(files)),
    catalogue: (h) => text(m.catalogue(h)),
    recommend: args === 3 ? (h, request) => text(m.recommend(h, request, true)) : (h, request) => text(m.recommend(h, request)),
    facts: (h, request) => text(m.facts(h, request)),
    release: (h) => m.release(h),
  };
}

function unwrap(text) {
  const env = JSON.parse(text);
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message} ${env.error.pointer}`);
  return env.value;
}

let sink = 0;

/** Per-sample mean µs per call for each engine, interleaved. */
function timeInterleaved(engines, count, samples, minSampleMs) {
  const reps = {};
  for (const [name, call] of Object.entries(engines)) {
    // Warm-up: V8 runs wasm in Liftoff first and tiers up to TurboFan in the
    // background; on a busy 2-core machine that takes a while. At least 1.5 s
    // (and at least one pass) before anything is timed.
    const start = now();
    let passes = 0, t0;
    do {
      t0 = now();
      for (let i = 0; i < count; i++) call(i);
      passes++;
    } while (now() - start < 1500 && passes < 1000);
    reps[name] = Math.max(1, Math.ceil(minSampleMs / Math.max(now() - t0, 1e-3)));
  }
  const out = Object.fromEntries(Object.keys(engines).map((k) => [k, []]));
  const names = Object.keys(engines);
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(s + k) % names.length];
      const call = engines[name];
      const t0 = now();
      for (let r = 0; r < reps[name]; r++) for (let i = 0; i < count; i++) call(i);
      out[name].push(((now() - t0) * 1000) / (reps[name] * count));
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, stats(v)]));
}

const files = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]));
const filesText = JSON.stringify(files);
const wasmBytes = readFileSync(join(distDir, 'mf-engine.wasm'));
const out = { wasm_bytes: wasmBytes.length, one_time: {}, modes: {}, checks: {} };

// ---- one-time costs, on a module instance of our own -------------------------
const { default: createMfEngine } = await import(pathToFileURL(join(distDir, 'mf-engine.mjs')).href);
let t0 = now();
const compiled = await WebAssembly.compile(wasmBytes);
const compileMs = now() - t0;
let instantiateMs = 0;
t0 = now();
let raw = await createMfEngine({
  instantiateWasm(imports, receive) {
    const t = now();
    WebAssembly.instantiate(compiled, imports).then((instance) => {
      instantiateMs = now() - t;
      receive(instance, compiled);
    });
    return {};
  },
}).then(textApi);
const readyMs = now() - t0;
out.one_time.compile_ms = compileMs;
out.one_time.instantiate_ms = instantiateMs;
out.one_time.runtime_init_ms = readyMs - instantiateMs;
const tiny = JSON.stringify({ as_of: '2025-06-01', limit: 1 });
t0 = now();
unwrap(raw.recommend(0, tiny));
out.one_time.first_call_default_data_ms = now() - t0; // loads the compiled-in catalogue
t0 = now();
unwrap(raw.recommend(0, tiny));
out.one_time.second_call_default_data_ms = now() - t0;
t0 = now();
JSON.parse(raw.catalogue(0));
out.one_time.default_catalogue_json_ms = now() - t0; // what the widget asks for at start-up

let handle = -1;
const loads = [];
for (let i = 0; i < plan.loads && raw; i++) {
  if (handle > 0) raw.release(handle);
  gc();
  t0 = now();
  try {
    handle = unwrap(raw.load(filesText));
    loads.push(now() - t0);
  } catch (e) {
    // Typically the wasm heap running out (Aborted(), OOM) on huge catalogues.
    out.wasm_error = `wasm load failed after ${Math.round(now() - t0)} ms: ${e?.message ?? e}`;
    raw = null;
  }
}
if (raw) out.one_time.wasm_load_ms = stats(loads);

// ---- optional: the other build, same files ------------------------------------------
let alt = null, altHandle = -1;
if (altDist && raw) {
  const { default: createAlt } = await import(pathToFileURL(join(altDist, 'mf-engine.mjs')).href);
  alt = textApi(await createAlt({ wasmBinary: readFileSync(join(altDist, 'mf-engine.wasm')) }));
  t0 = now();
  unwrap(alt.recommend(0, tiny));
  out.one_time.alt_first_call_default_data_ms = now() - t0;
  t0 = now();
  try {
    altHandle = unwrap(alt.load(filesText));
    out.one_time.alt_wasm_load_ms = now() - t0;
  } catch (e) {
    out.alt_error = `alt wasm load failed: ${e?.message ?? e}`;
    alt = null;
  }
}

// ---- the facade, as the widget uses it -----------------------------------------
let facade = null;
let expandResult = null;
if (raw) {
  const { loadEngine } = await import(pathToFileURL(join(distDir, 'engine.mjs')).href);
  ({ expandResult } = await import(pathToFileURL(join(distDir, 'flat-result.mjs')).href));
  t0 = now();
  await loadEngine();
  out.one_time.facade_module_ready_ms = now() - t0; // its own compile + instantiate
  t0 = now();
  facade = await loadEngine({ dataFiles: files });
  out.one_time.facade_load_ms = now() - t0;
}

// ---- the JS reference -----------------------------------------------------------
const jsLoads = [];
let ref = null;
for (let i = 0; i < plan.loads; i++) {
  ref = null;
  gc();
  t0 = now();
  ref = loadReference(files);
  jsLoads.push(now() - t0);
}
out.one_time.js_load_ms = stats(jsLoads);
out.messengers = ref.messengers;

// ---- per mode: check, then time ---------------------------------------------------
const ids = (v) => v.results.map((r) => r.id).join(',');
for (const mode of plan.modes) {
  const requests = plan.requests.map((r) => (mode.limit === null ? { ...r } : { ...r, limit: mode.limit }));
  const texts = requests.map((r) => JSON.stringify(r));
  const check = { requests: requests.length, native_text_equal: 0, js_equal_wasm: 0, js_ranking_equal_native: 0, failures: [] };
  const nativeResults = native?.modes?.[mode.name]?.results;
  requests.forEach((request, i) => {
    const jsValue = ref.recommend(request, plan.today);
    if (nativeResults) {
      if (ids(jsValue) === nativeResults[i].ids.join(',')) check.js_ranking_equal_native++;
      else check.failures.push({ request: i, what: 'JS reference ranking differs from native' });
    }
    if (!raw) return;
    const text = raw.recommend(handle, texts[i]);
    if (nativeResults) {
      if (fnv1a(text) === nativeResults[i].fnv1a) check.native_text_equal++;
      else check.failures.push({ request: i, what: 'wasm text differs from native' });
    }
    // An older build may answer in another form (round 8: objects with fact numbers).
    const altText = alt?.recommend(altHandle, texts[i]);
    if (altText !== undefined && unwrap(altText).words && altText !== text) check.failures.push({ request: i, what: 'alt build differs' });
    // The facade's objects, built from that flat text and the facts' texts.
    const wasmValue = facade.recommend(request);
    if (ids(expandResult(unwrap(text), (k) => k)) !== ids(wasmValue)) check.failures.push({ request: i, what: 'facade ranking differs from raw' });
    if (isDeepStrictEqual(jsValue, wasmValue)) check.js_equal_wasm++;
    else {
      check.failures.push({ request: i, what: ids(jsValue) === ids(wasmValue)
        ? 'JS reference: same ranking, different result details' : 'JS reference ranking differs from wasm' });
    }
  });
  out.checks[mode.name] = check;
  if (check.failures.length) continue; // never time engines that disagree

  const engines = {
    js: (i) => { sink += ref.recommend(requests[i], plan.today).results.length; },
  };
  if (raw) {
    engines.wasm_raw = (i) => { sink += raw.recommend(handle, texts[i]).length; };
    engines.wasm = (i) => { sink += facade.recommend(requests[i]).results.length; };
  }
  if (alt) engines.wasm_raw_alt = (i) => { sink += alt.recommend(altHandle, texts[i]).length; };
  out.modes[mode.name] = timeInterleaved(engines, requests.length, plan.samples, plan.min_sample_ms);

  // First call in an epoch whose verdict columns the engine does not hold
  // (every engine memoises per epoch, the stretch between two fact changes):
  // as in bench_engine.cpp, untimed calls on the 4 epochs after the sample's
  // push its own out of the memo first, engines interleaved.
  const cold = Object.fromEntries(Object.keys(engines).filter((k) => k !== 'wasm_raw_alt').map((k) => [k, []]));
  const epochDates = plan.epoch_dates ?? [];
  const KEPT = 4; // VerdictCache::kEpochs
  // Each takes the request and its text (raw mode is text in, text out).
  const calls = {
    js: (r) => ref.recommend(r, plan.today),
    wasm_raw: (r, text) => raw.recommend(handle, text),
    wasm: (r) => facade.recommend(r),
  };
  for (let s = 0; epochDates.length > KEPT && s < plan.samples; s++) {
    const on = (p) => ({ ...requests[s % requests.length], as_of: epochDates[(s + p) % epochDates.length] });
    const request = on(0);
    const text = JSON.stringify(request);
    for (const name of Object.keys(cold)) {
      for (let p = 1; p <= KEPT; p++) {
        const primer = on(p);
        sink += calls[name](primer, JSON.stringify(primer)) ? 1 : 0;
      }
      const t = now();
      sink += calls[name](request, text) ? 1 : 0;
      cold[name].push((now() - t) * 1000);
    }
  }
  if (cold.js.length) out.modes[mode.name].cold = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, stats(v)]));
}
out.sink = sink > 0;
console.log(JSON.stringify(out));
