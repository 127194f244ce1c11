// The facade (wasm/engine.mjs) when the module itself stops. The engine has no
// C++ exceptions, so running out of wasm memory aborts the module: its calls
// then throw instead of answering with an envelope. Reproducing that for real
// needs a ~4 GB heap, so engine.mjs runs here beside a stand-in for
// mf-engine.mjs whose answers the test scripts, and the real facade's
// handling is checked: an EngineError, and a fresh module for the next
// loadEngine().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('a module that stops becomes an EngineError, and the next loadEngine() starts a fresh one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mf-engine-stopped-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(join(root, 'wasm', 'engine.mjs'), join(dir, 'engine.mjs'));
  writeFileSync(join(dir, 'mf-engine.wasm'), '');
  // Each instance answers its first recommend() with an envelope, then aborts
  // the way Emscripten does (a RuntimeError), as if out of memory.
  writeFileSync(join(dir, 'mf-engine.mjs'), `
    export const made = [];
    export default async function createMfEngine() {
      const id = made.length + 1;
      let calls = 0;
      made.push(id);
      return {
        recommend() {
          calls += 1;
          if (calls > 1) throw new WebAssembly.RuntimeError('Aborted(OOM)');
          return JSON.stringify({ ok: true, value: { module: id, results: [] } });
        },
      };
    }
  `);
  const { loadEngine, EngineError } = await import(pathToFileURL(join(dir, 'engine.mjs')).href);
  const { made } = await import(pathToFileURL(join(dir, 'mf-engine.mjs')).href);

  const first = await loadEngine();
  assert.deepEqual(first.recommend({}), { module: 1, results: [] });
  assert.throws(() => first.recommend({}), (e) => e instanceof EngineError && e.code === 'internal'
    && /the engine stopped: Aborted\(OOM\)/.test(e.message));
  assert.equal((await loadEngine()).recommend({}).module, 2, 'a fresh module after the stop');
  assert.deepEqual(made, [1, 2]);
  // While the module works, engines share it.
  await loadEngine();
  assert.deepEqual(made, [1, 2]);
});
