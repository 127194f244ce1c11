// Compare: 2–5 messengers side by side, verdicts from the engine as glyph,
// word and colour, every attribute with its sources.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSession, ready, nodeEngine, ROOT } from './harness.mjs';

const SEED = '2023-06-01';
let session;
let engine;

before(async () => {
  session = await openSession();
  engine = await nodeEngine();
});
after(() => session.close());

const columns = (page, caption) => page.locator('messenger-fit table', { has: page.locator(`caption:has-text("${caption}")`) })
  .locator('thead th').allTextContents();

test('compare: pick 2 to 5, see verdicts and every fact with sources', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html'));
  await ready(page);
  const ranked = engine.recommend({ profile: 'pg-2023', as_of: SEED });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // The view's code arrives with its first opening (tests/browser/lazy-views.test.mjs).
  await page.locator('messenger-fit .compare table').first().waitFor();

  // Arriving with nothing chosen starts from the engine's top three.
  assert.deepEqual(await columns(page, 'Verdicts'), ranked.results.slice(0, 3).map((r) => r.name));
  assert.deepEqual(await columns(page, 'Every fact'), ranked.results.slice(0, 3).map((r) => r.name));

  // Down to one: no table, a hint instead.
  const picker = page.locator('messenger-fit [part="compare-picker"]');
  await picker.getByLabel(ranked.results[1].name).uncheck();
  assert.equal(await page.locator('messenger-fit table').count(), 2);
  await picker.getByLabel(ranked.results[2].name).uncheck();
  assert.equal(await page.locator('messenger-fit table').count(), 0);
  assert.match(await page.locator('messenger-fit .compare .empty').textContent(), /at least 2/);
  // Unticking the last one leaves none chosen: the preselection happens only on arrival.
  await picker.getByLabel(ranked.results[0].name).uncheck();
  assert.equal(await picker.locator('input:checked').count(), 0);

  // All five, in the engine's order whatever the order of picking.
  for (const r of [...ranked.results].reverse()) await picker.getByLabel(r.name).check();
  assert.deepEqual(await columns(page, 'Verdicts'), ranked.results.map((r) => r.name));
  assert.match(await picker.locator('.hint').textContent(), /up to 5/);

  // Verdict rows: every criterion of the profile and every need, as the engine judges them.
  const every = engine.recommend({
    needs: engine.catalogue().needs.map((n) => n.id), profile: 'pg-2023', as_of: SEED,
  });
  const verdicts = page.locator('messenger-fit table', { has: page.locator('caption:has-text("Verdicts")') });
  const row = (label) => verdicts.locator('tbody tr', { has: page.locator(`th[scope="row"]:text-is("${label}")`) });
  const offline = await row('Works without the internet').locator('td').allTextContents();
  const glyph = { pass: '✓ Met', fail: '✗ Not met', unknown: '? Unknown' };
  const expectedOffline = ranked.results.map((r) => glyph[every.results.find((x) => x.id === r.id)
    .reasons.find((x) => x.kind === 'need' && x.id === 'offline_mesh').status]);
  assert.deepEqual(offline.map((t) => t.replace(/\s*~ Disputed$/, '')), expectedOffline);
  assert.ok(expectedOffline.includes('✓ Met') && expectedOffline.includes('✗ Not met'));
  // Colour as well as glyph: pass and fail cells differ in colour.
  const [pass, fail] = await Promise.all(['.cell-pass', '.cell-fail'].map((c) =>
    verdicts.locator(c).first().evaluate((el) => getComputedStyle(el).color)));
  assert.notEqual(pass, fail);

  // Fact rows: every attribute, each cell with a value and http(s) sources.
  const facts = page.locator('messenger-fit table', { has: page.locator('caption:has-text("Every fact")') });
  const attrs = engine.catalogue().attributes;
  assert.equal(await facts.locator('tbody th[scope="row"]').count(), attrs.length);
  assert.equal(await facts.locator('td.fact-cell').count(), attrs.length * 5);
  for (const href of await facts.locator('a[href]').evaluateAll((as) => as.map((a) => a.href))) {
    assert.match(href, /^https?:\/\//);
  }
  // The values are the engine's facts on the chosen date, in words.
  const en = JSON.parse(readFileSync(`${ROOT}data/i18n/en.json`, 'utf8'));
  const asOf = engine.facts(SEED);
  const networkRow = facts.locator('tbody tr', { has: page.locator('th[scope="row"]:text-is("Network type")') });
  const shown = await networkRow.locator('td .fact-value').allTextContents();
  assert.deepEqual(shown, ranked.results.map((r) => {
    const v = asOf.messengers.find((m) => m.id === r.id).facts.find((f) => f.attr === 'network_model').value;
    return v === 'unknown' ? en['value.unknown'] : en[`value.network_model.${v}`];
  }));
  // Unknown values carry "?", disputed ones "~" with the other reading.
  const unknownCells = facts.locator('td.cell-unknown');
  assert.ok(await unknownCells.count() > 0, 'the seed-date catalogue has unknown facts');
  assert.match(await unknownCells.first().textContent(), /^\? Unknown/);
  const disputed = facts.locator('td.cell-disputed').first();
  assert.match(await disputed.textContent(), /~ another source: /);
  await session.closePages();
});
