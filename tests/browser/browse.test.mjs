// Browse & filter, against the engine's own output for the same request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openSession, cardIds, fittingIds, statusText, nodeEngine,
} from './harness.mjs';

const SEED = '2023-06-01';
let session;
let engine;

before(async () => {
  session = await openSession();
  engine = await nodeEngine();
});
after(() => session.close());

const openDemo = () => session.open('/index.html');

const request = (page) => page.evaluate(() => document.querySelector('messenger-fit').request);
const fitsOf = (result) => result.results.filter((r) => r.fits).map((r) => r.id);
const idsOf = (result) => result.results.map((r) => r.id);

async function toggleNeed(page, needId) {
  await page.locator(`messenger-fit input[type="checkbox"][value="${needId}"]`).click();
}

test('the demo opens on browse with all five messengers ranked as the engine ranks them', async () => {
  const page = await openDemo();
  const expected = engine.recommend({ profile: 'pg-2023', as_of: SEED });
  assert.equal(expected.results.length, 5);
  assert.deepEqual(await cardIds(page), idsOf(expected));
  for (const card of await page.locator('messenger-fit .card').all()) assert.ok(await card.isVisible());
  assert.deepEqual(await request(page), { profile: 'pg-2023', as_of: SEED });
  // Tier badges: the engine's tier, in words, with a glyph.
  for (const r of expected.results) {
    const badge = page.locator(`messenger-fit .card[data-id="${r.id}"] [part="tier-badge"]`);
    assert.equal(await badge.getAttribute('data-tier'), r.tier);
  }
  assert.match(await statusText(page), /^5 messengers, ranked by the Privacy Guides 2023 criteria\.$/);
  // The first cards are marked for performance measurements.
  await page.waitForFunction(() => performance.getEntriesByName('mf-first-cards').length === 1);
  // Nothing is written to the URL until the person shares.
  assert.equal(new URL(page.url()).hash, '');
  await session.closePages();
});

// One case per filter group; each expectation is the engine's answer, plus
// the facts the project is known for (so a data change that breaks them is noticed).
const groups = [
  { group: 'platforms', needs: ['platform:web'], known: (fits) => assert.deepEqual(fits, ['element']) },
  { group: 'identity', needs: ['no_phone_number'], known: (fits) => assert.ok(!fits.includes('signal') && fits.length === 4) },
  { group: 'security', needs: ['metadata_protection'], known: (fits) => assert.ok(!fits.includes('element')) },
  { group: 'network', needs: ['offline_mesh', 'tor'], known: (fits) => assert.deepEqual(fits, ['briar']) },
  { group: 'features', needs: ['group_calls_e2ee'], known: (fits) => assert.ok(fits.includes('signal')) },
];

for (const { group, needs, known } of groups) {
  test(`filter group "${group}": ${needs.join(' + ')}`, async () => {
    const page = await openDemo();
    const fieldset = page.locator('messenger-fit fieldset[part="filter-group"]', { hasText: new RegExp(group, 'i') });
    for (const need of needs) {
      assert.equal(await fieldset.locator(`input[value="${need}"]`).count(), 1, `${need} sits in the ${group} group`);
      await toggleNeed(page, need);
    }
    const expected = engine.recommend({ needs, profile: 'pg-2023', as_of: SEED });
    known(fitsOf(expected));
    assert.deepEqual(await fittingIds(page), fitsOf(expected));
    assert.deepEqual(await cardIds(page), idsOf(expected));
    assert.deepEqual((await request(page)).needs, needs);
    assert.equal(await statusText(page),
      `${fitsOf(expected).length} of 5 messengers ${fitsOf(expected).length === 1 ? 'fits' : 'fit'} your needs.`);
    // Every non-fitting messenger is still listed, dimmed, with its unmet needs in words.
    for (const r of expected.results.filter((x) => !x.fits)) {
      const card = page.locator(`messenger-fit .card[data-id="${r.id}"]`);
      assert.ok(await card.isVisible());
      assert.match(await card.getAttribute('class'), /card-dimmed/);
      assert.equal(await card.locator('.unmet li').count(), r.unmet.length);
    }
    await session.closePages();
  });
}

test('no phone number: Signal stays visible, says why in plain words', async () => {
  const page = await openDemo();
  await toggleNeed(page, 'no_phone_number');
  const signal = page.locator('messenger-fit .card[data-id="signal"]');
  assert.equal(await signal.getAttribute('data-fits'), 'false');
  assert.match(await signal.locator('.fit').textContent(), /Does not fit your needs/);
  assert.deepEqual(await signal.locator('.unmet li').allTextContents(), ['Requires a phone number']);
  // Unticking: no needs, so no card claims to fit or not, and none is dimmed.
  await toggleNeed(page, 'no_phone_number');
  assert.equal(await signal.count(), 1);
  assert.equal(await page.locator('messenger-fit .card .fit').count(), 0);
  assert.equal(await page.locator('messenger-fit .card-dimmed').count(), 0);
  await session.closePages();
});

