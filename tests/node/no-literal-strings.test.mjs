// Every word the widget shows comes from data/i18n. This reads
// web/**/*.js and fails on a string literal that reaches the page directly:
// a child of h(…) (the one DOM builder, web/dom.js), a visible attribute
// (aria-label, title, placeholder, alt, …) in h() props or setAttribute(),
// an assignment to textContent/innerText/title/…, or createTextNode/append/
// replaceChildren. Literals there may only be the glyphs and punctuation
// listed in ALLOWED. A small tokenizer (strings, templates, regexes,
// comments) is enough for this hand-written code; its own test is below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../web/', import.meta.url));

// Non-words a widget may print without a catalogue: status glyphs (always
// next to a word), separators, the empty-cell dash, the timeline arrow.
const ALLOWED = new Set(['', ' ', ', ', ': ', '\u2713', '\u2717', '?', '~', '\u2014', '\u2013', '\u2192',
  '\u2605', '\u25CB', '\u2026']);
const VISIBLE_ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext',
  'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
// h() props that become text: the attributes above and `text` (textContent);
// `message`: a load problem's message is printed on the error card.
const VISIBLE_PROPS = new Set([...VISIBLE_ATTRS, 'text', 'message']);
const VISIBLE_ASSIGN = new Set(['textContent', 'innerText', 'innerHTML', 'outerHTML', 'title', 'placeholder',
  'ariaLabel', 'ariaDescription', 'ariaRoleDescription', 'ariaValueText', 'alt', 'label']);
// Calls whose every argument becomes text on the page.
const TEXT_CALLS = new Set(['createTextNode', 'append', 'prepend', 'replaceChildren', 'before', 'after',
  'replaceWith', 'insertAdjacentText', 'alert', 'confirm', 'prompt', 'write', 'writeln']);
const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%',
  '<', '>', '~', '^', 'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', '=>']);

/** Tokens: { t: 'str' | 'tpl' | 'id' | 'p', v, line }. Template expressions are tokenized inline. */
export function tokenize(src, lineOffset = 1) {
  const out = [];
  let i = 0;
  let line = lineOffset;
  const last = () => out[out.length - 1];
  const push = (t, v) => out.push({ t, v, line });
  const decode = (raw) => Function(`"use strict"; return (${raw});`)();
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      push('str', decode(src.slice(i, j + 1)));
      i = j + 1;
      continue;
    }
    if (c === '`') {
      // Static chunks become one 'tpl' token; ${…} expressions are tokenized in place.
      const startLine = line;
      let j = i + 1;
      let chunk = '';
      let text = '';
      const inner = [];
      while (src[j] !== '`') {
        if (src[j] === '\\') { chunk += src.slice(j, j + 2); j += 2; continue; }
        if (src.startsWith('${', j)) {
          text += decode(`\`${chunk}\``);
          chunk = '';
          let depth = 1;
          let k = j + 2;
          while (depth) {
            if (src[k] === '{') depth++;
            else if (src[k] === '}') depth--;
            else if (src[k] === '`' || src[k] === "'" || src[k] === '"') {
              // A nested string or template inside the expression: skip it whole.
              const q = src[k];
              k++;
              while (src[k] !== q) k += src[k] === '\\' ? 2 : 1;
            }
            k++;
          }
          const expression = src.slice(j + 2, k - 1);
          inner.push(...tokenize(expression, line));
          line += (expression.match(/\n/g) ?? []).length;
          j = k;
          continue;
        }
        if (src[j] === '\n') line++;
        chunk += src[j];
        j++;
      }
      text += decode(`\`${chunk}\``);
      out.push({ t: 'tpl', v: text, line: startLine }, ...inner.map((x) => ({ ...x, inTemplate: true })));
      i = j + 1;
      continue;
    }
    if (c === '/' && (!last() || REGEX_AFTER.has(last().v))) {
      let j = i + 1;
      let cls = false;
      while (cls || src[j] !== '/') {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') cls = true;
        else if (src[j] === ']') cls = false;
        j++;
      }
      j++;
      while (/[a-z]/.test(src[j])) j++;
      push('re', src.slice(i, j));
      i = j;
      continue;
    }
    const word = /^[\w$#]+/.exec(src.slice(i, i + 200));
    if (word) { push('id', word[0]); i += word[0].length; continue; }
    if (src.startsWith('=>', i) || src.startsWith('...', i) || src.startsWith('?.', i)) {
      const p = src.startsWith('...', i) ? '...' : src.slice(i, i + 2);
      push('p', p);
      i += p.length;
      continue;
    }
    push('p', c);
    i++;
  }
  return out;
}

