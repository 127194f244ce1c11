// JavaScript facade over the wasm engine (the sql.js pattern: a thin C++
// boundary, a friendly JS API on top). JSON text crosses the boundary (in:
// strings; out: UTF-8 bytes), so JS never owns C++ objects; every error
// arrives as a value and becomes an EngineError here.
import createMfEngine from './mf-engine.mjs';
import { expandResult } from './flat-result.mjs';

export class EngineError extends Error {
  constructor({ code, message, pointer = '', file, problems }) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.pointer = pointer;
    if (file !== undefined) this.file = file;
    this.problems = problems || [];
  }
}

// The module answers with the address of UTF-8 bytes inside its memory,
// valid until its next call (wasm/bindings.cpp): decoded here, at once.
const utf8 = new TextDecoder();

function unwrap(text) {
  const envelope = JSON.parse(text);
  if (!envelope.ok) throw new EngineError(envelope.error);
  return envelope.value;
}

// Bad input comes back as an error envelope. A throw from the module itself
// means it stopped: the engine is built without C++ exceptions, so running
// out of memory aborts it. Its engines are then unusable, and the next
// loadEngine() starts a fresh module.
function call(module, run) {
  let text;
  try {
    const at = run() >>> 0;
    text = utf8.decode(new Uint8Array(module.HEAP8.buffer, at, module.answer_size()));
  } catch (e) {
    if (module === liveModule) modulePromise = liveModule = null;
    throw new EngineError({ code: 'internal', message: `the engine stopped: ${e && e.message}` });
  }
  return unwrap(text);
}

// One module instance per page (or per Node process), shared by every engine.
let modulePromise = null;
let liveModule = null;  // what modulePromise made; an engine of an older, stopped one resets nothing

async function instantiate(options) {
  const moduleOptions = {};
  if (options.wasmBinary) {
    moduleOptions.wasmBinary = options.wasmBinary;
  } else if (typeof process === 'object' && process.versions?.node != null) {  // in Node (the widget's build drops this)
    // The browser build cannot read files; in Node we hand it its own bytes.
    const { readFile } = await import('node:fs/promises');
    moduleOptions.wasmBinary = await readFile(new URL('./mf-engine.wasm', import.meta.url));
  }
  return createMfEngine(moduleOptions);
}

function sharedModule(options) {
  if (!modulePromise) {
    const promise = instantiate(options);
    modulePromise = promise;
    promise.then((module) => { if (modulePromise === promise) liveModule = module; },
      () => { if (modulePromise === promise) modulePromise = null; });  // let a later call retry
  }
  return modulePromise;
}

// A fact shared by every result that shows it: frozen, with its arrays.
function freeze(value) {
  if (value && typeof value === 'object') for (const v of Object.values(Object.freeze(value))) freeze(v);
  return value;
}

class Engine {
  #module;
  #handle;
  #catalogue = null;
  #facts = new Map();  // fact number → the fact, as parsed once

  constructor(module, handle) {
    this.#module = module;
    this.#handle = handle;
  }

  /** Every data file's content, validated, merged into one object. */
  catalogue() {
    if (!this.#catalogue) this.#catalogue = call(this.#module, () => this.#module.catalogue(this.#handle));
    return this.#catalogue;
  }

  /**
   * Every messenger's value for every attribute as of a date (default today),
   * with sources: what the comparison table shows. Throws EngineError.
   */
  facts(asOf) {
    const request = JSON.stringify(asOf ? { as_of: asOf } : {});
    return call(this.#module, () => this.#module.facts(this.#handle, request));
  }

  /**
   * The same JSON the CLI prints for the same request; its facts are frozen
   * objects, shared by every result that shows them. Throws EngineError.
   */
  recommend(request = {}) {
    const text = JSON.stringify(request);
    // The module answers in its flat form, reasons naming their facts by
    // number; facts not seen before are asked for once, all in one call
    // (docs/performance.md, rounds 8 and 9).
    const facts = this.#facts;
    const missing = new Set();
    const result = expandResult(call(this.#module, () => this.#module.recommend(this.#handle, text)),
      (k) => facts.get(k) ?? (missing.add(k), k));
    if (missing.size) {
      const numbers = [...missing];  // in one call: a call per fact made a quiz answer's first time slower
      const m = this.#module;
      const texts = call(m, () => {
        // Written into the module's memory, where it reads them (wasm/bindings.cpp).
        const at = m._malloc(4 * numbers.length) >>> 0;
        if (!at) throw new Error('out of memory');
        try {
          new Int32Array(m.HEAP8.buffer, at, numbers.length).set(numbers);
          return m.fact_texts(this.#handle, at, numbers.length);
        } finally {
          m._free(at);
        }
      });
      numbers.forEach((k, i) => facts.set(k, freeze(texts[i])));
      // The numbers that stood in for them.
      for (const r of result.results) {
        for (const reason of r.reasons) {
          const list = reason.facts;
          for (let j = 0; j < list.length; j++) if (typeof list[j] === 'number') list[j] = facts.get(list[j]);
        }
      }
    }
    return result;
  }

  /**
   * Diagnostic: the size in bytes of the wasm memory (shared by every engine
   * of the page). It only ever grows, so a value that stays put across many
   * calls after warm-up means no call leaks enough to need more memory
   * (tests/node/stability.test.mjs). Not part of the widget's API.
   */
  memoryBytes() {
    return this.#module.HEAP8.buffer.byteLength;
  }
}

/**
 * The longest data file loadEngine() accepts by default, in characters. The
 * engine's memory stops at 4 GB (wasm32), and loading took about 9.4 bytes
 * of it per character of catalogue.json at peak (2.67 GB for the bench's
 * 100 000 messengers, 284 MB): 350 M characters stay near 3.3 GB. Much more
 * would run out of memory mid-load, which stops the module (see call()).
 */
export const MAX_DATA_FILE_LENGTH = 350_000_000;

function checkSizes(files, max) {
  for (const [name, text] of Object.entries(files)) {
    if (typeof text !== 'string' || text.length <= max) continue;
    const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
    const message = `${name} is ${mb(text.length)}; loadEngine() accepts data files of at most ${mb(max)}`;
    throw new EngineError({ code: 'bad_data', message, file: name, problems: [{ file: name, pointer: '', message }] });
  }
}

/**
 * @param {{wasmBinary?: Uint8Array, dataFiles?: Record<string, string>, maxFileLength?: number}} [options]
 */
export async function loadEngine(options = {}) {
  if (options.dataFiles) checkSizes(options.dataFiles, options.maxFileLength ?? MAX_DATA_FILE_LENGTH);
  const module = await sharedModule(options);
  const handle = options.dataFiles ? call(module, () => module.load(JSON.stringify(options.dataFiles))) : 0;
  return new Engine(module, handle);
}
