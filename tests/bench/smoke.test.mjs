// The benchmark's own test: scripts/bench.sh --smoke (one browser run, the
// smallest catalogue) runs to the end, reports every group, and the checks it
// makes before timing hold. The figures themselves are not judged here:
// targets live in the benchmark, and one run on a busy machine says nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);

test('scripts/bench.sh --smoke: every group reported, every check held, every target judged', () => {
  const bench = run(join(root, 'scripts/bench.sh'), ['--smoke', '--json']);
  assert.equal(bench.status, 0, bench.stderr.slice(-4000));
  const report = JSON.parse(bench.stdout);

  // 1. Weight: the embed's own files and standalone.html.
  const files = report.weight.initial_files.map((f) => f.file);
  assert.ok(files.includes('mf-engine.wasm') && files.includes('messenger-fit.js'), files.join());
  for (const total of [report.weight.initial_total, report.weight.every_view_total, report.weight.standalone])
    assert.ok(isNumber(total.gzip) && total.gzip > 0 && isNumber(total.brotli));
  assert.deepEqual(report.weight.errors, []);

  // 2. Cold start, beside the static page, unthrottled and throttled.
  for (const profile of ['unthrottled', 'cpu4x_slow4g']) {
    const c = report.cold_start[profile];
    assert.ok(isNumber(c.widget_first_cards_ms.median) && isNumber(c.static_first_cards_ms.median), profile);
    assert.deepEqual(c.problems, [], profile);
  }

  // 3. Interaction: each kind measured, with and without 4× CPU.
  for (const profile of ['unthrottled', 'cpu4x']) {
    const i = report.interaction[profile];
    assert.deepEqual(i.errors, [], profile);
    for (const kind of ['filter-toggle', 'quiz-answer', 'quiz-step', 'quiz-result'])
      assert.ok(i[kind].count > 0 && isNumber(i[kind].dom_updated_ms.p95), `${profile} ${kind}`);
  }

  // 4. Engine: the check before timing, then both modes timed.
  const size = report.engine.sizes['10'];
  assert.deepEqual(size.failures, []);
  for (const mode of ['top20', 'full']) {
    assert.ok(isNumber(size.modes[mode].facade_us.median) && isNumber(size.modes[mode].module_us.median), mode);
  }

  // Every target gets a verdict; only the sizes not run go unmeasured.
  for (const t of report.targets) {
    if (t.verdict === 'not measured') assert.match(t.what, /\b(200|1000) messengers/, t.what);
    else assert.ok(isNumber(t.value) && ['met', 'MISSED'].includes(t.verdict), `${t.what}: ${t.value} ${t.verdict}`);
  }

  // The table the same figures make.
  const table = run(process.execPath, ['tests/bench/report.mjs', 'build/bench/machine.json', 'build/bench/browser.json',
    'build/bench/engine.json']);
  assert.equal(table.status, 0, table.stderr);
  for (const heading of ['1. Weight', '2. Cold start', '3. Interaction', '4. Engine'])
    assert.match(table.stdout, new RegExp(`^${heading.replace('.', '\\.')}`, 'm'));
});