/** Literals that reach the page: [{ line, text, why }]. */
export function visibleLiterals(src) {
  const tokens = tokenize(src);
  const found = [];
  const stack = [];
  const allowed = (v) => !/\p{L}/u.test(v) && (ALLOWED.has(v) || ALLOWED.has(v.trim()));
  const report = (tok, why) => {
    if (!allowed(tok.v)) found.push({ line: tok.line, text: tok.v, why });
  };
  tokens.forEach((tok, n) => {
    const prev = tokens[n - 1];
    const prev2 = tokens[n - 2];
    if (tok.t === 'p' && tok.v === '(') {
      const callee = prev?.t === 'id' && !['if', 'for', 'while', 'switch', 'catch', 'function', 'return'].includes(prev.v)
        ? prev.v : null;
      stack.push(callee ? { kind: 'call', name: callee, arg: 0, first: null } : { kind: 'paren' });
      return;
    }
    if (tok.t === 'p' && (tok.v === '[' || tok.v === '{')) { stack.push({ kind: tok.v, pending: [] }); return; }
    if (tok.t === 'p' && (tok.v === ')' || tok.v === ']' || tok.v === '}')) {
      const closed = stack.pop();
      // An array that is only the receiver of .map() etc. is data, not children.
      if (closed?.kind === '[' && tokens[n + 1]?.v !== '.' && tokens[n + 1]?.v !== '?.') {
        const outer = [...stack].reverse().find((f) => f.kind !== 'paren');
        (outer?.kind === '[' ? outer.pending : found).push(...closed.pending);
      }
      return;
    }
    if (tok.t === 'p' && tok.v === ',' && stack.at(-1)?.kind === 'call') { stack.at(-1).arg++; return; }
    if (tok.t !== 'str' && tok.t !== 'tpl') return;

    const top = stack.at(-1);
    if (top?.kind === 'call' && top.arg === 0 && top.first === null) top.first = tok.v;
    // `.textContent = 'x'` and friends.
    if (prev?.v === '=' && prev2?.t === 'id' && VISIBLE_ASSIGN.has(prev2.v) && tokens[n - 3]?.v === '.') {
      report(tok, `assigned to .${prev2.v}`);
      return;
    }
    // { 'aria-label': 'x' } / { title: 'x' } in props.
    if (prev?.v === ':' && (prev2?.t === 'id' || prev2?.t === 'str') && VISIBLE_PROPS.has(prev2.v)
      && top?.kind === '{' && ['{', ','].includes(tokens[n - 3]?.v)) {
      report(tok, `${prev2.v} property`);
      return;
    }
    if (top?.kind === 'call' && top.name === 'setAttribute' && top.arg === 1 && VISIBLE_ATTRS.has(top.first)) {
      report(tok, `setAttribute('${top.first}')`);
      return;
    }
    // Children of h(), through arrays, parentheses and ternaries but not into other calls or objects.
    const owner = [...stack].reverse().find((f) => f.kind !== '[' && f.kind !== 'paren');
    const array = [...stack].reverse().find((f) => f.kind !== 'paren');
    if (owner?.kind === 'call' && owner.name === 'h' && owner.arg >= 2) {
      // Inside an array: decided when the array closes (children, or a receiver).
      if (array?.kind === '[') { if (!allowed(tok.v)) array.pending.push({ line: tok.line, text: tok.v, why: 'child of h()' }); }
      else report(tok, 'child of h()');
    }
    else if (owner?.kind === 'call' && TEXT_CALLS.has(owner.name)) report(tok, `${owner.name}()`);
  });
  return found;
}

function sources() {
  return readdirSync(web, { recursive: true }).filter((f) => f.endsWith('.js')).sort()
    .map((f) => ({ file: f, text: readFileSync(join(web, f), 'utf8') }));
}

test('no user-visible string literal in web/ bypasses the message catalogue', () => {
  const files = sources();
  assert.ok(files.length >= 15 && files.some((f) => f.file.startsWith('views')), 'the scan sees web/ and web/views/');
  const found = files.flatMap(({ file, text }) =>
    visibleLiterals(text).map((x) => `web/${file}:${x.line}: ${JSON.stringify(x.text)} (${x.why})`));
  assert.deepEqual(found, []);
});

test('the scan tokenizes every web/ file to the end, balanced', () => {
  for (const { file, text } of sources()) {
    const tokens = tokenize(text);
    let depth = 0;
    for (const t of tokens) {
      if (t.t === 'p' && '([{'.includes(t.v)) depth++;
      if (t.t === 'p' && ')]}'.includes(t.v)) depth--;
      assert.ok(depth >= 0, `${file}:${t.line}: unbalanced`);
    }
    assert.equal(depth, 0, `${file}: every bracket closed`);
    assert.equal(tokens.at(-1).line, text.trimEnd().split('\n').length, `${file}: line count`);
  }
});

test('the scan catches each way a literal can reach the page, and lets the catalogue through', () => {
  const bad = `
    h('p', null, 'Hello');
    h('p', { class: 'x' }, cond ? 'Yes' : msgs.t('ui.no'));
    h('ul', null, [h('li', null, \`Item \${n}\`)]);
    h('button', { type: 'button', 'aria-label': 'Close', title: "Close it" });
    h('span', { text: 'Loading' });
    problems.push({ file, message: 'could not be fetched' });
    el.textContent = 'Done';
    el.setAttribute('placeholder', 'Search…');
    document.createTextNode('Ready');
    root.append('Hi', h('b'));
    h('p', null, '#');
    h('p', null, [['Nested']]);
  `;
  const found = visibleLiterals(bad).map((x) => x.text);
  assert.deepEqual(found, ['Hello', 'Yes', 'Item ', 'Close', 'Close it', 'Loading', 'could not be fetched', 'Done', 'Search…', 'Ready', 'Hi', '#', 'Nested']);

  const good = `
    // h('p', null, 'in a comment');
    /* el.textContent = 'nor here' */
    h('p', { class: 'hint', part: 'card card-unfit', 'data-id': 'x', type: 'button' }, msgs.t('ui.hint'));
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPH.pass, ' ', '\\u2713', ', ', '\\u2014');
    h('p', null, msgs.plural('ui.count', n, { name: 'not text' }), cond ? [' ', x] : null);
    h('p', null, ['pass', 'fail'].map((s) => statusChip(msgs, s)), ['a', 'b']?.map(f));
    h('p', null, \`\${GLYPH.disputed} \${msgs.t(\`ui.\${kind}.title\`)}\`);
    const re = /'quoted'/g; h('p', null, a.replace(/x/, 'y'));
    el.setAttribute('dir', 'rtl'); el.setAttribute('aria-current', 'true');
    throw new Error('developer text, not shown');
    const r = { problem: e instanceof Invalid ? e.message : 'unreadable' };
  `;
  assert.deepEqual(visibleLiterals(good), []);
});
