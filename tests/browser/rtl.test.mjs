// A right-to-left language is data only: a pseudo-RTL catalogue
// ("ar-XB", Android's pseudo-bidi locale: the English strings, each word
// shown right to left) is dropped next to en.json and uk.json, the unchanged
// build script runs, and the widget comes out mirrored: dir="rtl", filters
// on the right, text from the right edge, and nothing else to change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openSession, ready, axeViolations, screenshot, DIST, ROOT, PHONE, DESKTOP,
} from './harness.mjs';

const LANG = 'ar-XB';
const RLM = '\u200f';
const RLO = '\u202e';
const PDF = '\u202c';
// Every word wrapped so it runs right to left; {placeholders} stay intact.
const pseudo = (text) => text.replace(/\{[a-z_]+\}|\p{L}+/gu,
  (w) => (w.startsWith('{') ? w : `${RLM}${RLO}${w}${PDF}${RLM}`));

const EN = JSON.parse(readFileSync(join(ROOT, 'data/i18n/en.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'mf-rtl-'));
const out = join(temp, 'dist');
let session;
let build;

before(async () => {
  const i18n = join(temp, 'i18n');
  mkdirSync(i18n);
  mkdirSync(out);
  for (const f of ['en.json', 'uk.json']) copyFileSync(join(ROOT, 'data/i18n', f), join(i18n, f));
  writeFileSync(join(i18n, `${LANG}.json`),
    JSON.stringify(Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, pseudo(v)]))));
  // The engine as scripts/build.sh left it; the widget built by the same script as always.
  for (const f of ['engine.mjs', 'mf-engine.mjs', 'mf-engine.wasm']) copyFileSync(join(DIST, f), join(out, f));
  build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs'), '--i18n', i18n, '--out', out],
    { encoding: 'utf8' });
  session = await openSession({ mounts: { '/rtl/': out } });
});
after(async () => {
  await session?.close();
  rmSync(temp, { recursive: true, force: true });
});

test('adding a language is a data file: the unchanged build picks it up', () => {
  assert.equal(build.status, 0, build.stderr);
  assert.match(build.stdout, new RegExp(`languages en, ${LANG}, uk`));
  assert.ok(existsSync(join(out, 'i18n', `${LANG}.json`)));
  // Like Ukrainian, it is not in the default download.
  assert.ok(!readFileSync(join(out, 'messenger-fit.js'), 'utf8').includes(pseudo(EN['ui.title'])));
});

// Rectangles of a few parts of the widget, relative to its root box.
const layout = (page) => page.evaluate(() => {
  const root = document.querySelector('messenger-fit').shadowRoot;
  const mf = root.querySelector('.mf');
  const box = mf.getBoundingClientRect();
  const pad = parseFloat(getComputedStyle(mf).paddingLeft);
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.round(r.left - box.left), right: Math.round(box.right - r.right), width: Math.round(r.width) };
  };
  // Where the text itself sits inside its block (not the block's box).
  const textRect = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    // Bidi splits a line into several boxes: take the first line's union.
    const rects = [...range.getClientRects()];
    const line = rects.filter((r) => Math.abs(r.top - rects[0].top) < 2);
    const b = el.getBoundingClientRect();
    return {
      left: Math.round(Math.min(...line.map((r) => r.left)) - b.left),
      right: Math.round(b.right - Math.max(...line.map((r) => r.right))),
    };
  };
  const q = (sel) => root.querySelector(sel);
  return {
    dir: mf.getAttribute('dir'),
    lang: mf.getAttribute('lang'),
    pad: Math.round(pad),
    filters: rect(q('.filters')),
    results: rect(q('.results')),
    title: rect(q('.title')),
    nav: rect(q('.views')),
    cardName: rect(q('.card .card-name')),
    badge: rect(q('.card [part="tier-badge"]')),
    statusText: textRect(q('.status')),
    statusAlign: getComputedStyle(q('.status')).textAlign,
    check: rect(q('.filters input[type="checkbox"]')),
    checkLabel: rect(q('.filters .check span')),
  };
});

