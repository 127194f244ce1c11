// axe-core (WCAG 2.0–2.2 A/AA rules) must report zero violations in every
// view and state, light and dark, phone and desktop; each state is saved as a
// screenshot under build/screenshots/ for a human to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, ready, axeViolations, screenshot, PHONE, DESKTOP } from './harness.mjs';

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

// Each state: a URL (state in the fragment, as a shared link would carry it)
// and what to do once it is shown.
const openPanels = async (page) => {
  const closed = page.locator('messenger-fit :is(details.filters, details.settings):not([open]) > summary');
  while (await closed.count()) await closed.first().click();
};
const STATES = {
  browse: { url: '/index.html#view=browse&needs=no_phone_number,platform:ios&profile=pg-2023&asof=seed', then: openPanels },
  why: {
    url: '/index.html#view=browse&needs=no_phone_number&profile=pg-2023&asof=seed',
    then: async (page) => {
      await page.locator('messenger-fit .card[data-id="signal"] .why > summary').click();
      await page.locator('messenger-fit .card[data-id="simplex"] .why > summary').click();
    },
  },
  compare: { url: '/index.html#view=compare&compare=signal,simplex,briar,element,session&profile=pg-2025&asof=today' },
  // What changed: the 2023 vs 2025 diff with three flips and the timelines, on the seed date…
  changes: { url: '/index.html#view=changes&needs=no_phone_number&profile=pg-2023&asof=seed' },
  // …and reached from a card, focus on a timeline heading, today's facts in effect.
  timeline: {
    url: '/index.html#view=browse&profile=pg-2025&asof=today',
    then: async (page) => {
      await page.locator('messenger-fit .card[data-id="element"] .timeline-link button').click();
      await page.locator('messenger-fit .changes').waitFor();
    },
  },
  'quiz-step': { url: '/index.html#view=quiz&step=0' },
  'quiz-multi': { url: '/index.html#view=quiz&step=2&a.devices=ios,linux&important=devices' },
  result: { url: '/index.html#view=quiz&a.threat=powerful&a.phone=avoid&a.devices=android&important=threat&step=9' },
  'tampered-link': { url: '/index.html#view=quiz&step=99' },
  ukrainian: { url: '/index.html#view=browse&lang=uk&needs=tor', then: openPanels },
  embed: { url: '/embed-example.html' },
  'error-card': { url: '/fixtures/data-src.html?src=/fixtures/no-such-folder/', allow: [/404/] },
};

const RUNS = [
  { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark', reducedMotion: 'reduce' },
  { name: 'phone-light', viewport: PHONE, colorScheme: 'light', reducedMotion: 'reduce' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
];

for (const run of RUNS) {
  test(`axe: zero violations in every state (${run.name})`, async () => {
    const failures = [];
    for (const [state, { url, then, allow = [] }] of Object.entries(STATES)) {
      const page = await session.page({ ...run, allowConsoleErrors: allow });
      await page.goto(session.url(url));
      await ready(page);
      if (then) await then(page);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${state}: ${violations.join('\n  ')}`);
      await screenshot(page, `${state}-${run.name}`);
    }
    assert.deepEqual(failures, []);
    await session.closePages();
  });
}

test('controls are at least 24×24 CSS pixels', async () => {
  const small = [];
  for (const run of [RUNS[0], RUNS[2]]) {
    for (const state of ['browse', 'compare', 'quiz-step', 'result', 'changes']) {
      const page = await session.page(run);
      await page.goto(session.url(STATES[state].url));
      await ready(page);
      if (STATES[state].then) await STATES[state].then(page);
      small.push(...await page.evaluate(() => {
        const root = document.querySelector('messenger-fit').shadowRoot;
        // Inline links inside sentences are exempt (WCAG 2.5.8, "inline").
        const targets = root.querySelectorAll('button, input, select, summary, .segment');
        return [...targets].filter((el) => {
          if (el.closest('.segment') && el.tagName === 'INPUT') return false; // the segment is the target
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.width < 24 || r.height < 24);
        }).map((el) => `${el.tagName} ${el.getAttribute('data-focus-key') ?? el.textContent.trim().slice(0, 30)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
      }).then((list) => list.map((l) => `${state} ${run.name}: ${l}`)));
    }
  }
  assert.deepEqual(small, []);
  await session.closePages();
});
