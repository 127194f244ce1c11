// The share link: the widget's whole state in the URL fragment, which never
// reaches a server. Decoding treats the fragment as hostile input: only known
// keys and values, hard length caps, Maps instead of objects (no prototype
// pollution), and it never throws. Anything off → defaults, flagged 'invalid'
// so the widget can say so quietly.

export const VIEWS = ['browse', 'quiz', 'compare', 'changes'];
export const AS_OF = ['seed', 'today'];
export const MAX_FRAGMENT = 2048;
export const MAX_COMPARE = 5;
export const MIN_COMPARE = 2;
const MAX_VALUE = 600;
const MAX_WEIGHT = 100;
const WEIGHT = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
const ANSWER_PREFIX = 'a.';
const FIXED_KEYS = new Set(['view', 'needs', 'prefer', 'important', 'profile', 'asof', 'lang',
  'compare', 'step']);

/**
 * What may appear in a fragment, taken from the engine's catalogue:
 * { needs: Set, messengers: Set, profiles: Set, langs: Set,
 *   questions: Map<qid, { multi: boolean, answers: Set }> }
 */
export function vocabularyOf(catalogue, langs) {
  return {
    needs: new Set(catalogue.needs.map((n) => n.id)),
    messengers: new Set(catalogue.messengers.map((m) => m.id)),
    profiles: new Set(catalogue.profiles.map((p) => p.id)),
    langs: new Set(langs),
    questions: new Map(catalogue.quiz.questions.map((q) =>
      [q.id, { multi: q.kind === 'multi', answers: new Set(q.answers.map((a) => a.id)) }])),
  };
}

/** A fresh state; `base` supplies view/profile/lang from the element's attributes. */
export function defaultState({ view = 'browse', profile, lang = null } = {}) {
  return {
    view, needs: [], prefer: new Map(), answers: new Map(), profile,
    asOf: 'seed', lang, compare: [], step: 0,
  };
}

export function cloneState(s) {
  return {
    ...s,
    needs: [...s.needs],
    prefer: new Map(s.prefer),
    answers: new Map([...s.answers].map(([q, a]) =>
      [q, { choice: Array.isArray(a.choice) ? [...a.choice] : a.choice, important: a.important }])),
    compare: [...s.compare],
  };
}

/** State → fragment text (without '#'). Empty lists are left out. */
export function encodeState(s) {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.needs.length) p.set('needs', s.needs.join(','));
  if (s.prefer.size) p.set('prefer', [...s.prefer].map(([id, w]) => `${id}*${w}`).join(','));
  for (const [q, a] of s.answers) {
    p.set(ANSWER_PREFIX + q, Array.isArray(a.choice) ? a.choice.join(',') : a.choice);
  }
  const important = [...s.answers].filter(([, a]) => a.important).map(([q]) => q);
  if (important.length) p.set('important', important.join(','));
  p.set('profile', s.profile);
  p.set('asof', s.asOf);
  if (s.lang) p.set('lang', s.lang);
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.view === 'quiz' && s.step) p.set('step', String(s.step));
  return p.toString();
}

/**
 * Fragment text → { state, status: 'empty' | 'ok' | 'invalid', problem? }.
 * `defaults` is the state to start from (and to fall back to).
 */
export function decodeState(fragment, vocab, defaults) {
  try {
    return decodeOrThrow(fragment, vocab, defaults);
  } catch (e) {
    // Only our own Invalid is expected; anything else is a bug, but a share
    // link must never take the page down either way.
    return { state: cloneState(defaults), status: 'invalid',
      problem: e instanceof Invalid ? e.message : 'unreadable' };
  }
}

class Invalid extends Error {}
const fail = (why) => { throw new Invalid(why); };

function decodeOrThrow(fragment, vocab, defaults) {
  const text = typeof fragment === 'string' ? fragment.replace(/^#/, '') : '';
  if (text === '') return { state: cloneState(defaults), status: 'empty' };
  if (text.length > MAX_FRAGMENT) fail('too long');

  const entries = new Map();
  for (const [key, value] of new URLSearchParams(text)) {
    if (!FIXED_KEYS.has(key) && !(key.startsWith(ANSWER_PREFIX)
      && vocab.questions.has(key.slice(ANSWER_PREFIX.length)))) fail('unknown key');
    if (entries.has(key)) fail('duplicate key');
    if (value.length > MAX_VALUE) fail('value too long');
    entries.set(key, value);
  }

  const s = cloneState(defaults);
  const get = (key) => entries.get(key);

  if (entries.has('view')) s.view = oneOf(get('view'), VIEWS, 'view');
  if (entries.has('profile')) s.profile = oneOf(get('profile'), vocab.profiles, 'profile');
  if (entries.has('asof')) s.asOf = oneOf(get('asof'), AS_OF, 'asof');
  if (entries.has('lang')) s.lang = oneOf(get('lang'), vocab.langs, 'lang');
  if (entries.has('needs')) s.needs = idList(get('needs'), vocab.needs, 'needs');
  if (entries.has('compare')) {
    s.compare = idList(get('compare'), vocab.messengers, 'compare');
    if (s.compare.length > MAX_COMPARE) fail('compare: too many');
  }
  if (entries.has('prefer')) {
    s.prefer = new Map();
    for (const item of splitList(get('prefer'), 'prefer')) {
      const star = item.lastIndexOf('*');
      const id = item.slice(0, star);
      const w = item.slice(star + 1);
      if (star < 1 || !vocab.needs.has(id) || s.prefer.has(id)) fail('prefer: bad need');
      if (!WEIGHT.test(w) || Number(w) > MAX_WEIGHT) fail('prefer: bad weight');
      s.prefer.set(id, Number(w));
    }
  }

  s.answers = new Map();
  for (const [key, value] of entries) {
    if (!key.startsWith(ANSWER_PREFIX)) continue;
    const qid = key.slice(ANSWER_PREFIX.length);
    const q = vocab.questions.get(qid);
    const ids = idList(value, q.answers, key);
    if (!q.multi && ids.length !== 1) fail(`${key}: one answer expected`);
    s.answers.set(qid, { choice: q.multi ? ids : ids[0], important: false });
  }
  if (entries.has('important')) {
    for (const qid of splitList(get('important'), 'important')) {
      const a = s.answers.get(qid);
      if (!a || a.important) fail('important: not an answered question');
      a.important = true;
    }
  }

  if (entries.has('step')) {
    const step = get('step');
    if (!/^\d{1,2}$/.test(step) || Number(step) > vocab.questions.size) fail('step');
    s.step = Number(step);
  }
  return { state: s, status: 'ok' };
}

function oneOf(value, allowed, what) {
  const ok = allowed instanceof Set ? allowed.has(value) : allowed.includes(value);
  return ok ? value : fail(`${what}: not allowed`);
}

function splitList(value, what) {
  const items = value.split(',');
  if (items.some((i) => i === '')) fail(`${what}: empty item`);
  return items;
}

function idList(value, allowed, what) {
  const items = splitList(value, what);
  if (new Set(items).size !== items.length) fail(`${what}: repeated`);
  for (const item of items) if (!allowed.has(item)) fail(`${what}: not allowed`);
  return items;
}
