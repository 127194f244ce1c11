// The embed: one module script and one tag on a foreign page with hostile
// global CSS. No style crosses the shadow boundary in either direction.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { openSession, ready, DIST, ROOT } from './harness.mjs';

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

const PROPS = ['fontFamily', 'fontSize', 'letterSpacing', 'textTransform', 'lineHeight', 'color',
  'backgroundColor', 'borderTopStyle', 'borderTopWidth', 'paddingTop', 'boxSizing', 'outlineStyle',
  'textDecorationLine'];

// Computed styles of a few representative elements inside the widget.
const insideStyles = (page) => page.evaluate((props) => {
  const root = document.querySelector('messenger-fit').shadowRoot;
  const pick = (sel) => {
    const cs = getComputedStyle(root.querySelector(sel));
    return Object.fromEntries(props.map((p) => [p, cs[p]]));
  };
  return {
    root: pick('.mf'), title: pick('.title'), nav: pick('.view-button'), card: pick('.card'),
    name: pick('.card-name'), desc: pick('.card-desc'), check: pick('.filters input'), summary: pick('.why summary'),
    badge: pick('[part="tier-badge"]'),
  };
}, PROPS);

const hostStyles = (page) => page.evaluate((props) => {
  const pick = (sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return Object.fromEntries(props.map((p) => [p, cs[p]]));
  };
  return {
    h2: pick('#host-heading'), p: pick('#host-text'), button: pick('#host-button'),
    table: pick('#host-table'), th: pick('#host-table th'), body: pick('body'),
  };
}, PROPS);

test('the embed example: one script, one tag, and no style leaks either way', async () => {
  // The widget on its own demo page, for reference.
  const demo = await session.page();
  await demo.goto(session.url('/index.html'));
  await ready(demo);
  const reference = await insideStyles(demo);

  const page = await session.page();
  await page.goto(session.url('/embed-example.html'));
  await ready(page);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => [s.type, s.getAttribute('src')]));
  assert.deepEqual(scripts, [['module', './messenger-fit.js']]);
  assert.equal(await page.locator('messenger-fit').count(), 1);
  assert.equal(await page.locator('messenger-fit .card').count(), 5);

  // Inward: the host's `* {}` rules, 10px root font size and button/table
  // styles change nothing inside the widget.
  assert.deepEqual(await insideStyles(page), reference);

  // Outward: the host page looks exactly as it does without the widget.
  const host = await hostStyles(page);
  const bare = await session.page({ allowConsoleErrors: [/Failed to load resource/] });
  await bare.route('**/messenger-fit.js', (route) => route.abort());
  await bare.goto(session.url('/embed-example.html'));
  await bare.locator('#host-heading').waitFor();
  assert.equal(await bare.evaluate(() => customElements.get('messenger-fit')), undefined);
  assert.deepEqual(host, await hostStyles(bare));
  // …and the hostile styles really are in force on the host page.
  assert.equal(host.button.backgroundColor, 'rgb(176, 0, 94)');
  assert.equal(host.h2.textTransform, 'uppercase');
  assert.equal(host.h2.fontSize, '30px');
  await session.closePages();
});

test('two widgets on a page share one engine, and a second registration is harmless', async () => {
  const page = await session.page();
  await page.goto(session.url('/embed-example.html'));
  await ready(page);
  const wasmFetches = () => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.wasm')).length);
  assert.equal(await wasmFetches(), 1);
  const same = await page.evaluate(async () => {
    const before = customElements.get('messenger-fit');
    // A second copy of the script (another URL, so it really runs again).
    await import('./messenger-fit.js?again');
    const second = document.createElement('messenger-fit');
    second.setAttribute('view', 'compare');
    document.querySelector('main').append(second);
    return customElements.get('messenger-fit') === before;
  });
  assert.ok(same, 'the first definition stays');
  const second = page.locator('messenger-fit').nth(1);
  await second.locator('.compare table').first().waitFor();
  // The second widget is an element of the first definition, so it uses the
  // first copy's engine: no second download.
  assert.equal(await wasmFetches(), 1);
  // Each widget has its own state.
  assert.equal(await page.locator('messenger-fit').first().locator('.view').getAttribute('data-view'), 'browse');
  await session.closePages();
});

