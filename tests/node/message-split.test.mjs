// The default language's messages are split between messenger-fit.js and the
// lazy views' chunks by the keys each module names (scripts/message-split.mjs,
// used by scripts/build-web.mjs). What counts as naming a key, where each key
// goes, and that the build fails loudly rather than ship a bare key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  keyReferences, movedKeysNamedIn, namespacesOf, splitMessages,
} from '../../scripts/message-split.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const MESSAGES = {
  'ui.title': 'Title',
  'ui.count.one': '{n} thing',
  'ui.count.other': '{n} things',
  'ui.quiz.next': 'Next',
  'ui.shared': 'In two views',
  'quiz.a.title': 'Question A',
  'quiz.a.yes': 'Yes',
  'quiz.b.title': 'Question B',
  'attr.x': 'X',
  'attr.x.help': 'Help for X',
  'ui.never': 'Asked by nobody',
};
const NS = namespacesOf(MESSAGES);
const names = (source) => keyReferences(source, NS).map((r) => r.text);
const named = (source, key) => keyReferences(source, NS).some((r) => r.matches(key));

test('what names a key: literals, plural bases and templates that start with a namespace', () => {
  const source = `
    msgs.t('ui.title');
    msgs.plural('ui.count', n);
    const notice = cond ? 'ui.quiz.next' : null;
    msgs.t(\`quiz.\${q.id}.title\`);
    msgs.t(\`attr.\${id}\`);
    el.id = \`\${prefix}-quiz-\${id}\`; // not a key: no namespace in front
    // msgs.t('ui.never') in a comment names nothing
  `;
  assert.deepEqual(names(source), ['ui.title', 'ui.count', 'ui.quiz.next', '`quiz.${…}.title`', '`attr.${…}`']);
  assert.ok(named(source, 'ui.count.one') && named(source, 'ui.count.other'), 'a plural base names its forms');
  assert.ok(named(source, 'quiz.a.title') && named(source, 'quiz.b.title'));
  assert.ok(!named(source, 'quiz.a.yes'), 'each ${…} is one id: quiz.<id>.title is not quiz.<id>.yes');
  // Ids have no dots (data/schema), so attr.${id} is attr.x and not attr.x.help.
  assert.ok(named(source, 'attr.x') && !named(source, 'attr.x.help'));
  assert.ok(!named(source, 'ui.never'));
});

test('a file name is not a key, but t()\'s argument and a ui. literal must be one', () => {
  const refs = keyReferences(`
    const FILES = ['quiz.json'];
    msgs.t('quiz.missing');
    const k = 'ui.nowhere';
  `, NS);
  assert.deepEqual(refs.map((r) => [r.text, r.surely]), [['quiz.json', false], ['quiz.missing', true], ['ui.nowhere', true]]);
});

test('a key put together with + fails, naming the place', () => {
  assert.throws(() => keyReferences("msgs.t('attr.' + id);", NS, 'web/x.js'), /web\/x\.js:1: 'attr\.' .*template literal/);
});

const mod = (file, source) => ({ file: join(root, file), source });
const plan = (initial, chunks) => ({
  initial: initial.map(([f, s]) => mod(f, s)),
  chunks: Object.entries(chunks).map(([entry, modules]) => ({ entry, modules: modules.map(([f, s]) => mod(f, s)) })),
});
const split = (p) => splitMessages(p, MESSAGES, { root, scanned: () => true });

test('a chunk gets what only its views name; the first screen keeps what it names; nobody gets the rest', () => {
  const s = split(plan([
    ['web/a.js', "t('ui.title'); plural('ui.count', 2); t(`attr.${id}`);"],
  ], {
    quiz: [['web/views/quiz.js', "t('ui.quiz.next'); t(`quiz.${q}.title`); t('ui.shared'); t('ui.title');"]],
    changes: [['web/views/changes.js', "t('ui.shared');"]],
  }));
  assert.deepEqual(Object.keys(s.first).sort(), ['attr.x', 'ui.count.one', 'ui.count.other', 'ui.title']);
  // ui.title is the first screen's, so the quiz does not carry it again.
  assert.deepEqual(Object.keys(s.chunks.get('quiz')).sort(), ['quiz.a.title', 'quiz.b.title', 'ui.quiz.next', 'ui.shared']);
  // Named by two views and not by the first screen: each view brings it.
  assert.deepEqual(s.chunks.get('changes'), { 'ui.shared': 'In two views' });
  assert.deepEqual(s.unnamed.sort(), ['attr.x.help', 'quiz.a.yes', 'ui.never']);
  assert.equal(s.chunks.get('quiz')['quiz.a.title'], 'Question A', 'the texts come along');
});

test('a key the code names but the catalogue lacks fails, with its place', () => {
  assert.throws(() => split(plan([['web/a.js', "\nmsgs.t('ui.gone');"]], {})), /web\/a\.js:2: ui\.gone/);
  assert.throws(() => split(plan([], { quiz: [['web/views/quiz.js', 'msgs.t(`quiz.${id}.hint`);']] })),
    /web\/views\/quiz\.js:1: `quiz\.\$\{…\}\.hint`/);
});

test('the check on what ships finds a moved key however the first-screen script names it', () => {
  const moved = new Set(['ui.quiz.next', 'quiz.a.title']);
  assert.deepEqual(movedKeysNamedIn('const M={"ui.title":"Title"};f(`attr.${x}`);', moved, NS), []);
  assert.deepEqual(movedKeysNamedIn('const M={"ui.quiz.next":"Next"};', moved, NS), ['ui.quiz.next']);
  assert.deepEqual(movedKeysNamedIn('a.t(`quiz.${x}.title`)', moved, NS), ['quiz.a.title']);
});

test('the build fails loudly when web/ asks for a key the default language lacks', () => {
  // The real build, on a copy of the catalogues without one key the quiz uses.
  const tmp = mkdtempSync(join(tmpdir(), 'mf-split-'));
  const i18n = join(tmp, 'i18n');
  const out = join(tmp, 'out');
  mkdirSync(i18n);
  mkdirSync(out);
  for (const lang of ['en', 'uk']) {
    const dict = JSON.parse(readFileSync(join(root, 'data/i18n', `${lang}.json`), 'utf8'));
    delete dict['ui.quiz.skip'];
    writeFileSync(join(i18n, `${lang}.json`), JSON.stringify(dict));
  }
  for (const f of ['engine.mjs', 'flat-result.mjs', 'mf-engine.mjs', 'mf-engine.wasm']) copyFileSync(join(root, 'dist', f), join(out, f));
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-web.mjs'), '--i18n', i18n, '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /names message keys the default language lacks:\n\s+web\/views\/quiz-question\.js:\d+: ui\.quiz\.skip/);
});
