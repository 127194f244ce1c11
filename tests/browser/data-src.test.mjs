// A custom catalogue through data-src: used when valid, and a readable error
// card (file, pointer, problem) when not. Never a blank widget, never a
// request to another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession, ready, cardIds, ROOT } from './harness.mjs';

const FILES = ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'];
const HOSTILE_NAME = `<img src=x onerror="window.__pwned=1">\u202e${'x'.repeat(10000)}`;
const temp = mkdtempSync(join(tmpdir(), 'mf-data-src-'));
let session;

function folder(name, change = () => {}) {
  const dir = join(temp, name);
  mkdirSync(dir);
  const files = Object.fromEntries(FILES.map((f) => [f, JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'))]));
  change(files);
  for (const [f, json] of Object.entries(files)) {
    if (json !== undefined) writeFileSync(join(dir, f), typeof json === 'string' ? json : JSON.stringify(json));
  }
}

before(async () => {
  folder('four', (f) => { f['catalogue.json'].messengers = f['catalogue.json'].messengers.filter((m) => m.id !== 'session'); });
  folder('broken', (f) => {
    f['catalogue.json'].messengers[0].facts.forward_secrecy[0].since = '2023-02-30';
    f['quiz.json'].questions[0].answers[0].prefer = { teleport: 1 };
  });
  folder('missing', (f) => { f['quiz.json'] = undefined; });
  folder('hostile', (f) => {
    const m = f['catalogue.json'].messengers[0];
    m.name = HOSTILE_NAME;
    m.description = '</style><script>window.__pwned = 1</script>';
    m.facts.forward_secrecy[0].note = '<a href="javascript:window.__pwned=1">click</a> \u202eevil';
  });
  session = await openSession({ mounts: { '/custom/': temp } });
});
after(async () => {
  await session.close();
  rmSync(temp, { recursive: true, force: true });
});

const open = async (src, options) => {
  const page = await session.page(options);
  await page.goto(session.url(`/fixtures/data-src.html?src=${encodeURIComponent(src)}`));
  await ready(page);
  return page;
};

test('a valid custom catalogue is used instead of the built-in one', async () => {
  const page = await open('/custom/four/');
  assert.equal((await cardIds(page)).length, 4);
  assert.ok(!(await cardIds(page)).includes('session'));
  await session.closePages();
});

test('an invalid catalogue shows an error card naming file, pointer and problem', async () => {
  const page = await open('/custom/broken/');
  const card = page.locator('messenger-fit [part="error"]');
  assert.equal(await card.locator('h3').textContent(), 'The catalogue has problems');
  const items = await card.locator('.problems li').allTextContents();
  assert.deepEqual(items.map((t) => t.split(': ')[0]), [
    'catalogue.json /messengers/0/facts/forward_secrecy/0/since',
    'quiz.json /questions/0/answers/0/prefer/teleport',
  ]);
  assert.match(items[0], /impossible date "2023-02-30"/);
  assert.match(items[1], /unknown need "teleport"/);
  assert.equal(await page.locator('messenger-fit [role="status"]').textContent(), 'The messengers could not be loaded.');
  assert.equal(await page.locator('messenger-fit .card').count(), 0);
  await session.closePages();
});

test('a missing file is named', async () => {
  const page = await open('/custom/missing/', { allowConsoleErrors: [/404/] });
  const items = await page.locator('messenger-fit [part="error"] .problems li').allTextContents();
  assert.deepEqual(items, ['quiz.json: could not be fetched (HTTP 404)']);
  // Only the title in the header: no view switcher without an engine, and nothing stray.
  assert.equal(await page.locator('messenger-fit [part="header"]').textContent(), 'Which secure messenger fits you?');
  await session.closePages();
});

test('a catalogue on another origin is refused without a request', async () => {
  const page = await open('https://example.org/catalogue/');
  const requests = session.requestsOf(page);
  assert.equal(requests.filter((r) => !r.startsWith(session.server.origin)).length, 0);
  assert.equal(await page.locator('messenger-fit [part="error"] h3').textContent(), 'This catalogue cannot be used');
  assert.match(await page.locator('messenger-fit [part="error"] .problems').textContent(), /example\.org/);
  await session.closePages();
});

test('hostile strings in a catalogue render as inert text', async () => {
  const page = await open('/custom/hostile/');
  const card = page.locator('messenger-fit .card').filter({ has: page.locator('bdi', { hasText: '<img' }) });
  assert.equal(await card.count(), 1);
  assert.equal(await card.locator('.card-name bdi').textContent(), HOSTILE_NAME);
  await card.locator('.why > summary').click();
  const inShadow = await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    return {
      img: root.querySelectorAll('img').length,
      script: root.querySelectorAll('script').length,
      style: root.querySelectorAll('style').length,
      jsLinks: [...root.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href)).length,
      pwned: window.__pwned,
    };
  });
  assert.deepEqual(inShadow, { img: 0, script: 0, style: 0, jsLinks: 0, pwned: undefined });
  assert.ok((await card.locator('.fact-note').allTextContents()).some((t) => t.includes('javascript:window.__pwned=1')));
  // The huge name wraps inside its card instead of stretching the page.
  const widths = () => page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  let [scroll, inner] = await widths();
  assert.ok(scroll <= inner, `no horizontal overflow (${scroll}, ${inner})`);
  // The name again in the "what changed" view: diff rows and timeline headings.
  await page.locator('messenger-fit .view-button[data-focus-key="view:changes"]').click();
  await page.locator('messenger-fit .changes').waitFor();
  assert.equal(await page.locator('messenger-fit .timeline h4 bdi', { hasText: '<img' }).textContent(), HOSTILE_NAME);
  [scroll, inner] = await widths();
  assert.ok(scroll <= inner, `no horizontal overflow in "what changed" (${scroll}, ${inner})`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await session.closePages();
});
