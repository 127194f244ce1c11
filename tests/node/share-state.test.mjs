// Unit tests for the share-link codec (web/share-state.js): round trips, and
// hostile fragments that must fall back to defaults without throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  vocabularyOf, defaultState, encodeState, decodeState, cloneState, MAX_FRAGMENT, VIEWS,
} from '../../web/share-state.js';

const data = (f) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
const catalogue = {
  needs: data('needs.json').needs,
  quiz: data('quiz.json'),
  profiles: data('criteria.json').profiles,
  // The codec only needs the ids; the test must not depend on catalogue.json.
  messengers: ['signal', 'simplex', 'briar', 'element', 'session'].map((id) => ({ id })),
};
const vocab = vocabularyOf(catalogue, ['en', 'uk']);
const defaults = defaultState({ view: 'browse', profile: 'pg-2023' });

function rich() {
  const s = defaultState({ view: 'compare', profile: 'pg-2025', lang: 'uk' });
  s.needs = ['platform:ios', 'no_phone_number'];
  s.prefer = new Map([['tor', 2], ['calls', 0.5]]);
  s.answers = new Map([
    ['phone', { choice: 'avoid', important: true }],
    ['devices', { choice: ['ios', 'linux'], important: false }],
    ['calls', { choice: 'yes', important: true }],
  ]);
  s.asOf = 'today';
  s.compare = ['signal', 'briar', 'session'];
  return s;
}

test('a rich state survives encode → decode exactly', () => {
  const s = rich();
  const { state, status } = decodeState(`#${encodeState(s)}`, vocab, defaults);
  assert.equal(status, 'ok');
  assert.deepEqual(state, s);
});

test('the quiz step round-trips only in the quiz view', () => {
  const s = defaultState({ view: 'quiz', profile: 'pg-2023' });
  s.step = 4;
  s.answers.set('threat', { choice: 'powerful', important: false });
  assert.deepEqual(decodeState(encodeState(s), vocab, defaults).state, s);
  const browse = { ...cloneState(s), view: 'browse' };
  assert.equal(decodeState(encodeState(browse), vocab, defaults).state.step, 0);
});

test('the largest state the UI can build fits under the length cap', () => {
  const s = defaultState({ view: 'quiz', profile: 'pg-2025', lang: 'uk' });
  s.needs = [...vocab.needs];
  s.prefer = new Map([...vocab.needs].map((id) => [id, 99.25]));
  for (const [qid, q] of vocab.questions) {
    s.answers.set(qid, { choice: q.multi ? [...q.answers] : [...q.answers][0], important: true });
  }
  s.compare = [...vocab.messengers];
  s.step = vocab.questions.size;
  const text = encodeState(s);
  assert.ok(text.length <= MAX_FRAGMENT, `encoded length ${text.length}`);
  assert.deepEqual(decodeState(text, vocab, defaults), { state: s, status: 'ok' });
});

test('every view is allowed in a link, and only those', () => {
  assert.deepEqual(VIEWS, ['browse', 'quiz', 'compare', 'changes']);
  for (const view of VIEWS) {
    const s = { ...cloneState(defaults), view, asOf: 'today', needs: ['tor'] };
    assert.deepEqual(decodeState(encodeState(s), vocab, defaults), { state: s, status: 'ok' }, view);
  }
  // A quiz step means nothing outside the quiz, so it is not written.
  const changes = { ...cloneState(defaults), view: 'changes', step: 3 };
  assert.doesNotMatch(encodeState(changes), /step=/);
  assert.equal(decodeState('#view=Changes', vocab, defaults).status, 'invalid');
  assert.equal(decodeState('#view=timeline', vocab, defaults).status, 'invalid');
});

test('no fragment means defaults, and no notice', () => {
  for (const f of ['', '#', undefined, null]) {
    const r = decodeState(f, vocab, defaults);
    assert.equal(r.status, 'empty');
    assert.deepEqual(r.state, defaults);
  }
});

test('a partial fragment keeps the defaults for what it leaves out', () => {
  const r = decodeState('#view=quiz', vocab, defaults);
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.state, { ...defaults, view: 'quiz', prefer: new Map(), answers: new Map() });
});

