// The benchmark's plain-JavaScript reference (tests/bench/reference-engine.mjs)
// is only a fair comparison if it answers as the engine does. The bench checks
// that on its warm request mix; this checks the path a warm mix never takes:
// dates moving between epochs, where both engines build a new epoch's verdict
// columns from a kept neighbour's (or afresh), on a seeded synthetic catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from '../bench/gen-catalogue.mjs';
import { loadReference } from '../bench/reference-engine.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { loadEngine } = await import(join(root, 'dist/engine.mjs'));

test('the JS reference ranks and explains as the engine does on every epoch, in any order', async () => {
  const files = Object.fromEntries(['attributes.json', 'needs.json', 'criteria.json', 'quiz.json']
    .map((f) => [f, readFileSync(join(root, 'data', f), 'utf8')]));
  files['catalogue.json'] = JSON.stringify(generateCatalogue(300));
  const reference = loadReference(files);
  const engine = await loadEngine({ dataFiles: files });

  const sinces = new Set();
  for (const m of JSON.parse(files['catalogue.json']).messengers) {
    for (const history of Object.values(m.facts)) for (const e of history) if (e.since) sinces.add(e.since);
  }
  const dates = ['1970-01-01', ...[...sinces].sort()];
  assert.ok(dates.length > 5, 'more epochs than either engine keeps (else nothing is rebuilt)');
  // Forward, backward, then jumping about.
  const order = [...dates, ...[...dates].reverse(), ...dates.filter((_, i) => i % 2 === 0), ...dates.filter((_, i) => i % 2)];
  const needs = JSON.parse(files['needs.json']).needs.map((n) => n.id);
  const shown = (result) => result.results.map((r) => [r.id, r.fits, r.tier, r.score, r.unmet,
    r.reasons.map((x) => [x.kind, x.id, x.status])]);
  let asked = 0;
  for (const [d, date] of order.entries()) {
    // A different need each time, so that columns are built while others of the epoch exist.
    const request = { needs: [needs[d % needs.length]], prefer: { [needs[(d + 3) % needs.length]]: 2 },
      profile: 'pg-2023', as_of: date, limit: 40 };
    assert.deepEqual(shown(reference.recommend(request)), shown(engine.recommend(request)), JSON.stringify(request));
    asked++;
  }
  assert.equal(asked, order.length);
});
