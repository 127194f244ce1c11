// The CLI (native) and dist/engine.mjs (wasm) must answer every request with
// the same JSON, byte for byte after parsing: same fields, same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'build/native/messenger-fit');
const { loadEngine, EngineError } = await import(join(root, 'dist/engine.mjs'));
const engine = await loadEngine();
const catalogue = engine.catalogue();

function cliArgs(request) {
  const args = ['recommend'];
  for (const n of request.needs ?? []) args.push('--need', n);
  for (const [id, w] of Object.entries(request.prefer ?? {})) args.push('--prefer', `${id}=${w}`);
  if (request.profile) args.push('--profile', request.profile);
  if (request.as_of) args.push('--as-of', request.as_of);
  if (request.answers) {
    const file = join(mkdtempSync(join(tmpdir(), 'mf-')), 'answers.json');
    writeFileSync(file, JSON.stringify(request.answers));
    args.push('--answers', file);
  }
  return args;
}

const runCli = (args) => spawnSync(cli, args, { encoding: 'utf8' });

// A spread of requests: each need alone, profiles × dates, preferences, and
// every quiz answer with and without "matters a lot".
function requests() {
  const out = [{}, { as_of: '2023-06-01' }, { profile: 'pg-2025' }, { profile: 'pg-2025', as_of: '2023-06-01' }];
  for (const need of catalogue.needs) out.push({ needs: [need.id], as_of: '2024-01-01' });
  out.push({ needs: ['platform:ios', 'platform:windows', 'no_phone_number'], prefer: { tor: 2.5, calls: 1 } });
  for (const q of catalogue.quiz.questions) {
    for (const a of q.answers) {
      const choice = q.kind === 'multi' ? [a.id] : a.id;
      out.push({ answers: { [q.id]: choice } });
      out.push({ answers: { [q.id]: { choice, important: true } }, profile: 'pg-2025' });
    }
  }
  return out;
}

test('CLI and wasm give identical results', () => {
  const all = requests();
  assert.ok(all.length > 30);
  for (const request of all) {
    const native = runCli(cliArgs(request));
    assert.equal(native.status, 0, native.stderr);
    // JSON.stringify keeps key order, so this also compares field order.
    assert.equal(JSON.stringify(engine.recommend(request)), JSON.stringify(JSON.parse(native.stdout)),
      `request ${JSON.stringify(request)}`);
  }
});

test('the catalogue the widget sees is the data the CLI sees', () => {
  const native = JSON.parse(execFileSync(cli, ['catalogue'], { encoding: 'utf8' }));
  assert.deepEqual(engine.catalogue(), native);
  assert.equal(catalogue.messengers.length, 5);
});

test('bad requests: CLI exits 2, engine throws EngineError with the same pointer', () => {
  const cases = [
    [{ needs: ['telepathy'] }, '/needs/0', /telepathy/],
    [{ profile: 'pg-1999' }, '/profile', /pg-2025/],
    [{ as_of: '2023-02-30' }, '/as_of', /impossible date/],
    [{ prefer: { tor: -3 } }, '/prefer/tor', />= 0/],
  ];
  for (const [request, pointer, message] of cases) {
    const native = runCli(cliArgs(request));
    assert.equal(native.status, 2);
    assert.match(native.stderr, message);
    assert.ok(native.stderr.includes(pointer), native.stderr);
    assert.throws(() => engine.recommend(request), (e) =>
      e instanceof EngineError && e.code === 'bad_request' && e.pointer === pointer && message.test(e.message));
  }
  assert.throws(() => engine.recommend({ needs: 'tor' }), { code: 'bad_request', pointer: '/needs' });
  assert.throws(() => engine.recommend({ answers: { nope: 'x' } }), { pointer: '/answers/nope' });
});

test('CLI usage errors exit 2 and name the bad value', () => {
  let r = runCli(['recommend', '--prefer', 'tor=lots']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /tor=lots/);
  r = runCli(['recommend', '--data', '/no/such/dir']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such data directory/);
  r = runCli(['recommend', '--answers', '/no/such/file.json']);
  assert.equal(r.status, 2);
  r = runCli(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
  r = runCli(['recommend', '--need']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing value after --need/);
});

test('validate: the shipped data is valid; a broken copy lists file:/pointer: message lines', () => {
  assert.equal(runCli(['validate']).status, 0);
  assert.equal(runCli(['validate', join(root, 'data')]).status, 0);
  const dir = mkdtempSync(join(tmpdir(), 'mf-data-'));
  cpSync(join(root, 'data'), dir, { recursive: true });
  const cat = JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8'));
  cat.messengers[1].id = cat.messengers[0].id;
  cat.messengers[0].facts.tor[0].value = 'carrier_pigeon';
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(cat));
  const r = runCli(['validate', dir]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.includes(`catalogue.json:/messengers/1/id: duplicate id "${cat.messengers[0].id}"`), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('catalogue.json:/messengers/0/facts/tor/0/value: "carrier_pigeon" is not one of')), r.stdout);
});

