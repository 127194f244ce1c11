// Where the engine and its data come from: the default data compiled into the
// wasm, or a custom catalogue folder (data-src) fetched from this page's own
// origin. Every failure becomes a LoadFailure listing its problems so the
// widget can show a readable card instead of a blank box. A problem found
// here has a `code` (worded by the message catalogue, ui.problem.*) and an
// untranslatable `detail`; the engine's data problems carry its `message`,
// the same line `messenger-fit validate` prints.
import { loadEngine } from './engine.mjs';
import { engineOptions } from './engine-options.js';

export class LoadFailure extends Error {
  constructor(kind, problems) {
    super(problems.map((p) => `${p.file ?? ''}${p.pointer ?? ''}: ${p.message ?? p.code}${p.detail ? ` (${p.detail})` : ''}`).join('\n'));
    this.kind = kind; // 'origin' | 'fetch' | 'data' | 'engine'
    this.problems = problems;
  }
}

// One promise per source: several widgets on a page share the engine (the
// wasm module instance is shared by engine.mjs itself) and the fetches.
const engines = new Map();

export function engineFor(dataSrc) {
  let key = '';
  try {
    if (dataSrc) key = resolveDataSrc(dataSrc).href;
  } catch (e) {
    return Promise.reject(e);
  }
  if (!engines.has(key)) {
    const p = start(dataSrc ? new URL(key) : null);
    p.catch(() => engines.delete(key)); // let a retry try again
    engines.set(key, p);
  }
  return engines.get(key);
}

async function start(folder) {
  const options = engineOptions();
  // Only pages that name a folder fetch the code that fetches it (a file of
  // its own).
  if (folder) options.dataFiles = await (await import('./data-src.js')).fetchDataFiles(folder);
  try {
    return await loadEngine(options);
  } catch (e) {
    if (e?.code === 'bad_data') {
      const problems = Array.isArray(e.problems) && e.problems.length ? e.problems
        : [{ file: e.file, pointer: e.pointer, message: e.message }];
      throw new LoadFailure('data', problems.map(cleanProblem));
    }
    throw new LoadFailure('engine', [{ code: 'engine', detail: String(e?.message ?? e) }]);
  }
}

/**
 * data-src is relative to the page. Only same-origin http(s) folders: the
 * widget promises to talk to nobody but the page's own server.
 */
export function resolveDataSrc(dataSrc) {
  let url;
  try {
    url = new URL(dataSrc.endsWith('/') ? dataSrc : `${dataSrc}/`, document.baseURI);
  } catch {
    throw new LoadFailure('origin', [{ file: String(dataSrc), code: 'not_url' }]);
  }
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) {
    throw new LoadFailure('origin', [{ file: url.href, code: 'other_origin' }]);
  }
  return url;
}

function cleanProblem(p) {
  return {
    file: typeof p?.file === 'string' ? p.file : '',
    pointer: typeof p?.pointer === 'string' ? p.pointer : '',
    message: typeof p?.message === 'string' ? p.message : String(p?.message ?? ''),
  };
}
