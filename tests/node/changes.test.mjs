// "What changed" (issue 6): the timeline reshapes the catalogue's dated
// entries, the profile diff lines up two engine results. Both are checked
// against the engine itself (dist/engine.mjs) and the data, never against a
// second implementation of the rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timelineOf, datedCount, isCurrent } from '../../web/timeline.js';
import { profileDiff, profilePair } from '../../web/profile-diff.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { loadEngine } = await import(join(root, 'dist/engine.mjs'));
const engine = await loadEngine();
const catalogue = engine.catalogue();
const attrOrder = catalogue.attributes.map((a) => a.id);
const messenger = (id) => catalogue.messengers.find((m) => m.id === id);

test('a timeline lists every dated entry, oldest first, with the value it replaced', () => {
  let dated = 0;
  for (const m of catalogue.messengers) {
    const items = timelineOf(m, attrOrder);
    const expected = Object.values(m.facts).flat().filter((e) => e.since);
    dated += expected.length;
    assert.equal(items.length, expected.length, m.id);
    assert.equal(datedCount(m), expected.length, `${m.id}: the count the card shows`);
    const dates = items.map((i) => i.since);
    assert.deepEqual(dates, [...dates].sort(), `${m.id}: chronological`);
    for (const item of items) {
      const history = m.facts[item.attr];
      const at = history.indexOf(item.after);
      assert.ok(at >= 0, 'the entry itself, not a copy');
      assert.equal(item.before, at > 0 ? history[at - 1] : null);
    }
  }
  assert.ok(dated >= 8, `the catalogue has dated facts (${dated})`);
});

test('the issue\'s examples are on the timelines', () => {
  const find = (id, attr) => timelineOf(messenger(id), attrOrder).find((i) => i.attr === attr);
  const calls = find('element', 'group_calls');
  assert.equal(calls.since, '2024-10-24');
  assert.deepEqual([calls.before.value, calls.after.value], ['not_e2ee', 'e2ee']);
  assert.ok(calls.after.disputed.length, 'the dispute travels with the entry');
  const fs = find('session', 'forward_secrecy');
  assert.deepEqual([fs.since, fs.before.value, fs.after.value], ['2020-12-01', true, false]);
  const usernames = find('signal', 'contact_handles');
  assert.equal(usernames.since, '2024-02-20');
  // A first entry that is itself dated replaced nothing: unknown before.
  assert.equal(find('session', 'post_compromise_security').before, null);
  // Same date: catalogue attribute order.
  const signal = timelineOf(messenger('signal'), attrOrder).map((i) => i.attr);
  assert.deepEqual(signal, [...signal].sort((a, b) => attrOrder.indexOf(a) - attrOrder.indexOf(b)));
});

test('"in effect" is the engine\'s own as-of answer', () => {
  const on = (date) => new Map(engine.facts(date).messengers.find((m) => m.id === 'signal').facts.map((f) => [f.attr, f]));
  const [entry] = timelineOf(messenger('signal'), attrOrder).filter((i) => i.attr === 'personal_identifier_shared');
  assert.equal(isCurrent(entry, on('2023-06-01').get(entry.attr)), false);
  assert.equal(isCurrent(entry, on('2024-02-20').get(entry.attr)), true);
  assert.equal(isCurrent(entry, undefined), false);
});

test('the profiles compared are the oldest and the newest', () => {
  assert.deepEqual(profilePair(catalogue.profiles), ['pg-2023', 'pg-2025']);
  assert.deepEqual(profilePair([...catalogue.profiles].reverse()), ['pg-2023', 'pg-2025']);
  assert.equal(profilePair(catalogue.profiles.slice(0, 1)), null);
  // Three, out of order, one undated (sorts first, as the empty string).
  const dated = (id, date) => ({ id, ...(date ? { date } : {}) });
  assert.deepEqual(profilePair([dated('b', '2024-05-01'), dated('a'), dated('c', '2025-01-10'), dated('d', '2023-12-31')]), ['a', 'c']);
  // Same date: the first listed is the oldest, the last listed the newest.
  assert.deepEqual(profilePair([dated('x', '2024-01-01'), dated('y', '2024-01-01'), dated('z', '2024-01-01')]), ['x', 'z']);
});

