// "What changed": the 2023 → 2025 profile diff against the engine's
// own answers, every dated fact on a timeline with its date and sources,
// disputes side by side, and the way there from each card.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession, ready, nodeEngine, statusText, ROOT } from './harness.mjs';

const SEED = '2023-06-01';
const FILES = ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'];
const temp = mkdtempSync(join(tmpdir(), 'mf-changes-'));
let session;
let engine;
let catalogue;

before(async () => {
  // A custom catalogue with one profile: nothing to compare, said so.
  const dir = join(temp, 'one-profile');
  mkdirSync(dir);
  for (const f of FILES) {
    const json = JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'));
    if (f === 'criteria.json') json.profiles = json.profiles.filter((p) => p.id === json.default_profile);
    writeFileSync(join(dir, f), JSON.stringify(json));
  }
  session = await openSession({ mounts: { '/custom/': temp } });
  engine = await nodeEngine();
  catalogue = engine.catalogue();
});
after(async () => {
  await session.close();
  rmSync(temp, { recursive: true, force: true });
});

const medium = (lang, iso) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })
  .format(new Date(`${iso}T00:00:00Z`));
const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.getAttribute('data-focus-key') ?? el?.tagName;
});

async function open(fragment, options) {
  const page = await session.page(options);
  await page.goto(session.url(`/index.html#${fragment}`));
  await ready(page, 'messenger-fit .changes');
  return page;
}

test('2023 vs 2025: the verdicts that flip are the engine\'s, with the criterion that flipped them', async () => {
  const page = await open(`view=changes&profile=pg-2023&asof=seed&needs=no_phone_number`);
  const request = { needs: ['no_phone_number'], as_of: SEED };
  const old = engine.recommend({ ...request, profile: 'pg-2023' });
  const now = new Map(engine.recommend({ ...request, profile: 'pg-2025' }).results.map((r) => [r.id, r]));
  // Rows in the order of the ranking the widget shows (the chosen profile's).
  const rows = page.locator('messenger-fit .diff-row');
  assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.dataset.id)), old.results.map((r) => r.id));
  for (const r of old.results) {
    const row = page.locator(`messenger-fit .diff-row[data-id="${r.id}"]`);
    const flips = r.tier !== now.get(r.id).tier;
    assert.equal(await row.getAttribute('data-flipped'), String(flips), r.id);
    assert.deepEqual(await row.locator('[part="tier-badge"]').evaluateAll((els) => els.map((e) => e.dataset.tier)),
      [r.tier, now.get(r.id).tier]);
    assert.equal(await row.locator('.diff-verdict').textContent(), flips ? 'Verdict changes' : 'Same verdict');
  }
  assert.equal(await page.locator('messenger-fit .diff-summary').textContent(),
    `3 of 5 verdicts differ between Privacy Guides 2023 and Privacy Guides 2025, with the facts as of ${medium('en', SEED)}.`);

  const signal = page.locator('messenger-fit .diff-row[data-id="signal"]');
  assert.deepEqual(await signal.locator('.diff-criterion').evaluateAll((els) => els.map((e) => e.dataset.criterion)),
    ['no_personal_identifier_shared']);
  assert.deepEqual(await signal.locator('.diff-side').allTextContents(), [
    'Privacy Guides 2023: not a requirement',
    'Privacy Guides 2025: minimum requirement \u2717 Not met',
  ]);
  const element = page.locator('messenger-fit .diff-row[data-id="element"]');
  assert.deepEqual(await element.locator('.diff-side').allTextContents(), [
    'Privacy Guides 2023: required for the higher tier \u2717 Not met',
    'Privacy Guides 2025: minimum requirement \u2717 Not met',
  ]);
  // The facts behind it, with sources; Element's forward secrecy is disputed: both readings shown.
  assert.ok(await element.locator('.fact .fact-sources a[href^="https://"]').count() > 0);
  assert.equal(await element.locator('.dispute .dispute-side').count(), 2);
  // The widget's own ranking request is untouched by the two extra engine calls.
  assert.equal((await page.evaluate(() => document.querySelector('messenger-fit').request)).profile, 'pg-2023');
  await session.closePages();
});

