#!/usr/bin/env node
// Engine group of the benchmark: recommend() through engine.mjs in Node, on
// synthetic catalogues of 10, 200 and 1 000 messengers (gen-catalogue.mjs),
// with the seeded request mix of requests.mjs. Two modes: "top20" (limit 20:
// every messenger ranked, the best 20 explained) at every size, and "full"
// (every messenger explained, what the widget asks) up to 200.
//
//   node tests/bench/engine-bench.mjs OUT.json [--sizes 10,200,1000] [--samples 9] [--dist DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCatalogue, SEED } from './gen-catalogue.mjs';
import { benchRequests } from './requests.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const outFile = args.find((a) => !a.startsWith('--'));
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SIZES = opt('sizes', '10,200,1000').split(',').map(Number);
const SAMPLES = Number(opt('samples', 9));
const DIST = resolve(opt('dist', join(ROOT, 'dist')));
const TOP = 20;
const FULL_UP_TO = 200;

const { loadEngine } = await import(pathToFileURL(join(DIST, 'engine.mjs')).href);
const { default: createMfEngine } = await import(pathToFileURL(join(DIST, 'mf-engine.mjs')).href);
const data = Object.fromEntries(['attributes.json', 'needs.json', 'criteria.json', 'quiz.json']
  .map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const read = (f) => JSON.parse(data[f]);
const requests = benchRequests({ needs: read('needs.json').needs, quiz: read('quiz.json'), profiles: read('criteria.json').profiles });

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];
  return { median: q(0.5), p95: q(0.95), min: v[0], n: v.length };
}

// µs per call: each sample runs the whole request mix once.
function time(run, list) {
  for (const r of list) run(r);  // warm-up
  const samples = [];
  for (let s = 0; s < SAMPLES; s++) {
    const t = performance.now();
    for (const r of list) run(r);
    samples.push(((performance.now() - t) * 1000) / list.length);
  }
  return stats(samples);
}

const out = { seed: SEED, requests: requests.length, top: TOP, samples: SAMPLES, sizes: {} };
const wasmBinary = readFileSync(join(DIST, 'mf-engine.wasm'));
const raw = await createMfEngine({ wasmBinary });
for (const n of SIZES) {
  process.stderr.write(`bench: engine, ${n} messengers\n`);
  const files = { ...data, 'catalogue.json': JSON.stringify(generateCatalogue(n)) };
  const started = performance.now();
  const engine = await loadEngine({ dataFiles: files, wasmBinary });
  const entry = { catalogue_json_bytes: files['catalogue.json'].length, load_ms: performance.now() - started, modes: {}, failures: [] };
  const handle = JSON.parse(raw.load(JSON.stringify(files))).value;
  for (const [mode, limit] of [[`top${TOP}`, TOP], ['full', null]]) {
    if (!limit && n > FULL_UP_TO) continue;
    const list = requests.map((r) => (limit ? { ...r, limit } : r));
    // Checked before timing: the facade answers what the module answers.
    for (const r of list) {
      const direct = JSON.parse(raw.recommend(handle, JSON.stringify(r)));
      if (JSON.stringify(direct.value) !== JSON.stringify(engine.recommend(r))) entry.failures.push({ mode, request: r });
    }
    const texts = list.map((r) => JSON.stringify(r));
    entry.modes[mode] = {
      facade_us: time((r) => engine.recommend(r), list),
      module_us: time((t) => raw.recommend(handle, t), texts),
      answer_bytes: Math.round(texts.reduce((s, t) => s + raw.recommend(handle, t).length, 0) / texts.length),
    };
  }
  raw.release(handle);
  out.sizes[n] = entry;
}
writeFileSync(outFile, JSON.stringify(out));