test('the pseudo-RTL widget is mirrored: dir="rtl", filters on the right, text from the right', async () => {
  const open = async (lang) => {
    const page = await session.page({ viewport: DESKTOP });
    await page.goto(session.url(`/rtl/index.html#view=browse&needs=tor&lang=${lang}`));
    await ready(page);
    await page.locator(`messenger-fit .mf[lang="${lang}"]`).waitFor();
    return page;
  };
  const page = await open(LANG);
  assert.equal(await page.locator('messenger-fit .title').textContent(), pseudo(EN['ui.title']));
  assert.deepEqual(session.requestsOf(page).filter((u) => u.includes('/i18n/')), [session.url(`/rtl/i18n/${LANG}.json`)]);
  const rtl = await layout(page);
  const ltr = await layout(await open('en'));

  assert.equal(ltr.dir, 'ltr');
  assert.equal(rtl.dir, 'rtl');
  assert.equal(rtl.lang, LANG);
  // Left to right: filters to the left of the results; right to left: to the right.
  assert.ok(ltr.filters.left < ltr.results.left, 'LTR: filters on the left');
  assert.ok(rtl.filters.right < rtl.results.right, 'RTL: filters on the right');
  // Mirror images of each other, to the pixel: same distance from the other edge.
  const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 1, `${what}: ${a} vs ${b}`);
  near(rtl.filters.right, ltr.filters.left, 'filters');
  near(rtl.filters.width, ltr.filters.width, 'filter width');
  near(rtl.results.left, ltr.results.right, 'results');
  near(rtl.check.right, ltr.check.left, 'checkbox before its label');
  assert.ok(rtl.checkLabel.right > rtl.check.right, 'the label follows the checkbox, leftwards');
  // The title starts at the right padding edge; the views sit to its left.
  near(rtl.title.right, rtl.pad, 'title at the right edge');
  assert.ok(rtl.nav.left < rtl.title.left, 'views to the left of the title');
  // A card: name on the right, tier badge on the left.
  assert.ok(rtl.cardName.right < rtl.badge.right && rtl.badge.left < rtl.cardName.left, 'card head mirrored');
  // Text aligned to the start, which is now the right.
  assert.equal(rtl.statusAlign, 'start');
  near(rtl.statusText.right, 0, 'status text from the right edge');
  assert.ok(rtl.statusText.left > 100, 'and ragged on the left');
  near(ltr.statusText.left, 0, 'LTR status text from the left edge');
  await session.closePages();
});

test('the "what changed" view mirrors too: timeline rail and arrows, flipped verdict edge', async () => {
  const page = await session.page({ viewport: DESKTOP });
  await page.goto(session.url(`/rtl/index.html#view=changes&profile=pg-2023&asof=seed&lang=${LANG}`));
  await ready(page, `messenger-fit .mf[lang="${LANG}"] .changes`);
  const styles = await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    const cs = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      rail: [cs('.timeline-list').borderRightWidth, cs('.timeline-list').borderLeftWidth],
      flipped: [cs('.diff-flipped > section').borderRightWidth, cs('.diff-flipped > section').borderLeftWidth],
      arrow: cs('.timeline-arrow').transform,
    };
  });
  assert.deepEqual(styles.rail, ['2px', '0px']);
  assert.deepEqual(styles.flipped, ['4px', '1px']);
  assert.equal(styles.arrow, 'matrix(-1, 0, 0, 1, 0, 0)', 'the arrow points from old to new, leftwards');
  await session.closePages();
});

test('pseudo-RTL: zero axe violations, phone and desktop, and screenshots to look at', async () => {
  const failures = [];
  for (const [name, viewport, fragment] of [
    ['rtl-browse-desktop', DESKTOP, 'view=browse&needs=tor'],
    ['rtl-browse-phone', PHONE, 'view=browse&needs=tor'],
    ['rtl-changes-desktop', DESKTOP, 'view=changes&profile=pg-2023&asof=seed'],
    ['rtl-compare-phone', PHONE, 'view=compare&compare=signal,briar,element'],
  ]) {
    const page = await session.page({ viewport });
    await page.goto(session.url(`/rtl/index.html#${fragment}&lang=${LANG}`));
    await ready(page, `messenger-fit .mf[lang="${LANG}"] :is(.card, .changes, .compare)`);
    if (viewport === DESKTOP) {
      const why = page.locator('messenger-fit .card .why > summary').first();
      if (await why.count()) await why.click();
    }
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${name}: ${violations.join('\n  ')}`);
    await screenshot(page, name);
  }
  assert.deepEqual(failures, []);
  await session.closePages();
});