test('the theming example from docs/embedding.md works: custom properties and ::part', async () => {
  // Reduced motion: no colour transition, so the new colour applies at once.
  const page = await session.page({ reducedMotion: 'reduce' });
  await page.goto(session.url('/embed-example.html'));
  await ready(page);
  // The document's CSS, adopted as a constructed sheet (an inline <style> would be blocked by the CSP).
  const css = readFileSync(`${ROOT}docs/embedding.md`, 'utf8').match(/```css\n([\s\S]*?)```/)[1];
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${text} messenger-fit::part(card) { border-top-width: 3px; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  const current = page.locator('messenger-fit .view-button[aria-current="true"]');
  assert.equal(await current.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(122, 46, 142)');
  const card = page.locator('messenger-fit .card').first();
  assert.equal(await card.evaluate((el) => getComputedStyle(el).borderTopWidth), '3px');
  assert.equal(await card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '4px');
  await session.closePages();
});

// The CSS as written: web/styles.js (the first screen's) and each lazy view's
// web/views/<view>-styles.js, each the string its module holds, as the build reads it.
function sourceCss() {
  const files = ['styles.js', ...readdirSync(`${ROOT}web/views`).filter((f) => f.endsWith('-styles.js')).sort()
    .map((f) => `views/${f}`)];
  return files.map((f) => {
    const source = readFileSync(`${ROOT}web/${f}`, 'utf8');
    return { file: f, css: runInNewContext(`\`${/^const CSS = `([^`]*)`;$/m.exec(source)[1]}\``) };
  });
}

test('the shipped CSS is minified and styles every element of every view exactly as the source CSS does', async () => {
  const sources = sourceCss();
  assert.deepEqual(sources.map((s) => s.file), ['styles.js', 'views/changes-styles.js', 'views/compare-styles.js', 'views/quiz-styles.js']);
  const css = sources.map((s) => s.css).join('\n');
  const comments = css.match(/\/\*[\s\S]*?\*\//g);
  assert.ok(comments.length > 10, 'the source CSS is commented');
  const shipped = readdirSync(DIST).filter((f) => /^messenger-fit\..*js$/.test(f))
    .map((f) => readFileSync(`${DIST}${f}`, 'utf8')).join('\n');
  assert.deepEqual(comments.filter((c) => shipped.includes(c)), [], 'no source comment is shipped');

  // Reduced motion: no transition caught half-way.
  const page = await session.page({ reducedMotion: 'reduce' });
  await page.goto(session.url('/index.html'));
  await ready(page);
  // Every element's computed style under the sheets the widget adopted, then
  // under all the source CSS at once: on the first screen before any view's
  // rules arrived, so a view's rules must leave browse untouched. Custom
  // properties are left out: they hold tokens as written (".75em" and
  // "0.75em"); what they do shows in the real properties.
  const styles = (sheetText) => page.evaluate((text) => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    // A copy: adoptedStyleSheets itself is a live array.
    const kept = [...root.adoptedStyleSheets];
    if (text !== null) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [sheet];
    }
    const all = [...root.querySelectorAll('*')].map((el) => {
      const cs = getComputedStyle(el);
      return `${el.tagName}.${el.className}: ${[...cs].filter((p) => !p.startsWith('--')).map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; ')}`;
    });
    root.adoptedStyleSheets = kept;
    return { all, sheets: kept.length };
  }, sheetText);
  let sheets = 1;
  for (const view of ['browse', 'quiz', 'compare', 'changes']) {
    await page.locator(`messenger-fit .view-button[data-focus-key="view:${view}"]`).click();
    await page.locator(`messenger-fit .${view}`).first().waitFor();
    const withShipped = await styles(null);
    const withSource = await styles(css);
    // The first screen's sheet, then one more with each view opened.
    assert.equal(withShipped.sheets, sheets++, `${view}: sheets adopted`);
    assert.ok(withShipped.all.length > 50, `${view}: elements to compare`);
    assert.deepEqual(withShipped.all, withSource.all, view);
  }
  await session.closePages();
});
