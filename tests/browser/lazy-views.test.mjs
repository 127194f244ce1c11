// The views the first screen does not show (quiz, compare, what changed) are
// chunks of their own, fetched from the widget's folder the first time one
// is opened (issue 5). The first screen must not ask for them; opening one
// fetches exactly its chunk, once, with the view's CSS and the English
// messages only it uses; while it travels the view says so and focus stays
// put; and a chunk that cannot be fetched gives the readable error card, not
// a blank view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { openSession, ready, statusText, DIST, ROOT } from './harness.mjs';

const EN = JSON.parse(readFileSync(`${ROOT}data/i18n/en.json`, 'utf8'));
const UK = JSON.parse(readFileSync(`${ROOT}data/i18n/uk.json`, 'utf8'));
const FIRST_QUESTION = JSON.parse(readFileSync(`${ROOT}data/quiz.json`, 'utf8')).questions[0].id;
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

test('the build made one chunk per view the first screen does not show, and one for data-src pages', () => {
  // data-src: the code that fetches a custom catalogue folder (web/data-src.js).
  assert.deepEqual(Object.keys(chunks).sort(), [...VIEWS, 'data-src'].sort());
});

// One sample per view of what moved out of messenger-fit.js into the view's
// chunk (scripts/build-web.mjs): a rule of its CSS, a message key and a
// message's English text; and a computed style that only that rule gives.
const MOVED = {
  quiz: {
    selector: '.progress-text', key: 'ui.quiz.progress', text: EN[`quiz.${FIRST_QUESTION}.title`],
    styled: { selector: '.progress-text', property: 'fontWeight', value: '600' },
  },
  compare: {
    selector: '.table-scroll', key: 'ui.compare.title', text: EN['ui.compare.legend_intro'],
    styled: { selector: '.table-scroll', property: 'overflowX', value: 'auto' },
  },
  changes: {
    selector: '.timeline-list', key: 'ui.timeline.title', text: EN['ui.timeline.title'],
    styled: { selector: '.timeline-list', property: 'borderInlineStartWidth', value: '2px' },
  },
};

test('each view\'s CSS and English messages are in its chunk, not in messenger-fit.js', () => {
  const first = readFileSync(`${DIST}messenger-fit.js`, 'utf8');
  for (const [view, { selector, key, text }] of Object.entries(MOVED)) {
    const chunk = readFileSync(`${DIST}${chunks[view]}`, 'utf8');
    for (const sample of [`${selector}{`, `"${key}"`, text]) {
      assert.ok(chunk.includes(sample), `${view}: ${sample} is in its chunk`);
      assert.ok(!first.includes(sample), `${view}: ${sample} is not on the first screen`);
    }
  }
  // The first screen's own rules and messages stay.
  assert.ok(first.includes('.card-name{') && first.includes('"ui.card.why"'));
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
  const style = ({ selector, property }) => page.locator(`messenger-fit ${selector}`).first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);
  for (const view of VIEWS) {
    const { styled } = MOVED[view];
    const before = fetched(page).length;
    await viewButton(page, view).click();
    await page.locator(`messenger-fit .${view}`).first().waitFor();
    await shown[view]();
    assert.deepEqual(fetched(page).slice(before), [chunks[view]], `${view}: its chunk and nothing else`);
    assert.equal(await page.locator('messenger-fit .view').getAttribute('aria-busy'), null);
    // Styled by the rules that came in the chunk.
    assert.equal(await style(styled), styled.value, `${view}: ${styled.selector} ${styled.property}`);
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

test('a view\'s messages come with its chunk: choosing a language while it travels, and after, works', async () => {
  const page = await session.open('/index.html');
  const heading = page.locator('messenger-fit .question-heading');
  const release = await hold(page, chunks.quiz);
  await viewButton(page, 'quiz').click();
  await page.locator('messenger-fit .view-loading').waitFor();
  // Ukrainian (fetched whole) while the quiz travels: the loading line follows.
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.equal(await page.locator('messenger-fit .view-loading').textContent(), UK['ui.view.loading']);
  release();
  await heading.waitFor();
  assert.equal(await heading.textContent(), UK[`quiz.${FIRST_QUESTION}.title`]);
  // Back to English: the quiz's English messages came with its chunk.
  await page.locator('messenger-fit select').selectOption('en');
  await page.locator('messenger-fit .mf[lang="en"]').waitFor();
  assert.equal(await heading.textContent(), EN[`quiz.${FIRST_QUESTION}.title`]);
  assert.match(await page.locator('messenger-fit .progress-text').textContent(), /^Question 1 of \d+$/);
  // A view opened in Ukrainian, then English.
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();
  await viewButton(page, 'changes').click();
  const title = page.locator('messenger-fit .timelines .section-heading');
  await title.waitFor();
  assert.equal(await title.textContent(), UK['ui.timeline.title']);
  await page.locator('messenger-fit select').selectOption('en');
  await page.locator('messenger-fit .mf[lang="en"]').waitFor();
  assert.equal(await title.textContent(), EN['ui.timeline.title']);
  // No message shows as its bare key anywhere.
  assert.doesNotMatch(await page.locator('messenger-fit .mf').textContent(), /\b(ui|quiz)\.[a-z_]+\.[a-z_.]+/);
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
