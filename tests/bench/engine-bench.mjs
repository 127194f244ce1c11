#!/usr/bin/env node
// Engine scaling (issue 5, group 4): synthetic catalogues of each size, the
// same seeded request mix, timed natively (build/native/bench_engine), in
// wasm under Node and in the plain-JS reference (tests/bench/engine-node.mjs).
//
//   node tests/bench/engine-bench.mjs OUT.json [--sizes 10,1000,10000,100000] [--samples 9] [--full-up-to 10] [--dist DIR] [--compare-dist DIR]
//
// Modes: "top20" (request limit 20: the ranking of every messenger, but only
// the best 20 serialised, so result JSON does not swamp the ranking at large
// N) at every size, and "full" (every messenger serialised, what the widget
// asks for) at the small sizes only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCatalogue, SEED } from './gen-catalogue.mjs';
import { benchRequests, TODAY } from './requests.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = join(ROOT, 'build', 'bench');
const args = process.argv.slice(2);
const outFile = args.find((a) => !a.startsWith('--'));
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SIZES = opt('sizes', '10,1000,10000,100000').split(',').map(Number);
const SAMPLES = Number(opt('samples', 9));
const FULL_UP_TO = Number(opt('full-up-to', 10));
const TOP = 20;
const nativeBin = join(ROOT, 'build', 'native', 'bench_engine');
const dist = opt('dist', join(ROOT, 'dist'));
// Another build of the module, timed interleaved with this one (before/after).
const compareDist = opt('compare-dist', null);

const read = (f) => JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'));
const requests = benchRequests({
  needs: read('needs.json').needs, quiz: read('quiz.json'), profiles: read('criteria.json').profiles,
});

// One date in each epoch of the catalogue: before its first change date, then
// each change date (a `since`), which starts the next (core/fact_table.hpp).
// The engines keep the verdict columns of 4 epochs; the "first call in an
// epoch" samples ask one of these after 4 others, so its columns are built.
// The text is scanned, not parsed: at 100 000 messengers it is 284 MB.
function epochDates(catalogueText) {
  const changes = [...new Set(catalogueText.match(/"since"\s*:\s*"\d{4}-\d{2}-\d{2}"/g) ?? [])]
    .map((s) => s.slice(-11, -1)).sort();
  return changes.length ? ['1970-01-01', ...changes] : [];
}

function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

const out = {
  compare_dist: compareDist,
  seed: SEED, requests: requests.length, today: TODAY, top: TOP, samples: SAMPLES, sizes: {},
  request_mix: requests,
};
for (const n of SIZES) {
  const t0 = Date.now();
  const dir = writeCatalogue(join(WORK, 'catalogues'), n);
  const modes = [{ name: `top${TOP}`, limit: TOP }];
  if (n <= FULL_UP_TO) modes.push({ name: 'full', limit: null });
  const big = n >= 100000;
  const plan = {
    today: TODAY, requests, modes, samples: SAMPLES,
    min_sample_ms: big ? 0 : 40, // at 100k one pass of the mix is already seconds long
    loads: big ? 1 : 3,
    stages: !big, // per-stage timings of the native call: minutes at 100k, and the same story as at 10k
  };
  const catalogueText = readFileSync(join(dir, 'catalogue.json'), 'utf8');
  plan.epoch_dates = epochDates(catalogueText);
  const planFile = join(WORK, `plan-n${n}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const catalogueBytes = Buffer.byteLength(catalogueText);

  log(`n=${n}: native`);
  const nativeFile = join(WORK, `native-n${n}.json`);
  const nat = spawnSync(nativeBin, [dir, planFile], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (nat.status !== 0) throw new Error(`bench_engine failed: ${nat.stderr}`);
  writeFileSync(nativeFile, nat.stdout);
  const native = JSON.parse(nat.stdout);

  log(`n=${n}: wasm + JS in Node`);
  const node = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16000',
    join(ROOT, 'tests', 'bench', 'engine-node.mjs'), dist, dir, planFile, nativeFile, ...(compareDist ? [compareDist] : [])],
  { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (node.status !== 0) throw new Error(`engine-node failed: ${node.stderr}`);
  const js = JSON.parse(node.stdout);

  const entry = { catalogue_json_bytes: catalogueBytes, native_load_ms: native.load_ms, ...js.one_time };
  if (js.wasm_error) entry.wasm_error = js.wasm_error;
  if (js.alt_error) entry.alt_error = js.alt_error;
  entry.checks = js.checks;
  entry.modes = {};
  for (const m of modes) {
    const nm = native.modes[m.name];
    const jm = js.modes[m.name] ?? {};
    entry.modes[m.name] = {
      native_api_us: nm.api_us,
      native_core_us: nm.core_us,
      wasm_raw_us: jm.wasm_raw ?? null,
      wasm_us: jm.wasm ?? null,
      wasm_raw_alt_us: jm.wasm_raw_alt ?? null,
      js_us: jm.js ?? null,
      result_bytes_median: nm.results.map((r) => r.bytes).sort((a, b) => a - b)[nm.results.length >> 1],
      native_stages_us: nm.stages_us ?? [],
      // First call on a date not asked about before (the verdict memo is per date).
      native_api_cold_us: nm.api_cold_us ?? null,
      wasm_raw_cold_us: jm.cold?.wasm_raw ?? null,
      wasm_cold_us: jm.cold?.wasm ?? null,
      js_cold_us: jm.cold?.js ?? null,
    };
  }
  entry.seconds = (Date.now() - t0) / 1000;
  out.sizes[n] = entry;
  log(`n=${n}: done in ${entry.seconds.toFixed(0)} s`);
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(out, null, 1));