const hostile = {
  'unknown key': 'view=browse&theme=dark',
  'duplicate key': 'view=browse&view=quiz',
  'duplicate list item': 'needs=tor,tor',
  'empty list item': 'needs=tor,,calls',
  'unknown need': 'needs=tor,teleport',
  'unknown view': 'view=admin',
  'unknown profile': 'profile=pg-1999',
  'unknown language': 'lang=xx',
  'bad percent-encoding': 'needs=%E0%A4%A',
  'percent-encoded junk': 'view=%00%ff',
  'prototype key': '__proto__=1',
  'prototype via answers': 'a.__proto__=x',
  'constructor via answers': 'a.constructor=x',
  'prototype as a need': 'prefer=__proto__*1',
  'prototype answer id': 'a.phone=__proto__',
  'weight too big': 'prefer=tor*101',
  'weight overflow': 'prefer=tor*1e309',
  'negative weight': 'prefer=tor*-1',
  'NaN weight': 'prefer=tor*NaN',
  'weight with junk': 'prefer=tor*2x',
  'weight without star': 'prefer=tor',
  'star without id': 'prefer=*2',
  'need twice in prefer': 'prefer=tor*1,tor*2',
  'two answers to a single question': 'a.phone=avoid,fine',
  'unknown answer': 'a.devices=ios,blackberry',
  'important but unanswered': 'a.phone=avoid&important=calls',
  'important twice': 'a.phone=avoid&important=phone,phone',
  'six to compare': 'compare=signal,simplex,briar,element,session,signal',
  'unknown messenger': 'compare=signal,whatsapp',
  'step out of range': 'view=quiz&step=99',
  'step not a number': 'view=quiz&step=-1',
  'too long': `needs=${'a'.repeat(MAX_FRAGMENT)}`,
  'many repeated keys': Array.from({ length: 50 }, () => 'view=quiz').join('&'),
};

for (const [name, fragment] of Object.entries(hostile)) {
  test(`tampered fragment (${name}) → defaults, flagged invalid`, () => {
    const r = decodeState(`#${fragment}`, vocab, defaults);
    assert.equal(r.status, 'invalid');
    assert.deepEqual(r.state, defaults);
    assert.equal(typeof r.problem, 'string');
  });
}

test('decoding never pollutes prototypes', () => {
  for (const f of Object.values(hostile)) decodeState(f, vocab, defaults);
  decodeState('a.phone=avoid&__proto__[polluted]=1&constructor[prototype][polluted]=1', vocab, defaults);
  assert.equal(({}).polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
});

test('the decoded state is a copy: changing it leaves the defaults alone', () => {
  const { state } = decodeState('needs=tor', vocab, defaults);
  state.needs.push('calls');
  state.prefer.set('tor', 1);
  assert.deepEqual(defaults.needs, []);
  assert.equal(defaults.prefer.size, 0);
});

test('random junk never throws and only ever yields allowed values', () => {
  // A tiny seeded PRNG keeps failures reproducible.
  let seed = 12345;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const alphabet = 'abc=&,*.%#:_-0123456789ABCDEFviewneedsprefercompare_proto\u00e9\u202e ';
  const pieces = ['view=', 'changes', 'needs=', 'prefer=', 'a.phone=', 'a.devices=', 'important=', 'compare=',
    'step=', 'lang=', 'profile=', 'asof=', 'tor', 'platform:ios', 'signal', 'avoid', 'ios', '*2', ',', '&'];
  for (let i = 0; i < 3000; i++) {
    let f = '';
    const len = rand(60);
    for (let j = 0; j < len; j++) f += rand(3) ? pieces[rand(pieces.length)] : alphabet[rand(alphabet.length)];
    const r = decodeState(f, vocab, defaults);
    assert.ok(['empty', 'ok', 'invalid'].includes(r.status));
    const s = r.state;
    assert.ok(['browse', 'quiz', 'compare', 'changes'].includes(s.view));
    assert.ok(vocab.profiles.has(s.profile));
    assert.ok(s.needs.every((n) => vocab.needs.has(n)));
    assert.ok([...s.prefer.keys()].every((n) => vocab.needs.has(n)));
    assert.ok([...s.prefer.values()].every((w) => Number.isFinite(w) && w >= 0 && w <= 100));
    assert.ok([...s.answers.keys()].every((q) => vocab.questions.has(q)));
    assert.ok(s.compare.every((m) => vocab.messengers.has(m)) && s.compare.length <= 5);
    // Whatever was accepted must encode back to something that decodes the same.
    if (r.status === 'ok') assert.deepEqual(decodeState(encodeState(s), vocab, defaults).state, s);
  }
});