test('profile switch: under Privacy Guides 2025 Element and Session are not recommended', async () => {
  const page = await openDemo();
  const tierOf = (id) => page.locator(`messenger-fit .card[data-id="${id}"] [part="tier-badge"]`).getAttribute('data-tier');
  assert.equal(await tierOf('element'), 'additional');
  await page.getByRole('radio', { name: 'Privacy Guides 2025' }).check();
  const expected = engine.recommend({ profile: 'pg-2025', as_of: SEED });
  assert.deepEqual(await cardIds(page), idsOf(expected));
  assert.equal(await tierOf('element'), 'not_recommended');
  assert.equal(await tierOf('session'), 'not_recommended');
  for (const r of expected.results) assert.equal(await tierOf(r.id), r.tier);
  assert.match(await page.locator('messenger-fit [part="tier-badge"][data-tier="not_recommended"]').first().textContent(), /Not recommended/);
  assert.match(await statusText(page), /Privacy Guides 2025/);

  // "As of today" moves to the facts of today: Signal has hidden phone numbers since 2024-02-20.
  await page.getByRole('radio', { name: 'Today' }).check();
  const today = engine.recommend({ profile: 'pg-2025' });
  assert.equal((await request(page)).as_of, undefined, 'today is left to the engine');
  assert.deepEqual(await cardIds(page), idsOf(today));
  for (const r of today.results) assert.equal(await tierOf(r.id), r.tier);
  assert.notDeepEqual(today.results.map((r) => r.tier), expected.results.map((r) => r.tier),
    'the date changes at least one verdict');
  await session.closePages();
});

test('"why" lists every reason with glyph, word, facts, dates and http(s) source links', async () => {
  const page = await openDemo();
  const expected = engine.recommend({ profile: 'pg-2023', as_of: SEED }).results.find((r) => r.id === 'signal');
  const card = page.locator('messenger-fit .card[data-id="signal"]');
  const summary = card.locator('summary');
  await summary.click();
  assert.equal(await card.locator('.reason').count(), expected.reasons.length);
  // Each status as glyph and word; the UI groups reasons by kind, so compare as multisets.
  for (const chip of await card.locator('.reason .chip').allTextContents()) {
    assert.match(chip, /^(✓ Met|✗ Not met|\? Unknown)$/);
  }
  const statuses = (await card.locator('.reason .chip').allTextContents()).map((t) => t[0]).sort();
  const glyph = { pass: '✓', fail: '✗', unknown: '?' };
  assert.deepEqual(statuses, expected.reasons.map((r) => glyph[r.status]).sort());
  // Every fact shows up, with its date when it has one.
  const facts = expected.reasons.flatMap((r) => r.facts);
  assert.equal(await card.locator('.fact').count(), facts.length);
  const dated = facts.filter((f) => f.since).length;
  assert.equal(await card.locator('.fact .fact-since').count(), dated);
  // Links only ever point at http(s).
  const hrefs = await card.locator('a[href]').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.length >= facts.length);
  for (const href of hrefs) assert.match(href, /^https?:\/\//);
  // Source links open the source without telling it where the reader came from.
  assert.equal(await card.locator('a[href]').first().getAttribute('rel'), 'noopener noreferrer');
  await session.closePages();
});

test('disputed facts show both readings side by side', async () => {
  const page = await openDemo();
  const expected = engine.recommend({ profile: 'pg-2023', as_of: SEED });
  const table = new Map(engine.facts(SEED).messengers.map((m) => [m.id, m.facts]));
  const disputed = (id, attr) => table.get(id).find((f) => f.attr === attr).disputed;
  const withDispute = expected.results.find((r) => r.reasons.some((x) => x.facts.some((f) => disputed(r.id, f.attr))));
  assert.ok(withDispute, 'the catalogue has at least one disputed fact the verdict reads');
  const card = page.locator(`messenger-fit .card[data-id="${withDispute.id}"]`);
  await card.locator('summary').click();
  const dispute = card.locator('[part="dispute"]').first();
  assert.equal(await dispute.locator('.dispute-side.used').count(), 1);
  assert.ok(await dispute.locator('.dispute-side.other').count() >= 1);
  const [a, b] = await dispute.locator('.dispute-side').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.ok(Math.abs(a - b) < 2, 'side by side on a desktop screen');
  await session.closePages();
});

test('every change tells the host page through a composed mf-change event', async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener('mf-change', (e) => window.__changes.push(e.detail));
  });
  await toggleNeed(page, 'platform:ios');
  const changes = await page.evaluate(() => window.__changes);
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].request, { needs: ['platform:ios'], profile: 'pg-2023', as_of: SEED });
  assert.deepEqual(changes[0].result, engine.recommend(changes[0].request));
  await session.closePages();
});
