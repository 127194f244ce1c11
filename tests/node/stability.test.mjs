// Stability of the wasm engine over many calls: 10 000 successive `recommend`
// calls through dist/engine.mjs with varied requests, valid and invalid, get
// identical answers (or identical EngineErrors) every time. A second test
// watches a separate module instance for leaks through the top of its heap:
// the address malloc returns for an 8 MiB block, which no free hole can hold.
// Leaked bytes fill the holes and then push that address up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { loadEngine, EngineError } = await import(join(root, 'dist/engine.mjs'));
const engine = await loadEngine();
const catalogue = engine.catalogue();

// A small seeded generator, so every run asks the same questions.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const needIds = catalogue.needs.map((n) => n.id);
const profileIds = catalogue.profiles.map((p) => p.id);
const questions = catalogue.quiz.questions;
// Always an explicit date: a default of "today" could change mid-run at midnight UTC.
const dates = ['2014-01-01', '2019-06-30', '2023-06-01', '2024-02-29', '2026-12-31'];

function validRequest(r) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(list)))];
  const req = { as_of: pick(dates) };
  if (r() < 0.6) req.needs = some(needIds, 3);
  if (r() < 0.4) req.prefer = Object.fromEntries(some(needIds, 2).map((id) => [id, pick([0.5, 1, 2, 100])]));
  if (r() < 0.6) {
    req.answers = {};
    for (const q of some(questions, 3)) {
      const ids = q.answers.map((a) => a.id);
      const choice = q.kind === 'multi' ? some(ids, 3) : pick(ids);
      req.answers[q.id] = r() < 0.3 ? { choice, important: r() < 0.5 } : choice;
    }
  }
  if (r() < 0.5) req.profile = pick(profileIds);
  // Full rankings are the expensive answers (~20 kB of JSON each); most
  // requests ask for the top one or two, as a quiz result does.
  const x = r();
  if (x < 0.75) req.limit = 1 + Math.floor(r() * 2);
  else if (x < 0.9) req.limit = 3;
  return req;
}

// Each invalid request with the pointer its EngineError must name.
function invalidRequests() {
  const single = questions.find((q) => q.kind === 'single');
  const multi = questions.find((q) => q.kind === 'multi');
  return [
    [{ needs: ['no_such_need'] }, '/needs/0'],
    [{ needs: 'tor' }, '/needs'],
    [{ needs: [needIds[0], 7] }, '/needs/1'],
    [{ prefer: { [needIds[1]]: -1 } }, `/prefer/${needIds[1]}`],
    [{ prefer: { [needIds[1]]: 101 } }, `/prefer/${needIds[1]}`],
    [{ prefer: { [needIds[2]]: 'much' } }, `/prefer/${needIds[2]}`],
    [{ prefer: [needIds[0]] }, '/prefer'],
    [{ answers: { no_such_question: 'x' } }, '/answers/no_such_question'],
    [{ answers: { [single.id]: 'no_such_answer' } }, `/answers/${single.id}`],
    [{ answers: { [single.id]: single.answers.slice(0, 2).map((a) => a.id) } }, `/answers/${single.id}`],
    [{ answers: { [multi.id]: { choice: [multi.answers[0].id], important: 'yes' } } }, `/answers/${multi.id}/important`],
    [{ answers: { [multi.id]: { important: true } } }, `/answers/${multi.id}/choice`],
    [{ profile: 'pg-1999' }, '/profile'],
    [{ as_of: '2023-02-30' }, '/as_of'],
    [{ as_of: '2023/06/01' }, '/as_of'],
    [{ as_of: 20230601 }, '/as_of'],
    [{ limit: 0 }, '/limit'],
    [{ limit: 1.5 }, '/limit'],
    [{ colour: 'blue' }, '/colour'],
    [['tor'], ''],
    ['tor', ''],
  ];
}

function buildPool() {
  const r = rng(20240615);
  const pool = [];
  for (let i = 0; i < 160; i++) pool.push({ request: validRequest(r) });
  for (const [request, pointer] of invalidRequests()) pool.push({ request, pointer });
  return pool;
}

// One call; the outcome as a string to compare across calls.
function outcome(call, entry) {
  try {
    const result = call(entry.request);
    assert.equal(entry.pointer, undefined, `expected an EngineError for ${JSON.stringify(entry.request)}`);
    return JSON.stringify(result);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.ok(e instanceof EngineError, `not an EngineError: ${e} for ${JSON.stringify(entry.request)}`);
    assert.equal(e.code, 'bad_request');
    assert.equal(e.pointer, entry.pointer, `pointer for ${JSON.stringify(entry.request)}: ${e.message}`);
    return `error ${e.pointer} ${e.message}`;
  }
}

test('10 000 varied recommend calls: identical answers, EngineErrors for bad requests', () => {
  const pool = buildPool();
  const call = (request) => engine.recommend(request);
  // Warm-up: every distinct request once, so every path has reached its peak.
  const first = pool.map((entry) => outcome(call, entry));
  assert.ok(new Set(first).size > pool.length * 0.8, 'the requests are varied');
  const r = rng(7);
  let calls = pool.length;
  for (; calls < 10_000; calls++) {
    const i = Math.floor(r() * pool.length);
    const got = outcome(call, pool[i]);
    if (got !== first[i]) assert.equal(got, first[i], `call ${calls}: a different answer to ${JSON.stringify(pool[i].request)}`);
  }
  assert.equal(calls, 10_000);
});

test('the heap top does not creep (a fresh module instance, 3 000 calls)', async (t) => {
  const { default: createMfEngine } = await import(join(root, 'dist/mf-engine.mjs'));
  const module = await createMfEngine({ wasmBinary: readFileSync(join(root, 'dist/mf-engine.wasm')) });
  // As engine.mjs calls it, and the facts table too (the widget's Why panels).
  const call = (request) => {
    const text = JSON.stringify(request);
    const envelope = JSON.parse(module.recommend(0, text));
    if (!envelope.ok) throw new EngineError(envelope.error);
    JSON.parse(module.facts(0, text));
    return envelope.value;
  };
  const heapTop = () => {
    const p = module._malloc(8 << 20);
    assert.ok(p !== 0, 'malloc(8 MiB) failed');
    module._free(p);
    return p;
  };
  const pool = buildPool();
  const first = pool.map((entry) => outcome(call, entry));
  for (const [i, entry] of pool.entries()) assert.equal(outcome(call, entry), first[i]);  // second warm-up pass
  const before = heapTop();
  const r = rng(11);
  for (let n = 0; n < 3000; n++) {
    const i = Math.floor(r() * pool.length);
    const got = outcome(call, pool[i]);
    if (got !== first[i]) assert.equal(got, first[i]);
  }
  const grown = heapTop() - before;
  t.diagnostic(`heap top moved ${grown} bytes`);
  // 0 bytes on a clean build; a 64-byte leak per call moved it ~110 kB.
  assert.ok(grown <= 32 * 1024, `the heap top moved up by ${grown} bytes over 3 000 calls`);
});