const diffOn = (asOf, extra = {}) => profileDiff(
  engine.recommend({ ...extra, profile: 'pg-2023', as_of: asOf }),
  engine.recommend({ ...extra, profile: 'pg-2025', as_of: asOf }));

test('2023 → 2025 on the seed date: Signal, Element and Session flip, and why', () => {
  const rows = new Map(diffOn('2023-06-01').map((r) => [r.id, r]));
  const flipped = [...rows.values()].filter((r) => r.tierChanged).map((r) => r.id).sort();
  assert.deepEqual(flipped, ['element', 'session', 'signal']);
  for (const id of ['briar', 'simplex']) {
    assert.equal(rows.get(id).tierChanged, false);
    assert.deepEqual(rows.get(id).criteria, []);
  }
  const why = (id) => rows.get(id).criteria.map((c) => [c.id, c.before?.kind ?? null, c.before?.status ?? null,
    c.after?.kind ?? null, c.after?.status ?? null]);
  // Forward secrecy moved from "needed for the higher tier" to a minimum.
  assert.deepEqual(why('element'), [['forward_secrecy', 'tier', 'fail', 'minimum', 'fail']]);
  assert.deepEqual(why('session'), [['forward_secrecy', 'tier', 'fail', 'minimum', 'fail']]);
  // A new minimum that Signal did not meet before its usernames (2024-02).
  assert.deepEqual(why('signal'), [['no_personal_identifier_shared', null, null, 'minimum', 'fail']]);
  // The engine's reasons, facts included, are what is shown.
  assert.ok(rows.get('signal').criteria[0].after.facts.length > 0);
});

test('after Signal\'s usernames, Signal keeps its verdict under both', () => {
  const rows = new Map(diffOn('2025-06-01').map((r) => [r.id, r]));
  assert.equal(rows.get('signal').tierChanged, false);
  assert.deepEqual(rows.get('signal').criteria, []);
  assert.equal(rows.get('element').tierChanged, true);
});

test('fits never flips between profiles (needs are profile-free), and rows follow the given order', () => {
  const rows = diffOn('2023-06-01', { needs: ['no_phone_number'] });
  assert.ok(rows.every((r) => !r.fitsChanged && r.needs.length === 0));
  const order = ['session', 'briar', 'signal', 'simplex', 'element'];
  const before = engine.recommend({ profile: 'pg-2023', as_of: '2023-06-01' });
  const after = engine.recommend({ profile: 'pg-2025', as_of: '2023-06-01' });
  assert.deepEqual(profileDiff(before, after, order).map((r) => r.id), order);
  assert.deepEqual(profileDiff(before, after).map((r) => r.id), after.results.map((r) => r.id));
});

test('a flipped "fits" points at the needs whose status differs', () => {
  // Synthetic engine-shaped results: only the comparison is under test here.
  const entry = (fits, status) => ({ id: 'x', name: 'X', tier: 't', fits, unmet: fits ? [] : ['n1'],
    reasons: [{ kind: 'need', id: 'n1', status, facts: [] }, { kind: 'need', id: 'n2', status: 'pass', facts: [] }] });
  const [row] = profileDiff({ results: [entry(true, 'pass')] }, { results: [entry(false, 'fail')] });
  assert.equal(row.fitsChanged, true);
  assert.deepEqual(row.needs.map((n) => n.id), ['n1']);
});

test('ties on a date with no catalogue order fall back to id order, by code unit', () => {
  const entry = (since) => [{ value: 1, since }];
  const m = { facts: { b: entry('2024-01-01'), a: entry('2024-01-01'), B: entry('2024-01-01'), c: entry('2023-01-01') } };
  assert.deepEqual(timelineOf(m).map((i) => i.attr), ['c', 'B', 'a', 'b']);
  assert.deepEqual(timelineOf(m, ['b', 'a']).map((i) => i.attr), ['c', 'b', 'a', 'B']);
  assert.equal(datedCount(m), 4);
  assert.equal(datedCount({ facts: { x: [{ value: 1 }], y: 'not a list' } }), 0);
});
