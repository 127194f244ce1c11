// Which of the default language's messages go into messenger-fit.js and
// which travel in a lazy view's chunk (issue 5: the first screen carried
// every English message, the quiz's questions among them). Used by
// scripts/build-web.mjs; tested by tests/node/message-split.test.mjs.
//
// The split follows the keys the code names. A key is named by
//   - a string literal that is a key ('ui.quiz.next'), or the base of a
//     plural family ('ui.status.fit' for ui.status.fit.one, .other, …);
//   - a template literal that starts with a namespace (`quiz.${q.id}.title`):
//     each ${…} stands for one id, and ids have no dots (data/schema/*.json),
//     so it names quiz.<id>.title and not quiz.<id>.<id>.title.
// Literals count wherever they are, not only as t()'s argument, so a key
// kept in a variable (the element's notice) is seen where it is written. A
// name that can only be a key (t()'s argument, any 'ui.…' literal, a
// template) must exist; 'quiz.json' is just a file name.
// A chunk gets the keys its modules name that no first-screen module names.
// A key no module names is left out of the script altogether (today: the
// attributes' and criteria's .help texts, which the widget does not show):
// nothing can ask for it, since keys are only ever written out as literals
// or templates (a key put together with + fails the build). It stays in
// data/i18n, in the languages fetched whole and in the standalone file.
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

let acorn = null;
function parse(source, what) {
  if (!acorn) {
    try {
      // Debian's node-acorn (scripts/setup.sh), found through NODE_PATH.
      acorn = createRequire(import.meta.url)('acorn');
    } catch {
      throw new Error('cannot load acorn: install Debian\'s node-acorn (scripts/setup.sh) and set NODE_PATH=/usr/share/nodejs');
    }
  }
  try {
    return acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch (e) {
    throw new Error(`${what}: cannot parse for message keys: ${e.message}`);
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first segments of the catalogue's keys: ui, attr, quiz, … */
export function namespacesOf(messages) {
  return new Set(Object.keys(messages).map((k) => k.split('.')[0]));
}

const LOOKUPS = new Set(['t', 'plural', 'rich', 'has']);

/**
 * The keys `source` names, as [{ line, text, matches(key), surely }]:
 * `surely` when the text can only be a key (t()'s first argument, or a
 * 'ui.' literal: the widget's own namespace), not, say, 'quiz.json'.
 * Throws on a key put together with + (the scan could not see its keys).
 */
export function keyReferences(source, namespaces, what = 'module') {
  const refs = [];
  const namespaced = (text) => /^[a-z][a-z0-9_:-]*\./.test(text) && namespaces.has(text.split('.')[0]);
  const visit = (node, lookup = false) => {
    if (!node || typeof node.type !== 'string') return;
    const line = node.loc?.start.line;
    if (node.type === 'Literal' && typeof node.value === 'string'
      && /^[a-z0-9_.:-]+$/.test(node.value) && namespaced(node.value)) {
      const text = node.value;
      if (text.endsWith('.')) {
        throw new Error(`${what}:${line}: '${text}' looks like the start of a message key built with +; `
          + 'write the key as a template literal (`…${id}`) so the build can see which keys it names');
      }
      const family = new RegExp(`^${escape(text)}\\.(${PLURAL.join('|')})$`);
      refs.push({
        line, text, surely: lookup || text.startsWith('ui.'), matches: (key) => key === text || family.test(key),
      });
    } else if (node.type === 'TemplateLiteral' && node.expressions.length && namespaced(node.quasis[0].value.cooked)) {
      const parts = node.quasis.map((q) => escape(q.value.cooked));
      const re = new RegExp(`^${parts.join('[^.]+')}(\\.(${PLURAL.join('|')}))?$`);
      const text = `\`${node.quasis.map((q) => q.value.cooked).join('${…}')}\``;
      refs.push({ line, text, surely: true, matches: (key) => re.test(key) });
    }
    const isLookup = node.type === 'CallExpression' && node.callee.type === 'MemberExpression'
      && LOOKUPS.has(node.callee.property.name);
    for (const [field, value] of Object.entries(node)) {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, isLookup && field === 'arguments' && i === 0));
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parse(source, what));
  return refs;
}

/**
 * Splits `messages` (the default language) along `plan` (build-web.mjs's
 * planModules: `initial` and `chunks`, each a list of { file, source }).
 * `scanned(file)` tells which modules are the widget's own code. Returns
 * { first, chunks: Map(chunk entry → messages), unnamed: [key no code
 * names] }, or throws when the code names a key the catalogue lacks.
 */
export function splitMessages(plan, messages, { root, scanned }) {
  const namespaces = namespacesOf(messages);
  const keys = Object.keys(messages);
  const refsOf = (modules) => modules.filter((m) => scanned(m.file)).flatMap((m) =>
    keyReferences(m.source, namespaces, relative(root, m.file)).map((r) => ({ ...r, file: relative(root, m.file) })));

  const firstRefs = refsOf(plan.initial);
  const chunkRefs = plan.chunks.map((c) => refsOf(c.modules));
  const missing = [firstRefs, ...chunkRefs].flat().filter((r) => r.surely && !keys.some((k) => r.matches(k)));
  if (missing.length) {
    throw new Error(`the code names message keys the default language lacks:\n${
      missing.map((r) => `  ${r.file}:${r.line}: ${r.text}`).join('\n')}`);
  }

  const named = (refs) => new Set(keys.filter((k) => refs.some((r) => r.matches(k))));
  const onFirst = named(firstRefs);
  const chunks = new Map();
  const moved = new Set();
  plan.chunks.forEach((c, i) => {
    // A key two views name but the first screen does not travels with both.
    const own = [...named(chunkRefs[i])].filter((k) => !onFirst.has(k));
    chunks.set(c.entry, Object.fromEntries(own.map((k) => [k, messages[k]])));
    own.forEach((k) => moved.add(k));
  });
  return {
    first: Object.fromEntries([...onFirst].map((k) => [k, messages[k]])),
    chunks,
    unnamed: keys.filter((k) => !onFirst.has(k) && !moved.has(k)),
  };
}

/**
 * The check on what ships: the joined, minified first-screen script
 * (`code`) names none of the keys that were moved into chunks, whether as a
 * literal, a template or a key of its messages object. Returns the
 * offending keys.
 */
export function movedKeysNamedIn(code, moved, namespaces) {
  const refs = keyReferences(code, namespaces, 'the first-screen script');
  return [...moved].filter((k) => refs.some((r) => r.matches(k)));
}
