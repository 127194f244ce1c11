// JavaScript facade over the wasm engine (the sql.js pattern: a thin C++
// boundary, the real API here). JSON text crosses the boundary both ways, so
// JS never owns C++ objects; every error arrives as a value and becomes an
// EngineError.
import createMfEngine from './mf-engine.mjs';

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

function freeze(value) {
  if (value && typeof value === 'object') for (const v of Object.values(Object.freeze(value))) freeze(v);
  return value;
}

// Bad input comes back as an error envelope. A throw from the module itself
// means it stopped (it has no C++ exceptions, so running out of memory
// aborts it): its engines are unusable, and the next loadEngine() starts a
// fresh module.
function call(module, run) {
  let text;
  try {
    text = run();
  } catch (e) {
    if (module === liveModule) modulePromise = liveModule = null;
    throw new EngineError({ code: 'internal', message: `the engine stopped: ${e && e.message}` });
  }
  const envelope = JSON.parse(text);
  if (!envelope.ok) throw new EngineError(envelope.error);
  return freeze(envelope.value);
}

// One module instance per page (or per Node process), shared by every engine.
let modulePromise = null;
let liveModule = null;  // what modulePromise made; an engine of an older, stopped one resets nothing

async function instantiate(options) {
  const moduleOptions = {};
  if (options.wasmBinary) {
    moduleOptions.wasmBinary = options.wasmBinary;
  } else if (typeof process === 'object' && process.versions?.node != null) {
    // The module is built for browsers, which fetch the .wasm; Node gets its bytes.
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

class Engine {
  #module;
  #handle;
  #catalogue = null;
  #overview = null;

  constructor(module, handle) {
    this.#module = module;
    this.#handle = handle;
  }

  #ask(name, request, ...more) {
    const text = JSON.stringify(request);
    return call(this.#module, () => this.#module[name](this.#handle, text, ...more));
  }

  /** Every data file's content, validated, merged into one object. */
  catalogue() {
    this.#catalogue ??= call(this.#module, () => this.#module.catalogue(this.#handle));
    return this.#catalogue;
  }

  /** The vocabulary a page draws its controls from: catalogue() without facts or rules. */
  overview() {
    this.#overview ??= call(this.#module, () => this.#module.overview(this.#handle));
    return this.#overview;
  }

  /** The same JSON the CLI prints for the same request. Throws EngineError. */
  recommend(request = {}) {
    return this.#ask('recommend', request);
  }

  /** Every messenger's value for every attribute on a date (default today). */
  facts(asOf) {
    return this.#ask('facts', asOf ? { as_of: asOf } : {});
  }

  /** The chosen messengers judged for the request, with every need's verdict and every fact. */
  compare(request, ids) {
    return this.#ask('compare', request, JSON.stringify(ids));
  }

  /** A messenger's dated changes, the one in effect on the request's date marked. */
  timeline(request, id) {
    return this.#ask('timeline', request, String(id));
  }

  /** The request under the oldest and the newest criteria profile, and what flips. */
  changes(request = {}) {
    return this.#ask('changes', request);
  }
}

/** @param {{wasmBinary?: Uint8Array, dataFiles?: Record<string, string>}} [options] */
export async function loadEngine(options = {}) {
  const module = await sharedModule(options);
  const handle = options.dataFiles ? call(module, () => module.load(JSON.stringify(options.dataFiles))) : 0;
  return new Engine(module, handle);
}
