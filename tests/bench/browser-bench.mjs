#!/usr/bin/env node
// Browser side of the benchmark (groups 1-3), in Debian's headless
// Chromium through playwright-core. Not a test: it measures and reports.
//
//   node tests/bench/browser-bench.mjs OUT.json [--runs N] [--only weight,cold,interaction] [--site DIR]
//
// 1. weight       loads dist/embed-example.html, records every request the
//                 page makes until the first cards are painted and the
//                 network is idle (the initial embed), then opens every
//                 other view with the widget's view switch and records what
//                 each fetches (the on-demand chunks); sizes the widget's
//                 files (everything but the host page's own HTML/CSS/icon)
//                 raw, gzip -9 and brotli -q 11; plus dist/standalone.html
//                 and the languages fetched only when chosen.
// 2. cold         fresh browser context per run (empty cache), navigation
//                 start → the widget's performance.mark('mf-first-cards'),
//                 against a static copy of the same page (the widget's
//                 rendered DOM and CSS as declarative shadow DOM, no script):
//                 its first contentful paint. Unthrottled, then 4× CPU
//                 (Emulation.setCPUThrottlingRate) + DevTools' "Slow 4G".
//                 Widget and static runs alternate.
// 3. interaction  filter toggles, quiz answers and quiz steps: from the
//                 click's event timestamp to the end of the widget's handler
//                 (DOM updated; a performance.measure per interaction), then
//                 with style and layout forced (laid out), to the next frame
//                 (rAF + task), and the Event Timing duration
//                 of the interaction (reported only when >= 16 ms, rounded
//                 to 8 ms by the browser). Unthrottled and 4× CPU. Quiz steps
//                 to the next question ("quiz-step") apart from the last Next
//                 and Restart ("quiz-result": the result with its cards, and
//                 back). The floor: the same checkboxes clicked in the static
//                 copy, where the browser only repaints the tick.
// The widget is not modified for this: its shadow root is open, so the
// instrumentation listens at the shadow root, after the widget's own
// listeners.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