test('every dated fact is on its messenger\'s timeline, in order, with date, before → after and sources', async () => {
  const page = await open(`view=changes&profile=pg-2025&asof=seed`);
  for (const m of catalogue.messengers) {
    const dated = Object.entries(m.facts).flatMap(([attr, history]) =>
      history.map((e, i) => ({ attr, ...e, previous: i ? history[i - 1] : null })).filter((e) => e.since));
    const section = page.locator(`messenger-fit .timeline[data-id="${m.id}"]`);
    assert.equal(await section.locator('h4').textContent(), m.name);
    const entries = section.locator('.timeline-entry');
    assert.equal(await entries.count(), dated.length, m.id);
    if (!dated.length) assert.equal(await section.locator('.empty').textContent(), 'No dated changes recorded.');
    const shown = await entries.evaluateAll((els) => els.map((e) => [e.dataset.attr, e.dataset.since]));
    assert.deepEqual(shown.map(([, since]) => since), shown.map(([, since]) => since).sort(), `${m.id}: oldest first`);
    assert.deepEqual(shown.sort(), dated.map((e) => [e.attr, e.since]).sort());
    for (const e of dated) {
      const entry = section.locator(`.timeline-entry[data-attr="${e.attr}"][data-since="${e.since}"]`);
      assert.equal(await entry.locator('time').getAttribute('datetime'), e.since);
      assert.equal(await entry.locator('time').textContent(), medium('en', e.since));
      assert.match(await entry.locator('.timeline-before').textContent(), /^Before: ./);
      assert.match(await entry.locator('.timeline-after').textContent(), /^Since then: ./);
      const links = await entry.locator('a[part="source-link"]').evaluateAll((as) => as.map((a) => a.href));
      assert.ok(links.length >= e.sources.length, `${m.id} ${e.attr}: its sources`);
      for (const s of e.sources) assert.ok(links.includes(new URL(s).href), s);
      // Disagreeing sources side by side, never merged into one value…
      assert.equal(await entry.locator('.dispute-side').count(), e.disputed ? 1 + e.disputed.length : 0);
      // …and a disputed old value keeps its other readings too.
      assert.equal(await entry.locator('.timeline-other').count(), e.previous?.disputed?.length ?? 0);
    }
  }
  // The examples, in words.
  const calls = page.locator('messenger-fit .timeline[data-id="element"] .timeline-entry[data-attr="group_calls"]');
  assert.equal(await calls.locator('.timeline-change').textContent(),
    'Before: Not end-to-end encrypted \u2192 Since then: End-to-end encrypted');
  assert.equal(await calls.locator('.dispute-side.other .dispute-value').textContent(), 'Not end-to-end encrypted');
  const session5 = page.locator('messenger-fit .timeline[data-id="session"] .timeline-entry[data-attr="forward_secrecy"]');
  assert.equal(await session5.locator('time').textContent(), medium('en', '2020-12-01'));
  assert.equal(await session5.locator('.timeline-change').textContent(), 'Before: Yes \u2192 Since then: No');
  const audits = page.locator('messenger-fit .timeline[data-id="simplex"] .timeline-entry[data-attr="audits"]');
  assert.equal(await audits.locator('.timeline-other').textContent(),
    '~ another source: Trail of Bits, 2022-10 (security assessment)');
  // The arrow is decoration: screen readers hear "Before: … Since then: …".
  assert.equal(await session5.locator('.timeline-arrow').getAttribute('aria-hidden'), 'true');
  await session.closePages();
});

