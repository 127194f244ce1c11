#!/usr/bin/env node
// Synthetic catalogues for the engine-scaling benchmark (group 4).
//
//   node tests/bench/gen-catalogue.mjs OUT_DIR N [N ...]
//
// Writes OUT_DIR/n<N>/{attributes,catalogue,needs,criteria,quiz}.json: the
// real attributes/needs/criteria/quiz files, and a catalogue of N made-up
// messengers whose facts follow the real data's mix (data/catalogue.json):
//
// - per attribute, a value is drawn from the pool of every value the real
//   catalogue records for it (history entries included, "unknown" included)
//   with probability 3/4, and otherwise uniformly from the attribute's whole
//   domain (every enum member, random sets, ...), so every rule branch of
//   needs and criteria is exercised, not only the five real messengers' rows;
// - the share of two-entry histories, of "unknown" values, of disputed
//   values and of notes is the real one; `since` dates come from the real ones;
// - texts are short (one source URL, short notes), so 100 000 messengers stay
//   a ~200 MB file the wasm heap can hold; rule evaluation does not read them.
//
// Deterministic: a fixed seed (mulberry32), so every run builds the same files.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, 'data');
export const SEED = 0x6d66; // "mf"
const OTHER_FILES = ['attributes.json', 'needs.json', 'criteria.json', 'quiz.json'];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Value pools and rates measured on the real catalogue. */
export function realMix(attributes, catalogue) {
  const pools = new Map(attributes.map((a) => [a.id, []]));
  let facts = 0, histories = 0, twoEntry = 0, notes = 0, disputed = 0, entries = 0;
  const sinces = [];
  for (const m of catalogue.messengers) {
    for (const [attr, history] of Object.entries(m.facts)) {
      histories++;
      if (history.length > 1) twoEntry++;
      for (const e of history) {
        entries++;
        pools.get(attr).push(e.value);
        if (e.note) notes++;
        if (e.disputed) disputed++;
        if (e.since) sinces.push(e.since);
      }
      facts++;
    }
  }
  return {
    pools,
    twoEntryRate: twoEntry / histories,
    noteRate: notes / entries,
    disputedRate: disputed / entries,
    sinces: [...new Set(sinces)].sort(),
  };
}

function uniformValue(attr, pool, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  switch (attr.type) {
    case 'bool': return rnd() < 0.5;
    case 'enum': return pick(attr.values);
    case 'set': return attr.values.filter(() => rnd() < 0.5);
    case 'number': return 2 + Math.floor(rnd() * 999);
    case 'list': {
      const items = pool.filter((v) => Array.isArray(v)).flat();
      const n = Math.floor(rnd() * 3);
      return [...new Set(Array.from({ length: n }, () => pick(items.length ? items : ['Audit'])))];
    }
    case 'text': {
      const texts = pool.filter((v) => typeof v === 'string' && v !== 'unknown');
      return pick(texts.length ? texts : ['MIT']);
    }
    default: throw new Error(`unknown type ${attr.type}`);
  }
}

export function generateCatalogue(n, { seed = SEED, dataDir = DATA } = {}) {
  const attributes = JSON.parse(readFileSync(join(dataDir, 'attributes.json'), 'utf8')).attributes;
  const real = JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8'));
  const mix = realMix(attributes, real);
  const rnd = mulberry32(seed);
  const value = (attr) => {
    const pool = mix.pools.get(attr.id);
    return pool.length && rnd() < 0.75 ? pool[Math.floor(rnd() * pool.length)] : uniformValue(attr, pool, rnd);
  };
  const width = String(n).length;
  const messengers = [];
  for (let i = 0; i < n; i++) {
    // Ids in shuffled order so the catalogue order is not the id order.
    const id = `m${String((i * 7919) % n).padStart(width, '0')}`;
    const facts = {};
    for (const attr of attributes) {
      const entry = () => {
        const e = { value: value(attr), sources: [`https://s.example/${i % 97}`] };
        if (rnd() < mix.noteRate) e.note = `note ${i % 13}`;
        if (rnd() < mix.disputedRate) e.disputed = [{ value: value(attr), sources: ['https://d.example/'] }];
        return e;
      };
      const history = [entry()];
      if (rnd() < mix.twoEntryRate) {
        const later = entry();
        later.since = mix.sinces[Math.floor(rnd() * mix.sinces.length)];
        history.push(later);
      }
      facts[attr.id] = history;
    }
    messengers.push({
      id, name: `Messenger ${id}`, homepage: `https://${id}.example/`, source_code: `https://${id}.example/src`,
      description: 'Synthetic.', facts,
    });
  }
  return { messengers };
}

/** Writes OUT/n<N>/ unless an identical generation is already there. */
export function writeCatalogue(outDir, n) {
  const dir = join(outDir, `n${n}`);
  const stamp = join(dir, '.stamp');
  const signature = JSON.stringify({ seed: SEED, n, gen: readFileSync(fileURLToPath(import.meta.url), 'utf8').length,
    data: ['catalogue.json', ...OTHER_FILES].map((f) => readFileSync(join(DATA, f), 'utf8').length) });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return dir;
  mkdirSync(dir, { recursive: true });
  for (const f of OTHER_FILES) copyFileSync(join(DATA, f), join(dir, f));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(generateCatalogue(n)));
  writeFileSync(stamp, signature);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, ...sizes] = process.argv.slice(2);
  if (!out || !sizes.length) {
    console.error('usage: gen-catalogue.mjs OUT_DIR N [N ...]');
    process.exit(2);
  }
  for (const n of sizes.map(Number)) console.log(writeCatalogue(out, n));
}