const args = process.argv.slice(2);
const outFile = args.find((a) => !a.startsWith('--'));
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 11));
// The site measured: scripts/bench.sh puts a snapshot of dist/ in build/bench/site.
const SITE = resolve(opt('site', join(ROOT, 'build', 'bench', 'site')));
// Its static copy goes under build/bench/ whatever SITE is (a --site in the
// source tree must not leave a copy there).
const STATIC_DIR = join(ROOT, 'build', 'bench', `${SITE.split('/').filter(Boolean).pop()}-static`);
const ONLY = new Set(opt('only', 'weight,cold,interaction').split(','));

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
// DevTools' "Slow 4G" preset: Lighthouse's mobileSlow4G (150 ms RTT,
// 1.6 Mbit/s) expressed as per-request latency (×3.75) and throughput (×0.9).
const SLOW_4G = {
  offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const VIEWPORT = { width: 1280, height: 800 };
// Fresh contexts pretend to be an English reader (the default language).
const CONTEXT = { viewport: VIEWPORT, locale: 'en-GB', serviceWorkers: 'block' };

const isLoopback = (url) => {
  try {
    const u = new URL(url);
    return !/^https?:$/.test(u.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
};

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { median: null, p95: null, min: null, max: null, n: 0 };
  const q = (p) => {
    const idx = p * (v.length - 1);
    const lo = Math.floor(idx), hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (v[hi] - v[lo]) * (idx - lo);
  };
  return { median: q(0.5), p95: q(0.95), min: v[0], max: v[v.length - 1], n: v.length };
}

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

async function newPage(browser, { cpu = 1, network = null } = {}) {
  const context = await browser.newContext(CONTEXT);
  const offMachine = [];
  await context.route((url) => !isLoopback(url.href), (route) => {
    offMachine.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Resolves with the mark's time as soon as the widget sets it.
  await context.addInitScript(() => {
    window.__mfFirstCards = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'mf-first-cards') resolve(e.startTime);
      }).observe({ type: 'mark', buffered: true });
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page, cdp, errors, offMachine };
}

const firstCards = (page, timeout = 30000) => page.evaluate((ms) => Promise.race([
  window.__mfFirstCards,
  new Promise((_, reject) => setTimeout(() => reject(new Error('no mf-first-cards mark')), ms)),
]), timeout);

// First contentful paint (waited for: after `load` it may not be recorded yet)
// and the last largest-contentful-paint candidate so far.
const paints = (page) => page.evaluate(() => new Promise((resolve) => {
  let fcp = null, lcp = null;
  const done = () => { resolve({ fcp, lcp }); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lcp = e.renderTime || e.loadTime || e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
    if (fcp !== null) setTimeout(done, 0);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(done, 10000);
}));

// ---- site: dist/ plus the static floor page ----------------------------------------

/** Renders index.html once and freezes the widget's DOM + CSS into a no-script page. */
async function buildStaticPage(browser, baseUrl) {
  const { context, page } = await newPage(browser);
  await page.goto(new URL('index.html', baseUrl).href);
  await firstCards(page);
  const { html, css, cards } = await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    return {
      html: root.innerHTML,
      css: root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      cards: root.querySelectorAll('.card').length,
    };
  });
  await context.close();
  const index = readFileSync(join(SITE, 'index.html'), 'utf8');
  // The frozen copy runs no script, so it must not fetch the engine either.
  const withoutScript = index.replace(/<script\b[^>]*>\s*<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\brel="preload"[^>]*>\s*/g, '').replace(/<!-- The engine's wasm[^>]*-->\s*/g, '');
  if (/<script/i.test(withoutScript)) throw new Error('index.html has a script the static copy cannot drop');
  const shadow = `<template shadowrootmode="open"><style>${css.replace(/<\/style/gi, '<\\/style')}</style>${html}</template>`;
  const staticHtml = withoutScript.replace(/(<messenger-fit\b[^>]*>)/, `$1${shadow}`);
  if (staticHtml === withoutScript) throw new Error('no <messenger-fit> in index.html');
  mkdirSync(STATIC_DIR, { recursive: true });
  for (const f of ['page.css', 'favicon.svg']) cpSync(join(SITE, f), join(STATIC_DIR, f));
  writeFileSync(join(STATIC_DIR, 'index.html'), staticHtml);
  return { cards, bytes: sizes(Buffer.from(staticHtml)) };
}

// ---- 1. weight ------------------------------------------------------------------------

async function weight(browser, baseUrl) {
  const { context, page, errors } = await newPage(browser);
  const requests = [];
  let inFlight = 0;
  page.on('request', (r) => { requests.push(r.url()); inFlight++; });
  for (const done of ['requestfinished', 'requestfailed']) page.on(done, () => { inFlight--; });
  const settled = async () => {
    for (const end = Date.now() + 10000; inFlight > 0 && Date.now() < end;) await new Promise((ok) => { setTimeout(ok, 20); });
  };
  const pageUrl = new URL('embed-example.html', baseUrl).href;
  await page.goto(pageUrl);
  await firstCards(page);
  await page.waitForLoadState('networkidle');
  const host = new Set(['embed-example.html', 'embed-example.css', 'favicon.svg']);
  const ownFiles = (urls) => [...new Set(urls)].map((u) => new URL(u)).filter((u) => u.origin === new URL(baseUrl).origin)
    .map((u) => decodeURIComponent(u.pathname.replace(/^\//, '')));
  const files = ownFiles(requests);

  // Then every other view, opened as a reader would (the widget's own view
  // switch, in its order): what each one fetches the first time.
  const views = [];
  const buttons = await page.locator('messenger-fit .view-button:not([aria-current="true"])')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-focus-key')));
  for (const key of buttons) {
    const view = key.replace(/^view:/, '');
    const before = requests.length;
    await page.locator(`messenger-fit .view-button[data-focus-key="${key}"]`).click();
    await page.locator(`messenger-fit .view[data-view="${view}"]:not([aria-busy]) > :not(.view-loading)`).first()
      .waitFor({ timeout: 30000 });
    await settled();
    const fetched = ownFiles(requests.slice(before)).filter((f) => !files.includes(f));
    views.push({ view, files: fetched });
  }
  await context.close();

  const entry = (f) => ({ file: f, ...sizes(readFileSync(join(SITE, f))) });
  const total = (list) => list.reduce((t, x) => ({
    raw: t.raw + x.raw, gzip: t.gzip + x.gzip, brotli: t.brotli + x.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
  const initial = files.filter((f) => !host.has(f)).map(entry);
  const onDemand = views.map(({ view, files: fs }) => ({ view, files: fs.map(entry), total: total(fs.map(entry)) }));
  const everyView = [...initial, ...onDemand.flatMap((v) => v.files)];
  // A script in the site that no view asked for is either dead or loaded by
  // something the bench did not do: listed, so it is not silently uncounted.
  const requested = new Set([...files, ...views.flatMap((v) => v.files)]);
  const unrequested = readdirSync(SITE).filter((f) => f.endsWith('.js') && !requested.has(f)).map(entry);
  const i18nDir = join(SITE, 'i18n');
  const languages = existsSync(i18nDir) ? readdirSync(i18nDir).map((f) => entry(`i18n/${f}`)) : [];
  const byKind = {};
  for (const x of initial) {
    const kind = x.file.endsWith('.wasm') ? 'wasm' : x.file.endsWith('.css') ? 'css'
      : x.file.endsWith('.json') ? 'data' : 'js';
    byKind[kind] = total([...(byKind[kind] ? [byKind[kind]] : []), x]);
  }
  return {
    page: 'embed-example.html',
    requests: files.length,
    host_files: files.filter((f) => host.has(f)),
    // What the page downloads to show the first cards.
    initial_files: initial,
    initial_total: total(initial),
    by_kind: byKind,
    // Fetched the first time each view is opened, and everything together.
    on_demand: onDemand,
    every_view_total: total(everyView),
    unrequested,
    languages,
    standalone: { file: 'standalone.html', ...sizes(readFileSync(join(SITE, 'standalone.html'))) },
    errors,
  };
}

// ---- 2. cold start --------------------------------------------------------------------

async function coldRun(browser, url, kind, profile) {
  const { context, page, errors, offMachine } = await newPage(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 60000 });
    const t = kind === 'widget' ? await firstCards(page, 60000) : null;
    if (kind === 'static') await page.waitForLoadState('load');
    const p = await paints(page);
    return { first_cards: kind === 'widget' ? t : p.fcp, fcp: p.fcp, lcp: p.lcp, errors, offMachine };
  } finally {
    await context.close();
  }
}

async function coldStart(browser, widgetUrl, staticUrl, runs) {
  const profiles = {
    unthrottled: {},
    cpu4x_slow4g: { cpu: 4, network: SLOW_4G },
  };
  const out = {};
  for (const [name, profile] of Object.entries(profiles)) {
    // One throwaway pair first: the server's and the disk's caches warm up,
    // not the browser's (every run has a fresh context).
    await coldRun(browser, widgetUrl, 'widget', profile);
    await coldRun(browser, staticUrl, 'static', profile);
    const w = [], s = [], wf = [], problems = [];
    for (let i = 0; i < runs; i++) {
      const a = await coldRun(browser, widgetUrl, 'widget', profile);
      const b = await coldRun(browser, staticUrl, 'static', profile);
      w.push(a.first_cards);
      wf.push(a.fcp);
      s.push(b.first_cards);
      problems.push(...a.errors, ...b.errors, ...a.offMachine, ...b.offMachine);
    }
    const widget = stats(w), floor = stats(s);
    out[name] = {
      widget_first_cards_ms: widget,
      widget_fcp_ms: stats(wf),
      static_first_cards_ms: floor,
      ratio_median: widget.median / floor.median,
      runs: w,
      static_runs: s,
      problems,
    };
  }
  out.profiles = { cpu4x_slow4g: { cpu_rate: 4, network: SLOW_4G } };
  return out;
}

// ---- 3. interaction ---------------------------------------------------------------------

// Installed in the page once the widget shows cards. A capture listener on
// window takes the click's timestamp (the input's time, as Event Timing uses);
// bubble listeners on the shadow root run after the widget's own handlers
// (which sit on the inputs and buttons) and close the interaction: that is
// "DOM updated" (the widget updates synchronously). Then rAF + a task: the
// next frame has been produced.
function instrument() {
  const root = document.querySelector('messenger-fit').shadowRoot;
  const bench = { label: '', pending: null, done: [], events: [] };
  window.__bench = bench;
  window.addEventListener('click', (e) => {
    if (!bench.pending) bench.pending = { label: bench.label, start: e.timeStamp };
  }, { capture: true });
  const close = () => {
    const p = bench.pending;
    if (!p) return;
    bench.pending = null;
    const end = performance.now();
    performance.measure(`mf-bench:${p.label}`, { start: p.start, end });
    p.dom = end - p.start;
    // Style and layout, which the browser would do before the next paint,
    // forced here: the DOM is not only changed but laid out.
    void root.host.getBoundingClientRect().height;
    void root.querySelector('.view, .mf')?.offsetHeight;
    p.laid_out = performance.now() - p.start;
    requestAnimationFrame(() => setTimeout(() => {
      p.frame = performance.now() - p.start;
      bench.done.push(p);
    }, 0));
  };
  root.addEventListener('change', close);
  root.addEventListener('click', (e) => { if (e.target.closest?.('button')) close(); });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function interact(page, label, locator) {
  const before = await page.evaluate((l) => { window.__bench.label = l; return window.__bench.done.length; }, label);
  await locator.click();
  await page.waitForFunction((n) => window.__bench.done.length > n, before, { polling: 10, timeout: 30000 });
  await page.waitForTimeout(30);
}

// Event Timing: the longest entry of each interaction (as INP does), matched
// to our records by the click's timestamp.
function matchEventTiming({ done, events }) {
  const byId = new Map();
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const clickIds = new Map(events.filter((e) => e.name === 'click').map((e) => [Math.round(e.start * 10), e.id]));
  for (const d of done) {
    const id = clickIds.get(Math.round(d.start * 10));
    d.event_timing = id === undefined ? null : byId.get(id);
  }
  return done;
}

async function interactionRun(browser, url, cpu, rounds) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    await page.goto(url);
    await firstCards(page);
    await page.evaluate(instrument);
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const mf = page.locator('messenger-fit');
    // Filter toggles: the first ten needs on, one by one, then off again.
    const needs = await mf.locator('.filters input[type=checkbox]').evaluateAll((els) => els.map((e) => e.value));
    const chosen = needs.slice(0, 10);
    for (let r = 0; r < rounds; r++) {
      for (const on of [true, false]) {
        for (const id of chosen) {
          await interact(page, 'filter-toggle', mf.locator(`.filters input[value="${id}"]`));
        }
        void on;
      }
    }
    // The quiz: an answer, then Next, for every question; then Restart.
    // The quiz's code is fetched when it is first opened: "view-switch" is the
    // click → its loading line; the steps start once the quiz is there.
    await interact(page, 'view-switch', mf.locator('[data-focus-key="view:quiz"]'));
    await mf.locator('.quiz').waitFor({ timeout: 30000 });
    const total = Number((await mf.locator('.progress').getAttribute('max')) ?? 0);
    if (!total) throw new Error('the quiz shows no question count');
    for (let r = 0; r < rounds; r++) {
      for (let step = 0; step < total; step++) {
        const options = mf.locator('.options label');
        const n = await options.count();
        await interact(page, 'quiz-answer', options.nth((step + r) % n));
        await interact(page, step < total - 1 ? 'quiz-step' : 'quiz-result', mf.locator('[data-focus-key="quiz-next"]'));
      }
      await interact(page, 'quiz-result', mf.locator('[data-focus-key="quiz-restart"]'));
    }
    return { done: matchEventTiming(await page.evaluate(() => window.__bench)), errors };
  } finally {
    await context.close();
  }
}

/**
 * The floor for an interaction: the same filter checkboxes clicked in the
 * static copy, where no script runs and the browser only repaints the tick.
 * Its Event Timing is what any page pays here for a click that paints.
 */
async function floorRun(browser, url, cpu, rounds) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    await page.goto(url);
    await page.waitForLoadState('load');
    // DevTools evaluation is not page script: the static page's CSP allows none.
    await page.evaluate(instrument);
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const boxes = page.locator('messenger-fit .filters input[type=checkbox]');
    const chosen = (await boxes.evaluateAll((els) => els.map((e) => e.value))).slice(0, 10);
    if (!chosen.length) throw new Error('the static copy has no filter checkboxes');
    for (let r = 0; r < rounds * 2; r++) {
      for (const id of chosen) await interact(page, 'filter-toggle', page.locator(`messenger-fit .filters input[value="${id}"]`));
    }
    return { done: matchEventTiming(await page.evaluate(() => window.__bench)), errors };
  } finally {
    await context.close();
  }
}

function summarize(done, errors) {
  const labels = [...new Set(done.map((d) => d.label))];
  const out = { errors };
  for (const label of labels) {
      const items = done.filter((d) => d.label === label);
      const et = items.map((d) => d.event_timing);
      out[label] = {
        count: items.length,
        dom_updated_ms: stats(items.map((d) => d.dom)),
        laid_out_ms: stats(items.map((d) => d.laid_out)),
        next_frame_ms: stats(items.map((d) => d.frame)),
        // Event Timing only reports interactions of >= 16 ms; the others count as < 16.
        event_timing: {
          reported: et.filter((x) => x !== null).length,
          over_16ms: et.filter((x) => x !== null && x > 16).length,
          max_ms: Math.max(0, ...et.filter((x) => x !== null)),
          p95_ms: stats(et.map((x) => (x === null ? 0 : x))).p95,
        },
      };
  }
  return out;
}

async function interaction(browser, url, floorUrl, rounds) {
  const out = {};
  for (const [name, cpu] of [['unthrottled', 1], ['cpu4x', 4]]) {
    const floor = await floorRun(browser, floorUrl, cpu, rounds);
    out[`floor_${name}`] = summarize(floor.done, floor.errors);
    const { done, errors } = await interactionRun(browser, url, cpu, rounds);
    out[name] = summarize(done, errors);
  }
  return out;
}

// ---- main ---------------------------------------------------------------------------------

async function main() {
  if (!outFile) {
    console.error('usage: browser-bench.mjs OUT.json [--runs N] [--only weight,cold,interaction]');
    process.exit(2);
  }
  // Run alone (not from scripts/bench.sh), take a snapshot of dist/.
  if (!existsSync(join(SITE, 'index.html'))) cpSync(DIST, SITE, { recursive: true });
  const site = await serve(SITE);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  const out = { chromium: browser.version(), runs: RUNS };
  try {
    // The floor page needs its <style> inline: its own server, no script allowed at all.
    out.static_page = await buildStaticPage(browser, site.url);
    const floor = await serve(STATIC_DIR, {
      csp: "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; script-src 'none'",
    });
    try {
      if (ONLY.has('weight')) out.weight = await weight(browser, site.url);
      if (ONLY.has('cold')) out.cold_start = await coldStart(browser, new URL('index.html', site.url).href, floor.url, RUNS);
      if (ONLY.has('interaction')) out.interaction = await interaction(browser, new URL('index.html', site.url).href, floor.url, 2);
    } finally {
      floor.server.close();
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  out.static_page.dir = relative(ROOT, STATIC_DIR);
  writeFileSync(outFile, JSON.stringify(out, null, 1));
}

await main();