test('"in effect" follows the chosen date, as the engine answers it', async () => {
  const page = await open(`view=changes&profile=pg-2023&asof=seed`);
  const current = async () => (await page.locator('messenger-fit .timeline-current').evaluateAll((els) =>
    els.map((e) => `${e.closest('.timeline').dataset.id}/${e.dataset.attr}`))).sort();
  const expected = (date) => engine.facts(date).messengers.flatMap((m) => m.facts
    .filter((f) => f.since && catalogue.messengers.find((c) => c.id === m.id).facts[f.attr].some((e) => e.since === f.since))
    .map((f) => `${m.id}/${f.attr}`)).sort();
  assert.deepEqual(await current(), expected(SEED));
  assert.deepEqual(await current(), ['session/forward_secrecy', 'session/post_compromise_security']);
  assert.equal(await page.locator('messenger-fit .timeline-current .timeline-now').first().textContent(),
    `In effect on ${medium('en', SEED)}`);
  await page.locator('messenger-fit input[data-focus-key="asof:today"]').check();
  await page.locator('messenger-fit .timeline-current[data-attr="group_calls"]').waitFor();
  const today = (await page.evaluate(() => document.querySelector('messenger-fit').result)).as_of;
  assert.deepEqual(await current(), expected(today));
  // Today, Signal's usernames are in effect and its verdict no longer flips.
  assert.equal(await page.locator('messenger-fit .diff-row[data-id="signal"]').getAttribute('data-flipped'), 'false');
  await session.closePages();
});

test('from a card to its timeline: focus on the messenger\'s heading, the view in the link', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html'));
  await ready(page);
  // Only messengers with dated facts offer the way.
  const withTimeline = catalogue.messengers.filter((m) => Object.values(m.facts).flat().some((e) => e.since));
  assert.equal(await page.locator('messenger-fit .card .timeline-link button').count(), withTimeline.length);
  assert.equal(await page.locator('messenger-fit .card[data-id="briar"] .timeline-link').count(), 0);
  const button = page.locator('messenger-fit .card[data-id="signal"] .timeline-link button');
  assert.equal(await button.textContent(), 'What changed for Signal, and when (2)');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('messenger-fit .changes').waitFor();
  assert.equal(await focused(page), 'timeline:signal');
  assert.ok(await page.locator('messenger-fit .timeline[data-id="signal"] h4').isVisible());
  assert.equal(new URL(page.url()).hash, '', 'only sharing writes the fragment');
  assert.equal(await page.locator('messenger-fit .view-button[aria-current="true"]').textContent(), 'What changed');
  // The count stays announced in the one status region.
  assert.equal(await statusText(page), '5 messengers, ranked by the Privacy Guides 2023 criteria.');
  // And back: the view switch.
  await page.locator('messenger-fit .view-button[data-focus-key="view:browse"]').click();
  await page.locator('messenger-fit .browse').waitFor();
  assert.equal(await focused(page), 'view:browse');
  await session.closePages();
});

test('in Ukrainian: dates, plurals and labels from the Ukrainian catalogue', async () => {
  const page = await open(`view=changes&profile=pg-2023&asof=seed&lang=uk`);
  const uk = JSON.parse(readFileSync(join(ROOT, 'data/i18n/uk.json'), 'utf8'));
  assert.equal(await page.locator('messenger-fit .view-button[aria-current="true"]').textContent(), uk['ui.views.changes']);
  const fs = page.locator('messenger-fit .timeline[data-id="session"] .timeline-entry[data-attr="forward_secrecy"]');
  assert.equal(await fs.locator('time').textContent(), medium('uk', '2020-12-01'));
  assert.equal(await page.locator('messenger-fit .diff-summary').textContent(),
    uk['ui.changes.summary.few'].replace('{n}', '3').replace('{total}', '5').replace('{from}', 'Privacy Guides 2023')
      .replace('{to}', 'Privacy Guides 2025').replace('{date}', medium('uk', SEED)));
  await session.closePages();
});

test('a catalogue with one profile says there is nothing to compare, and still shows timelines', async () => {
  const page = await session.page();
  await page.goto(session.url(`/fixtures/data-src.html?src=/custom/one-profile/#view=changes`));
  await ready(page, 'messenger-fit .changes');
  assert.equal(await page.locator('messenger-fit .profile-diff').count(), 0);
  assert.match(await page.locator('messenger-fit .changes > .empty').textContent(), /only one set of criteria/);
  assert.equal(await page.locator('messenger-fit .timeline').count(), 5);
  await session.closePages();
});
