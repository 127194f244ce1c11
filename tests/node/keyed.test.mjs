// keyed.js's staying(): which items of a keyed list can stay put when it is
// reordered (the card list moves only the others).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { staying } from '../../web/keyed.js';

// The longest increasing subsequence's length, the slow and obvious way.
function lisLength(seq) {
  const best = seq.map(() => 1);
  seq.forEach((x, i) => { for (let j = 0; j < i; j++) if (seq[j] < x) best[i] = Math.max(best[i], best[j] + 1); });
  return Math.max(0, ...best);
}

// A fixed-seed generator, so a failure can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

test('examples: one card climbing to the top leaves the others where they are', () => {
  assert.deepEqual([...staying(['e', 'a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e'])], ['d', 'c', 'b', 'a']);
  assert.deepEqual([...staying(['b', 'c', 'd', 'e', 'a'], ['a', 'b', 'c', 'd', 'e'])].sort(), ['b', 'c', 'd', 'e']);
  assert.equal(staying(['c', 'b', 'a'], ['a', 'b', 'c']).size, 1);
  assert.deepEqual([...staying(['x', 'a'], ['a'])], ['a'], 'a new item never stays');
  assert.equal(staying([], ['a']).size, 0);
});

test('random reorders: the items kept are in the current order and as many as can be', () => {
  const next = rng(42);
  for (let round = 0; round < 500; round++) {
    const n = Math.floor(next() * 9);
    const current = Array.from({ length: n }, (_, i) => `m${i}`);
    // Some leave, some arrive, the rest are shuffled.
    const wanted = current.filter(() => next() > 0.2);
    for (let i = 0; i < 2; i++) if (next() > 0.5) wanted.push(`new${i}`);
    for (let i = wanted.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [wanted[i], wanted[j]] = [wanted[j], wanted[i]];
    }
    const stay = staying(wanted, current);
    const kept = wanted.filter((x) => stay.has(x));
    const positions = kept.map((x) => current.indexOf(x));
    assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || positions[i - 1] < p)), `${wanted} from ${current}`);
    const known = wanted.filter((x) => current.includes(x)).map((x) => current.indexOf(x));
    assert.equal(kept.length, lisLength(known), `${wanted} from ${current}`);
  }
});
