// Message catalogues are complete: every language has every key, every data
// id has its labels, placeholders match, and plural messages cover the
// language's plural categories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const read = (name) => JSON.parse(readFileSync(dataDir + name, 'utf8'));
const langs = readdirSync(dataDir + 'i18n').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const catalogues = Object.fromEntries(langs.map((l) => [l, read(`i18n/${l}.json`)]));

// The keys the data files call for (see docs/data-format.md and web/).
function requiredKeys() {
  const keys = new Set(['value.bool.true', 'value.bool.false', 'value.unknown']);
  for (const a of read('attributes.json').attributes) {
    keys.add(`attr.${a.id}`).add(`attr.${a.id}.help`).add(`group.attr.${a.group}`);
    for (const v of a.values ?? []) keys.add(`value.${a.id}.${v}`);
  }
  for (const n of read('needs.json').needs) keys.add(`need.${n.id}`).add(`need.${n.id}.unmet`).add(`group.need.${n.group}`);
  const criteria = read('criteria.json');
  for (const c of criteria.criteria) keys.add(`criterion.${c.id}`).add(`criterion.${c.id}.help`);
  for (const p of criteria.profiles) {
    keys.add(`profile.${p.id}`).add(`profile.${p.id}.help`).add(`tier.${p.fallback_tier}`);
    for (const t of p.tiers) keys.add(`tier.${t.id}`);
  }
  for (const q of read('quiz.json').questions) {
    keys.add(`quiz.${q.id}.title`).add(`quiz.${q.id}.hint`);
    for (const a of q.answers) keys.add(`quiz.${q.id}.${a.id}`);
  }
  for (const m of read('catalogue.json').messengers) keys.add(`messenger.${m.id}.description`);
  return keys;
}

test('English and Ukrainian are both shipped', () => {
  assert.ok(langs.includes('en') && langs.includes('uk'), langs.join());
});

test('every language has exactly the same keys', () => {
  const reference = Object.keys(catalogues.en).sort();
  for (const lang of langs) {
    const keys = Object.keys(catalogues[lang]).sort();
    const missing = reference.filter((k) => !(k in catalogues[lang]));
    const extra = keys.filter((k) => !(k in catalogues.en));
    assert.deepEqual({ lang, missing, extra }, { lang, missing: [], extra: [] });
  }
});

test('every id in the data has its labels, in every language', () => {
  const required = requiredKeys();
  assert.ok(required.size > 150);
  for (const lang of langs) {
    const missing = [...required].filter((k) => !(k in catalogues[lang]));
    assert.deepEqual(missing, [], `${lang} lacks keys`);
  }
});

test('placeholders match across languages', () => {
  const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, text] of Object.entries(catalogues.en)) {
    for (const lang of langs) assert.deepEqual(names(catalogues[lang][key]), names(text), `${lang} ${key}`);
  }
});

test('plural messages cover every plural category of the language', () => {
  // A plural message is a family of keys ending in .one/.few/.many/.other.
  const families = new Set(Object.keys(catalogues.en).filter((k) => /\.(one|other)$/.test(k)).map((k) => k.replace(/\.\w+$/, '')));
  assert.ok(families.size > 0, 'no plural messages found');
  for (const lang of langs) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const family of families) {
      for (const cat of categories) assert.ok(`${family}.${cat}` in catalogues[lang], `${lang} lacks ${family}.${cat}`);
    }
  }
});

test('no message is empty or left untranslated by accident', () => {
  for (const lang of langs.filter((l) => l !== 'en')) {
    const same = Object.entries(catalogues[lang]).filter(([k, v]) => v === catalogues.en[k] && /[a-z]{4,} [a-z]{4,}/.test(v));
    assert.deepEqual(same.map(([k]) => k), [], `${lang}: identical to English`);
  }
  for (const lang of langs) for (const [k, v] of Object.entries(catalogues[lang])) assert.ok(v.trim(), `${lang} ${k} is empty`);
});
