// dist/standalone.html: one file, opened from disk with every network
// request refused, under its own hashed <meta> CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openSession, ready, cardIds, nodeEngine, DIST } from './harness.mjs';

const FILE = `${DIST}standalone.html`;
let session;
before(async () => { session = await openSession(); });
after(() => session.close());

test('the standalone file carries a hash-based CSP that matches its inline script', () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|'self'|\*/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types 'none'/);
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1);
  const hash = `'sha256-${createHash('sha256').update(scripts[0]).digest('base64')}'`;
  assert.ok(csp.includes(`script-src ${hash} 'wasm-unsafe-eval'`), 'the script hash is the script\'s');
  // Nothing is loaded from anywhere: no src or href attributes at all.
  assert.doesNotMatch(html.replace(scripts[0], ''), /\s(src|href)=/);
});

test('from file:// with the network blocked, the whole widget works', async () => {
  const engine = await nodeEngine();
  const page = await session.page({ offline: true });
  const requests = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
  });
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await ready(page);
  assert.deepEqual(await cardIds(page),
    engine.recommend({ profile: 'pg-2023', as_of: '2023-06-01' }).results.map((r) => r.id));

  // A filter, the quiz, compare and a language switch: all offline.
  await page.locator('messenger-fit input[value="offline_mesh"]').click();
  assert.deepEqual(await page.locator('messenger-fit .card[data-fits="true"]')
    .evaluateAll((cs) => cs.map((c) => c.dataset.id)), ['briar']);
  await page.getByRole('button', { name: 'Quiz', exact: true }).click();
  await page.getByLabel('I\'m not sure').check();
  await page.getByRole('button', { name: 'Next' }).click();
  assert.match(await page.locator('messenger-fit .progress-text').textContent(), /^Question 2 of/);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.locator('messenger-fit table').first().waitFor();
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.equal(await page.locator('messenger-fit .view-button[aria-current="true"]').textContent(), 'Порівняння');
  // Sharing puts the state in the fragment here too.
  assert.doesNotMatch(page.url(), /#/);
  await page.locator('messenger-fit [data-focus-key="copy-link"]').click();
  assert.match(page.url(), /standalone\.html#view=compare&needs=offline_mesh&/);
  assert.deepEqual([...new Set(requests.map((r) => r.split('#')[0]))], [url]);
  await session.closePages();
});
