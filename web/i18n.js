// Message catalogues: every visible word comes from data/i18n/<lang>.json.
// The build (scripts/build-web.mjs) generates ./locales.js, which ships the
// default language inside the script and fetches the others only when chosen.
import {
  DEFAULT_LANG, FIRST_FORMATS, LANGS, LANG_NAMES, loadLocale,
} from './locales.js';

export { DEFAULT_LANG, LANGS };

/** A language's name in itself ("Українська"), for the language picker. */
export function autonym(lang) {
  if (Object.hasOwn(LANG_NAMES, lang)) return LANG_NAMES[lang];
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

// Scripts whose direction Intl.Locale#getTextInfo may not report everywhere.
const RTL_FALLBACK = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv']);

/**
 * RFC 4647 "lookup": the first candidate that, truncated subtag by subtag
 * (uk-UA → uk), names an available language. Candidates may be junk.
 */
export function negotiateLang(candidates, available = LANGS) {
  const have = new Map(available.map((l) => [l.toLowerCase(), l]));
  for (const raw of candidates) {
    if (typeof raw !== 'string' || raw.length > 35) continue;
    const parts = raw.toLowerCase().split(/[-_]/);
    while (parts.length) {
      const hit = have.get(parts.join('-'));
      if (hit) return hit;
      parts.pop();
    }
  }
  return DEFAULT_LANG;
}

export function textDirection(lang) {
  try {
    const info = new Intl.Locale(lang).getTextInfo?.() ?? new Intl.Locale(lang).textInfo;
    if (info?.direction) return info.direction;
  } catch { /* fall through to the list */ }
  return RTL_FALLBACK.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

export class Messages {
  #plurals = null;
  #dates = null;
  #lists = null;
  #numbers = null;
  #first;

  constructor(lang, dict, fallback) {
    this.lang = lang;
    this.#first = Object.hasOwn(FIRST_FORMATS, lang) ? FIRST_FORMATS[lang] : null;
    this.dir = textDirection(lang);
    this.dict = dict;
    this.fallback = fallback;
  }

  // The formatters are made on first use: a DateTimeFormat alone costs tens
  // of milliseconds in a fresh page. What the first screen formats comes
  // from the build (FIRST_FORMATS), so none is made before the first cards.
  get plurals() { return this.#plurals ??= new Intl.PluralRules(this.lang); }

  get dates() { return this.#dates ??= new Intl.DateTimeFormat(this.lang, { dateStyle: 'medium', timeZone: 'UTC' }); }

  get lists() { return this.#lists ??= new Intl.ListFormat(this.lang, { style: 'long', type: 'conjunction' }); }

  get numbers() { return this.#numbers ??= new Intl.NumberFormat(this.lang); }

  /**
   * Makes the formatters views use now (tens of ms in a fresh page): for a
   * caller with nothing on screen to wait for, so a later interaction does
   * not pay for them.
   */
  warm() {
    return Boolean(this.dates && this.plurals && this.numbers && this.lists);
  }

  has(key) {
    return Object.hasOwn(this.dict, key) || Object.hasOwn(this.fallback, key);
  }

  /**
   * t('ui.count', { n: 3 }) — {name} placeholders are replaced by text, never
   * markup. A key missing in both catalogues returns `otherwise` (data labels:
   * a custom catalogue may bring ids nobody translated) or the key itself, so
   * a gap is visible instead of silently blank.
   */
  t(key, params, otherwise) {
    const raw = Object.hasOwn(this.dict, key) ? this.dict[key]
      : Object.hasOwn(this.fallback, key) ? this.fallback[key]
        : otherwise ?? key;
    if (!params) return raw;
    return raw.replace(/\{([a-z_]+)\}/g, (whole, name) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole);
  }

  /**
   * Like t(), but placeholders may be DOM nodes (links inside a sentence):
   * returns an array of strings and nodes, so translators keep whole
   * sentences while markup never passes through a string.
   */
  rich(key, nodes) {
    const raw = this.t(key);
    const out = [];
    let last = 0;
    for (const m of raw.matchAll(/\{([a-z_]+)\}/g)) {
      if (!Object.hasOwn(nodes, m[1])) continue;
      out.push(raw.slice(last, m.index), nodes[m[1]]);
      last = m.index + m[0].length;
    }
    out.push(raw.slice(last));
    return out.filter((part) => part !== '');
  }

  /** Plural forms live in flat keys: base.one, base.few, base.many, base.other. */
  plural(base, n, params) {
    const category = this.plurals.select(n);
    const key = this.has(`${base}.${category}`) ? `${base}.${category}` : `${base}.other`;
    return this.t(key, { n: this.number(n), ...params });
  }

  date(iso) {
    if (this.#first && Object.hasOwn(this.#first.dates, iso)) return this.#first.dates[iso];
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
    return d && !Number.isNaN(d.getTime()) ? this.dates.format(d) : String(iso);
  }

  list(items) {
    return this.lists.format(items.map(String));
  }

  number(n) {
    if (this.#first?.latinCounts && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
    return this.numbers.format(n);
  }
}

const loaded = new Map();

/** Loads (once) and returns the Messages for `lang`, English filling gaps. */
export async function messagesFor(lang) {
  if (!loaded.has(lang)) {
    loaded.set(lang, Promise.all([loadLocale(lang), loadLocale(DEFAULT_LANG)])
      .then(([dict, fallback]) => new Messages(lang, dict, fallback)));
    // A failed fetch must not poison the cache: the next choice retries.
    loaded.get(lang).catch(() => loaded.delete(lang));
  }
  return loaded.get(lang);
}