test('custom data in the engine: bad data rejects with every problem, like the CLI', async () => {
  const files = {};
  for (const name of ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'])
    files[name] = readFileSync(join(root, 'data', name), 'utf8');
  const custom = await loadEngine({ dataFiles: files });
  assert.equal(JSON.stringify(custom.recommend({ as_of: '2024-01-01' })),
    JSON.stringify(engine.recommend({ as_of: '2024-01-01' })));

  const needs = JSON.parse(files['needs.json']);
  needs.needs[0].rule = { attr: 'platforms', has: 'amiga' };
  const broken = { ...files, 'needs.json': JSON.stringify(needs) };
  const dir = mkdtempSync(join(tmpdir(), 'mf-data-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(broken)) writeFileSync(join(dir, name), text);
  const cliLines = runCli(['validate', dir]).stdout.trim().split('\n');
  await assert.rejects(loadEngine({ dataFiles: broken }), (e) => {
    assert.equal(e.code, 'bad_data');
    assert.equal(e.file, 'needs.json');
    assert.deepEqual(e.problems.map((p) => `${p.file}:${p.pointer}: ${p.message}`), cliLines);
    return true;
  });
});

test('custom data with hostile text and a missing fact: the facade answers as the CLI does', async () => {
  // What the flat form carries across the boundary (core/result_text.hpp):
  // names that need escaping, a fact no entry gives (a number below zero),
  // fractional weights; wasm/flat-result.mjs must rebuild the CLI's objects.
  const files = {};
  for (const name of ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'])
    files[name] = readFileSync(join(root, 'data', name), 'utf8');
  const data = JSON.parse(files['catalogue.json']);
  data.messengers[0].name = 'Zéta "日本" \\ \u0001\t ✓ 😀 </script>';
  const dropped = Object.keys(data.messengers[1].facts)[0];
  delete data.messengers[1].facts[dropped];
  files['catalogue.json'] = JSON.stringify(data);
  const dir = mkdtempSync(join(tmpdir(), 'mf-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const custom = await loadEngine({ dataFiles: files });
  const asked = [{}, { profile: 'pg-2025', as_of: '2023-06-01' },
    { needs: ['no_phone_number'], prefer: { tor: 0.25, calls: 1.5 } }, { needs: ['no_phone_number'], limit: 2 }];
  let unknownFacts = 0;
  for (const request of asked) {
    const args = [...cliArgs(request), '--data', dir];
    if (request.limit) args.push('--limit', String(request.limit));
    const native = runCli(args);
    assert.equal(native.status, 0, native.stderr);
    const got = custom.recommend(request);
    assert.equal(JSON.stringify(got), JSON.stringify(JSON.parse(native.stdout)), `request ${JSON.stringify(request)}`);
    for (const r of got.results) for (const reason of r.reasons)
      unknownFacts += reason.facts.filter((f) => f.attr === dropped && f.value === 'unknown').length;
  }
  assert.equal(JSON.parse(JSON.stringify(custom.recommend({}))).results.find((r) => r.id === data.messengers[0].id).name,
    data.messengers[0].name);
  assert.ok(unknownFacts > 0, `no reason showed the dropped fact ${dropped}`);
});

test('engines loaded concurrently answer identically', async () => {
  const [a, b] = await Promise.all([loadEngine(), loadEngine()]);
  assert.equal(JSON.stringify(a.recommend({ needs: ['tor'] })), JSON.stringify(b.recommend({ needs: ['tor'] })));
});

test('facts as of a date: CLI and wasm agree', () => {
  for (const date of ['2023-06-01', '2024-11-01']) {
    const native = JSON.parse(execFileSync(cli, ['facts', '--as-of', date], { encoding: 'utf8' }));
    assert.equal(JSON.stringify(engine.facts(date)), JSON.stringify(native));
  }
  assert.throws(() => engine.facts('2023-02-30'), { code: 'bad_request', pointer: '/as_of' });
});

test('answers from engine.mjs are frozen all the way down and equal the CLI\'s', async () => {
  const request = { needs: ['tor'], prefer: { calls: 1 }, as_of: '2024-06-01' };
  const result = engine.recommend(request);
  const frozen = (v) => !v || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(frozen));
  assert.ok(frozen(result));
  assert.throws(() => { result.results[0].reasons[0].facts[0].value = 'changed'; }, TypeError);
  assert.throws(() => { result.results.push({}); }, TypeError);
  assert.deepEqual(result, JSON.parse(execFileSync(cli, cliArgs(request), { encoding: 'utf8' })));
  assert.ok(frozen(engine.compare(request, ['signal', 'briar'])));
});
