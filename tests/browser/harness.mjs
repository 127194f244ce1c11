// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core, every page served by server.mjs under the strict CSP, and
// three tripwires on every page: a securitypolicyviolation event, a console
// error, or any request to a non-loopback origin fails the test.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SHOTS = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export function isLoopback(url) {
  try {
    const u = new URL(url);
    // Nothing with these schemes leaves the machine.
    if (['file:', 'data:', 'about:', 'blob:'].includes(u.protocol)) return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * One browser and one server for a test file. `session.page(opts)` opens a
 * fresh context + page with the tripwires armed; `session.close()` tears
 * everything down and asserts that no tripwire fired.
 */
export async function openSession({ mounts = {} } = {}) {
  for (const f of ['messenger-fit.js', 'mf-engine.wasm', 'standalone.html', 'engine.mjs']) {
    if (!existsSync(`${DIST}${f}`)) throw new Error(`dist/${f} is missing: run scripts/build.sh first`);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  const server = await startServer({ root: DIST, mounts: { '/fixtures/': FIXTURES, ...mounts } });
  const contexts = [];

  async function page({ viewport = DESKTOP, colorScheme = 'light', reducedMotion = 'no-preference',
    locale = 'en-GB', offline = false, allowConsoleErrors = [], permissions = [], initScript = null } = {}) {
    const context = await browser.newContext({
      viewport, colorScheme, reducedMotion, locale, serviceWorkers: 'block',
    });
    if (permissions.length) await context.grantPermissions(permissions, { origin: server.origin });
    if (initScript) await context.addInitScript(initScript);
    const problems = [];
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    await context.route((url) => !isLoopback(url.href), (route) => {
      problems.push(`request left the machine: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    });
    if (offline) await context.setOffline(true);
    // Before any page script: catch every CSP violation, whoever causes it.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sample})`);
      });
    });
    const p = await context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error' && !allowConsoleErrors.some((re) => re.test(m.text()))) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    contexts.push({ context, page: p, problems, requests });
    return p;
  }

  async function check() {
    for (const c of contexts) {
      for (const p of c.context.pages()) {
        const violations = await p.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        c.problems.push(...violations.map((v) => `CSP violation: ${v}`));
      }
      assert.deepEqual(c.problems, [], 'no CSP violation, console error or off-machine request');
    }
  }

  return {
    browser,
    server,
    page,
    url: server.url,
    /** A fresh page at `path` (page() options), once the widget shows something. */
    async open(path, options) {
      const p = await page(options);
      await p.goto(server.url(path));
      await ready(p);
      return p;
    },
    requestsOf: (p) => contexts.find((c) => c.page === p)?.requests ?? [],
    /** Asserts the tripwires of every page opened so far, then closes them. */
    async closePages() {
      try {
        await check();
      } finally {
        await Promise.all(contexts.splice(0).map((c) => c.context.close()));
      }
    },
    async close() {
      try {
        await check();
      } finally {
        await browser.close();
        await server.close();
      }
    },
  };
}

/** The widget's status region text. */
export const statusText = (page) => page.locator('messenger-fit [role="status"]').textContent();

/** Waits until the widget has rendered its first cards or its error card. */
export async function ready(page, selector = 'messenger-fit .card, messenger-fit .error-card, messenger-fit .quiz, messenger-fit .compare, messenger-fit .changes') {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15000 });
}

/** Ids of the cards, in the order shown. */
export function cardIds(page) {
  return page.locator('messenger-fit .card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

/** Ids of the cards that say they fit. */
export function fittingIds(page) {
  return page.locator('messenger-fit .card[data-fits="true"]').evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}

/** axe-core, injected as source text (a <script> tag would be blocked by the CSP). */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The engine itself, loaded in Node from dist/, for expectations. */
export async function nodeEngine() {
  const { loadEngine } = await import(new URL('../../dist/engine.mjs', import.meta.url));
  return loadEngine();
}
