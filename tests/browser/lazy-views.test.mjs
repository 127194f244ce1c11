// The views the first screen does not show (quiz, compare, what changed) are
// chunks of their own, fetched from the widget's folder the first time one
// is opened (issue 5). The first screen must not ask for them; opening one
// fetches exactly its chunk, once; while it travels the view says so and
// focus stays put; and a chunk that cannot be fetched gives the readable
// error card, not a blank view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { openSession, ready, statusText, DIST, ROOT } from './harness.mjs';

const EN = JSON.parse(readFileSync(`${ROOT}data/i18n/en.json`, 'utf8'));
const VIEWS = ['quiz', 'compare', 'changes'];
// dist/messenger-fit.<view>.<hash>.js, as scripts/build-web.mjs names them.
const CHUNK = /^messenger-fit\.([a-z-]+)\.[0-9a-f]{8}\.js$/;
const chunks = Object.fromEntries(readdirSync(DIST).filter((f) => CHUNK.test(f)).map((f) => [CHUNK.exec(f)[1], f]));

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

/** Paths the page asked its own server for, in order. */
const fetched = (page) => session.requestsOf(page).map((u) => new URL(u))
  .filter((u) => u.origin === session.server.origin).map((u) => u.pathname.slice(1));

const focusKey = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.getAttribute('data-focus-key') ?? el?.tagName;
});

const viewButton = (page, view) => page.locator(`messenger-fit .view-button[data-focus-key="view:${view}"]`);

/** Holds the requests for `file` until release() is called. */
async function hold(page, file) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route(`**/${file}`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the build made one chunk per view the first screen does not show', () => {
  assert.deepEqual(Object.keys(chunks).sort(), [...VIEWS].sort());
});

test('the first cards need no chunk: the embed downloads messenger-fit.js and the wasm only', async () => {
  const page = await session.page();
  await page.goto(session.url('/embed-example.html'));
  await ready(page, 'messenger-fit .card');
  await page.waitForLoadState('networkidle');
  const host = new Set(['embed-example.html', 'embed-example.css', 'favicon.svg']);
  assert.deepEqual(fetched(page).filter((f) => !host.has(f)), ['messenger-fit.js', 'mf-engine.wasm']);
  assert.equal(await page.locator('messenger-fit .view').getAttribute('data-view'), 'browse');
  await session.closePages();
});

test('opening quiz, compare and what changed fetches each one\'s chunk, once, and renders it', async () => {
  const page = await session.open('/index.html');
  const shown = {
    quiz: async () => assert.match(await page.locator('messenger-fit .progress-text').textContent(), /^Question 1 of/),
    compare: async () => assert.equal(await page.locator('messenger-fit .compare table').count(), 2),
    changes: async () => assert.equal(await page.locator('messenger-fit .timeline').count(), 5),
  };
  for (const view of VIEWS) {
    const before = fetched(page).length;
    await viewButton(page, view).click();
    await page.locator(`messenger-fit .${view}`).first().waitFor();
    await shown[view]();
    assert.deepEqual(fetched(page).slice(before), [chunks[view]], `${view}: its chunk and nothing else`);
    assert.equal(await page.locator('messenger-fit .view').getAttribute('aria-busy'), null);
  }
  // Back and forth: the code is kept.
  const before = fetched(page).length;
  for (const view of ['browse', ...VIEWS]) {
    await viewButton(page, view).click();
    await page.locator(`messenger-fit .${view}`).first().waitFor();
  }
  assert.deepEqual(fetched(page).slice(before), []);
  await session.closePages();
});

test('while a chunk travels: a loading line from the catalogue, and focus stays on the switch', async () => {
  const page = await session.open('/index.html');
  const release = await hold(page, chunks.quiz);
  await viewButton(page, 'quiz').focus();
  await page.keyboard.press('Enter');
  const view = page.locator('messenger-fit .view');
  await page.locator('messenger-fit .view-loading').waitFor();
  assert.equal(await view.getAttribute('aria-busy'), 'true');
  assert.equal(await view.textContent(), EN['ui.view.loading']);
  assert.equal(await page.locator('messenger-fit .view-button[aria-current="true"]').textContent(), EN['ui.views.quiz']);
  assert.equal(await focusKey(page), 'view:quiz');
  // The status region keeps the count, not an error.
  assert.equal(await statusText(page), '5 messengers, ranked by the Privacy Guides 2023 criteria.');
  release();
  await page.locator('messenger-fit .quiz').waitFor();
  assert.equal(await view.getAttribute('aria-busy'), null);
  assert.equal(await focusKey(page), 'view:quiz', 'the arriving view does not take focus');
  await session.closePages();
});

test('a card\'s way to its timeline waits for the chunk, then focus lands on the timeline', async () => {
  const page = await session.open('/index.html');
  const release = await hold(page, chunks.changes);
  await page.locator('messenger-fit .card[data-id="signal"] .timeline-link button').click();
  await page.locator('messenger-fit .view-loading').waitFor();
  // Meanwhile on the view's switch, never on <body>.
  assert.equal(await focusKey(page), 'view:changes');
  release();
  await page.locator('messenger-fit .changes').waitFor();
  assert.equal(await focusKey(page), 'timeline:signal');
  await session.closePages();
});

test('a chunk that cannot be fetched shows the error card; the rest works, and opening it again retries', async () => {
  const page = await session.page({ allowConsoleErrors: [/Failed to load resource/] });
  await page.goto(session.url('/index.html'));
  await ready(page);
  const refuse = (route) => route.abort('failed');
  await page.route(`**/${chunks.compare}`, refuse);
  await viewButton(page, 'compare').click();
  const card = page.locator('messenger-fit .view [part="error"]');
  await card.waitFor();
  assert.equal(await card.locator('h3').textContent(), EN['ui.error.view.title']);
  assert.match(await card.locator('.problems').textContent(), new RegExp(chunks.compare.replace(/\./g, '\\.')));
  assert.equal(await statusText(page), EN['ui.error.view.title']);
  assert.equal(await page.locator('messenger-fit .view').getAttribute('aria-busy'), null);
  assert.equal(await page.locator('messenger-fit .view .view-loading').count(), 0);

  // Nothing else is broken: browse still works.
  await viewButton(page, 'browse').click();
  await page.locator('messenger-fit .card').first().waitFor();
  assert.equal(await page.locator('messenger-fit .card').count(), 5);

  // The network is back: the same view loads.
  await page.unroute(`**/${chunks.compare}`, refuse);
  await viewButton(page, 'compare').click();
  await page.locator('messenger-fit .compare table').first().waitFor();
  assert.equal(await page.locator('messenger-fit [part="error"]').count(), 0);
  await session.closePages();
});
