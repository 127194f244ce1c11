// docs/embedding.md is true: its examples, taken from the document itself,
// are run here. The files it says to copy are enough for the one-tag embed,
// its CSP is the one every test page is served with, its event listener
// works, and a data-src catalogue validated with its command is used (or, if
// broken, reported with the same lines the command prints). The theming
// example is applied in tests/browser/embed.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession, ready, cardIds, nodeEngine, DIST, ROOT } from './harness.mjs';
import { STRICT_CSP, startServer } from './server.mjs';

const DOC = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
const blocks = (lang) => [...DOC.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);
const section = (title) => DOC.split(/^## /m).find((s) => s.startsWith(title));
const blocksIn = (title, lang) => [...section(title).matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))]
  .map((m) => m[1]);

const site = mkdtempSync(join(tmpdir(), 'mf-embedding-doc-'));
const page = (body) => `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Host</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;
let session;
let engine;
let copied;
let catalogueCommand;

before(async () => {
  // Exactly the files the document lists, nothing else from dist/.
  copied = blocksIn('The one-tag embed', 'text')[0].trim().split('\n').map((l) => l.trim());
  for (const f of copied) cpSync(join(DIST, f), join(site, f), { recursive: true });
  writeFileSync(join(site, 'index.html'), page(blocksIn('The one-tag embed', 'html')[0]));

  // The data-src example: the catalogue folder it names, once as shipped
  // minus one messenger (so the widget visibly uses it), once broken.
  const custom = blocksIn('A custom catalogue', 'html')[0];
  const folder = /data-src="([^"]+)"/.exec(custom)[1].replace(/\/$/, '');
  const files = ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'];
  const variants = {
    [folder]: (text) => {
      const json = JSON.parse(text);
      json.messengers = json.messengers.filter((m) => m.id !== 'session');
      return JSON.stringify(json);
    },
    // Signal's usernames on an impossible date.
    [`${folder}-broken`]: (text) => text.replaceAll('"2024-02-20"', '"2024-02-30"'),
  };
  for (const [name, change] of Object.entries(variants)) {
    mkdirSync(join(site, name));
    for (const f of files) {
      const text = readFileSync(join(ROOT, 'data', f), 'utf8');
      writeFileSync(join(site, name, f), f === 'catalogue.json' ? change(text) : text);
    }
  }
  writeFileSync(join(site, 'custom.html'), page(custom));
  writeFileSync(join(site, 'broken.html'), page(custom.replace(`data-src="${folder}/"`, `data-src="${folder}-broken/"`)));
  catalogueCommand = { folder, command: blocksIn('A custom catalogue', 'sh')[0].trim() };

  session = await openSession({ mounts: { '/site/': site } });
  engine = await nodeEngine();
});
after(async () => {
  await session.close();
  rmSync(site, { recursive: true, force: true });
});

test('the one-tag embed: the listed files and the two lines are the whole widget', async () => {
  assert.deepEqual(copied, ['messenger-fit.js', 'mf-engine.wasm', 'i18n/']);
  const p = await session.page({ locale: 'en-GB' });
  const fetched = () => session.requestsOf(p).map((u) => new URL(u).pathname).sort();
  await p.goto(session.url('/site/index.html'));
  await ready(p);
  assert.equal((await cardIds(p)).length, 5);
  assert.deepEqual(fetched(), ['/site/index.html', '/site/messenger-fit.js', '/site/mf-engine.wasm']);
  // Every other view works from the same files.
  for (const view of ['quiz', 'compare', 'changes']) {
    await p.locator(`messenger-fit [data-focus-key="view:${view}"]`).click();
    await p.locator(`messenger-fit .${view}`).first().waitFor();
  }
  // Another language comes from the copied i18n/ folder.
  await p.locator('messenger-fit select').selectOption('uk');
  await p.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.deepEqual(fetched(), ['/site/i18n/uk.json', '/site/index.html', '/site/messenger-fit.js',
    '/site/mf-engine.wasm'].sort());
  await session.closePages();
});

test('the CSP in the document is the policy every test page is served with', () => {
  const [header] = blocksIn('Content Security Policy', 'http');
  assert.equal(header.trim(), `Content-Security-Policy: ${STRICT_CSP}`);
});

test('the widget needs nothing from style-src: it works under style-src \'none\'', async () => {
  // The document's claim, checked: the same site under the same policy with no styles allowed at all.
  const strict = await startServer({ root: site, csp: STRICT_CSP.replace("style-src 'self'", "style-src 'none'") });
  try {
    const p = await session.page();
    await p.goto(strict.url('/index.html'));
    await ready(p);
    const radius = await p.locator('messenger-fit .card').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.notEqual(radius, '0px', 'the widget is styled');
    await session.closePages();
  } finally {
    await strict.close();
  }
});

test('the events example: mf-change hands over the request and the engine\'s result', async () => {
  const p = await session.page();
  await p.goto(session.url('/site/index.html'));
  await ready(p);
  // The host page's script, as the document writes it.
  await p.evaluate(blocksIn('Events', 'js')[0]);
  const logged = p.waitForEvent('console', (m) => m.type() === 'log');
  await p.locator('messenger-fit input[value="tor"]').check();
  const expected = engine.recommend({ needs: ['tor'], profile: 'pg-2023', as_of: '2023-06-01' });
  const names = expected.results.filter((r) => r.fits).map((r) => r.name);
  assert.equal((await logged).text(), `needs: tor; fits: ${names.join(', ')}`);
  await session.closePages();
});

test('a custom catalogue: validated with the document\'s command, then used by data-src', async () => {
  const { folder, command } = catalogueCommand;
  const [program, ...args] = command.split(/\s+/);
  assert.equal(args.at(-1), `${folder}/`, 'the command validates the folder the page names');
  const run = (dir) => spawnSync(join(ROOT, program), [...args.slice(0, -1), dir], { cwd: site, encoding: 'utf8' });

  const ok = run(`${folder}/`);
  assert.deepEqual([ok.status, ok.stdout, ok.stderr], [0, '', '']);
  const p = await session.page();
  await p.goto(session.url('/site/custom.html'));
  await ready(p);
  assert.deepEqual((await cardIds(p)).sort(), ['briar', 'element', 'signal', 'simplex']);

  // Broken: exit 1, one line per problem, and the widget lists the same problems.
  const bad = run(`${folder}-broken/`);
  assert.equal(bad.status, 1);
  const lines = bad.stdout.trim().split('\n');
  assert.ok(lines.every((l) => /^[a-z]+\.json:\/\S+: .+$/.test(l)), bad.stdout);
  assert.ok(lines.includes(blocksIn('A custom catalogue', 'text')[0].trim()), 'the document\'s example line');
  const broken = await session.page();
  await broken.goto(session.url('/site/broken.html'));
  await ready(broken);
  const shown = await broken.locator('messenger-fit [part="error"] .problems li').allTextContents();
  assert.deepEqual(shown, lines.map((l) => l.replace(/^([a-z]+\.json):(\/\S+): /, '$1 $2: ')));
  await session.closePages();
});

test('every attribute and view the document names exists', () => {
  const attrs = [...section('Attributes').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(attrs, ['view', 'profile', 'lang', 'data-src']);
  const element = readFileSync(join(ROOT, 'web/mf-element.js'), 'utf8');
  assert.match(element, /observedAttributes = \['view', 'profile', 'lang', 'data-src'\]/);
  for (const view of ['browse', 'quiz', 'compare', 'changes']) assert.ok(section('Attributes').includes(`\`${view}\``), view);
  // Every part the code sets is documented, and nothing else.
  const code = readdirSync(join(ROOT, 'web'), { recursive: true }).filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(ROOT, 'web', f), 'utf8')).join('\n');
  const inCode = new Set();
  for (const [, expr] of code.matchAll(/\bpart: ([^,}\n]+)/g)) {
    for (const [, names] of expr.matchAll(/'([a-z -]+)'/g)) names.split(' ').forEach((n) => inCode.add(n));
    if (expr.startsWith('`status-${')) ['pass', 'fail', 'unknown', 'disputed'].forEach((s) => inCode.add(`status-${s}`));
  }
  const documented = /Parts for `messenger-fit::part\(…\)`: `([^`]+)`/.exec(section('Theming'))[1].split(/\s+/);
  assert.deepEqual([...documented].sort(), [...inCode].sort());
  assert.equal(blocks('css').length, 1, 'one themed example');
});
