// Every ui.* key the widget's code asks for exists in every language, and the
// languages have the same ui.* keys (plural keys in all four categories).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWS } from '../../web/share-state.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const web = join(root, 'web');
const i18n = join(root, 'data', 'i18n');
const langs = readdirSync(i18n).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const catalogues = Object.fromEntries(langs.map((l) => [l, JSON.parse(readFileSync(join(i18n, `${l}.json`), 'utf8'))]));

const sources = readdirSync(web, { recursive: true }).filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(web, f), 'utf8'))
  // Comments may mention keys that are not used.
  .map((s) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'));

const plain = new Set();
const plural = new Set();
for (const s of sources) {
  for (const m of s.matchAll(/plural\(\s*'(ui\.[a-z0-9_.]+)'/g)) plural.add(m[1]);
  for (const m of s.matchAll(/'(ui\.[a-z0-9_.]+)'/g)) if (!plural.has(m[1])) plain.add(m[1]);
}
for (const k of plural) plain.delete(k);

// Keys built from a prefix and a known set of endings.
const built = {
  'ui.views.': VIEWS,
  'ui.changes.role.': ['minimum', 'tier', 'need', 'none'],
  'ui.problem.': ['not_url', 'other_origin', 'redirected', 'fetch', 'engine'],
  'ui.status_word.': ['pass', 'fail', 'unknown', 'disputed'],
  'ui.why.kind.': ['need', 'prefer', 'minimum', 'tier', 'best_case'],
  'ui.error.': ['origin', 'fetch', 'data', 'engine'].flatMap((k) => [`${k}.title`, `${k}.body`]),
};

test('the code asks for ui keys that every language has', () => {
  assert.ok(plain.size > 50, `found ${plain.size} keys: the scan works`);
  for (const [prefix, endings] of Object.entries(built)) {
    assert.ok(sources.some((s) => s.includes(`\`${prefix}\${`)), `${prefix} is built in the code`);
    for (const e of endings) plain.add(prefix + e);
  }
  for (const lang of langs) {
    const missing = [...plain].filter((k) => !Object.hasOwn(catalogues[lang], k));
    assert.deepEqual(missing, [], `${lang}.json`);
    for (const base of plural) {
      for (const cat of ['one', 'few', 'many', 'other']) {
        assert.ok(Object.hasOwn(catalogues[lang], `${base}.${cat}`), `${lang}.json: ${base}.${cat}`);
      }
    }
  }
});

test('every language has the same ui keys', () => {
  const keys = (lang) => Object.keys(catalogues[lang]).filter((k) => k.startsWith('ui.')).sort();
  for (const lang of langs) assert.deepEqual(keys(lang), keys('en'), lang);
});

test('placeholders match across languages', () => {
  const names = (s) => [...s.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]).sort();
  for (const [key, text] of Object.entries(catalogues.en).filter(([k]) => k.startsWith('ui.'))) {
    for (const lang of langs) {
      const other = catalogues[lang][key];
      // Plural forms may drop {n} where the word says it (e.g. "one").
      if (/\.(one|few|many)$/.test(key)) continue;
      assert.deepEqual(names(other), names(text), `${lang}: ${key}`);
    }
  }
});
