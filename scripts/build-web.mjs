#!/usr/bin/env node
// Builds the widget into dist/, next to the engine that scripts/build.sh put
// there (dist/engine.mjs, dist/mf-engine.mjs, dist/mf-engine.wasm):
//
//   dist/messenger-fit.js  what the first screen (browse) needs: the widget,
//                        its minified CSS, the default language's messages
//                        and the engine's JS joined into one module (one
//                        request instead of a six-deep import waterfall) and
//                        minified (esbuild); it fetches mf-engine.wasm next
//                        to itself
//   dist/messenger-fit.<view>.<hash>.js  each view the first screen does not
//                        need (an import() in web/), with its own CSS
//                        (views/<view>-styles.js) and the default language's
//                        messages only it uses (scripts/message-split.mjs),
//                        fetched from the same folder the first time someone
//                        opens it
//   dist/*.html, *.css, *.svg  the demo and embed pages, copied from web/
//   dist/i18n/<lang>.json  every other language, fetched only when chosen
//   dist/standalone.html one self-contained file (script, styles, wasm bytes,
//                        every language, every view) for file:// with no
//                        network at all, under a <meta> CSP that allows its
//                        inline script by sha256 hash, never 'unsafe-inline'
//
// No bundler for joining: web/ is small, hand-written ES modules, and the tiny
// module joiner below understands exactly the import/export forms they (and
// the engine's facade and Emscripten glue) use, and fails loudly otherwise.
// esbuild's own --splitting was tried for the views: it moves every module
// the first screen shares with a lazy view into shared chunks that
// messenger-fit.js imports statically: more files and one more round trip
// before the first cards (evanw/esbuild#3780). The joiner instead keeps the
// first screen in one module and hands its modules to a chunk when it loads.
// web/ imports two modules it does not contain: ./locales.js (generated here
// from data/i18n) and ./engine.mjs (+ ./mf-engine.mjs, built by build.sh).
//
// Options, for tests that prove a language is data only (a pseudo right-to-
// left catalogue, tests/browser/rtl.test.mjs):
//   --i18n DIR   read the languages from DIR instead of data/i18n
//   --out DIR    build into DIR instead of dist/ (the engine files must be there)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import {
  basename, dirname, join, relative, resolve,
} from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { movedKeysNamedIn, namespacesOf, splitMessages } from './message-split.mjs';
import { SEED_DATE } from '../web/request.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const option = (name, otherwise) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : otherwise;
};
const dist = option('--out', join(root, 'dist'));
const i18nDir = option('--i18n', join(root, 'data', 'i18n'));
const DEFAULT_LANG = 'en';
const WASM = 'mf-engine.wasm';

// The policy the standalone file runs under: issue 4's, with hashes in place
// of 'self' (a file:// page has no origin to be 'self').
const standalonePolicy = (scriptHash, styleHash) => [
  "default-src 'none'",
  `script-src '${scriptHash}' 'wasm-unsafe-eval'`,
  `style-src '${styleHash}'`,
  "img-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

function fail(message) {
  console.error(`build-web: ${message}`);
  process.exit(1);
}

// ---- languages ------------------------------------------------------------

function readLocales() {
  const langs = readdirSync(i18nDir).filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, '')).sort((a, b) => (a === DEFAULT_LANG ? -1 : b === DEFAULT_LANG ? 1 : a.localeCompare(b)));
  if (!langs.includes(DEFAULT_LANG)) fail(`${relative(root, i18nDir)}/${DEFAULT_LANG}.json is missing`);
  const messages = {};
  for (const lang of langs) {
    const dict = JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), 'utf8'));
    for (const [k, v] of Object.entries(dict)) {
      if (typeof v !== 'string') fail(`${relative(root, i18nDir)}/${lang}.json: ${k} is not a string`);
    }
    messages[lang] = dict;
  }
  // Made once: both locales modules start with it, and it runs Intl over every language.
  return { langs, messages, prelude: localesPrelude(langs) };
}

// JSON is a JS expression; escaping '<' keeps "</script>" inside catalogue
// text from ending an inline script in the standalone file.
const jsLiteral = (value) => JSON.stringify(value).replace(/</g, '\\u003c')
  .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const GENERATED = '// Generated by scripts/build-web.mjs from data/i18n/*.json. Do not edit.\n';

/**
 * Each language named in itself, for the language picker. Made here, with
 * Node's ICU, because the first Intl.DisplayNames in a fresh page costs about
 * 30 ms on the way to the first cards (issue 5). The picker still asks the
 * browser for a language missing here.
 */
function autonyms(langs) {
  const names = {};
  for (const lang of langs) {
    try {
      const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
      if (name && name !== lang) names[lang] = name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
    } catch { /* left to the browser */ }
  }
  return names;
}

/**
 * What the first screen formats, per language, made here with Node's ICU for
 * the same reason as the autonyms: the first NumberFormat or DateTimeFormat
 * in a fresh page costs 15–30 ms (it loads the locale's data), and the first
 * screen needs only the seed date (settings) and small counts (status,
 * cards). With these the widget makes its formatters after the first cards.
 * tests/browser/i18n.test.mjs checks them against the browser's own Intl.
 */
function firstFormats(langs) {
  const out = {};
  for (const lang of langs) {
    try {
      const numbers = new Intl.NumberFormat(lang);
      const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
      out[lang] = {
        // Counts 0–999 need no grouping; in a language with Latin digits they are String(n).
        latinCounts: Array.from({ length: 1000 }, (_, n) => n).every((n) => numbers.format(n) === String(n)),
        dates: { [SEED_DATE]: dates.format(new Date(`${SEED_DATE}T00:00:00Z`)) },
      };
    } catch { /* left to the browser */ }
  }
  return out;
}

// What both locales modules (served and standalone) export besides messages.
const localesPrelude = (langs) => `${GENERATED}
export const DEFAULT_LANG = ${jsLiteral(DEFAULT_LANG)};
export const LANGS = ${jsLiteral(langs)};
export const LANG_NAMES = ${jsLiteral(autonyms(langs))};
export const FIRST_FORMATS = ${jsLiteral(firstFormats(langs))};`;

/**
 * `first`: the default language's messages the first screen's code may ask
 * for; the rest arrive with the chunks of the views that use them.
 */
function localesModule({ prelude }, first) {
  return `${prelude}
const DEFAULT_MESSAGES = ${jsLiteral(first)};

// A view's chunk brings the default language's messages only it uses and
// adds them here before its code runs. Every Messages object holds this very
// object (as its own messages or as the fallback), so they see them at once.
export function addDefaultMessages(more) {
  Object.assign(DEFAULT_MESSAGES, more);
}

// Other languages are fetched from the widget's own folder, only when chosen.
export async function loadLocale(lang) {
  if (lang === DEFAULT_LANG) return DEFAULT_MESSAGES;
  if (!LANGS.includes(lang)) throw new Error(\`no messages for \${lang}\`);
  const res = await fetch(new URL(\`./i18n/\${lang}.json\`, import.meta.url), { credentials: 'omit' });
  if (!res.ok) throw new Error(\`messages for \${lang}: HTTP \${res.status}\`);
  return res.json();
}
`;
}

function standaloneLocalesModule({ prelude, messages }) {
  return `${prelude}
const ALL = ${jsLiteral(messages)};

// The standalone file carries every language: it cannot fetch anything.
export async function loadLocale(lang) {
  if (!Object.hasOwn(ALL, lang)) throw new Error(\`no messages for \${lang}\`);
  return ALL[lang];
}
`;
}

function standaloneEngineOptions(wasmBytes) {
  return `// Generated by scripts/build-web.mjs: the engine's wasm, inlined.
const WASM_BASE64 = ${jsLiteral(wasmBytes.toString('base64'))};

export function engineOptions() {
  const text = atob(WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return { wasmBinary: bytes };
}
`;
}

// ---- the module joiner ------------------------------------------------------

const IMPORT = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*|\*\s+as\s+([\w$]+)\s*)?(?:from\s+)?(['"])(\.{1,2}\/[^'"]+)\4\s*;?[ \t]*$/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;
const EXPORT_DECL = /^export\s+(?=(?:async\s+)?function\b|class\b|const\b|let\b|var\b)/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\}\s*;?[ \t]*$/gm;
const EXPORT_DEFAULT = /(^|[;}\s])export\s+default\s+/g;

const staticDeps = ({ file, source }) => [...source.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[5]));
const dynamicDeps = ({ file, source }) => [...source.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[2]));
// Every module some of `modules` import, statically or on demand, once each.
const depsOf = (modules) => [...new Set(modules.flatMap((m) => [...staticDeps(m), ...dynamicDeps(m)]))];

/**
 * `roots` and every module they import statically, dependencies first,
 * leaving out `known` modules. `overrides` maps a module's path to
 * replacement source.
 */
function staticClosure(roots, overrides, known = new Set()) {
  const order = [];
  const done = new Set(known);
  const visit = (file, trail) => {
    if (done.has(file)) return;
    if (trail.includes(file)) fail(`import cycle: ${[...trail, file].map((f) => relative(root, f)).join(' → ')}`);
    const mod = { file, source: overrides.get(file) ?? readFileSync(file, 'utf8') };
    for (const dep of staticDeps(mod)) visit(dep, [...trail, file]);
    done.add(file);
    order.push(mod);
  };
  for (const r of roots) visit(r, []);
  return order;
}

/**
 * Which modules go where. Split: `initial` holds what the entry imports
 * statically; each import('./x.js') of a module outside it becomes a chunk
 * of x.js and whatever x.js needs that `initial` does not have. Not split:
 * everything is `initial`, an import() included.
 */
function planModules(entry, overrides, { split }) {
  const initial = staticClosure([entry], overrides);
  const has = new Set(initial.map((m) => m.file));
  const chunks = [];
  const owner = new Map();
  // `initial` grows while it is read when nothing is split.
  for (let i = 0; i < initial.length; i++) {
    for (const target of dynamicDeps(initial[i])) {
      if (has.has(target) || chunks.some((c) => c.entry === target)) continue;
      const modules = staticClosure([target], overrides, has);
      if (!split) {
        initial.push(...modules);
        for (const m of modules) has.add(m.file);
        continue;
      }
      for (const m of modules) {
        // Two chunks with their own copy of a module would give it two states.
        if (owner.has(m.file)) {
          fail(`${relative(root, m.file)} is needed by two lazily loaded modules (${relative(root, owner.get(m.file))}, ${relative(root, target)}); import it from one of them only, or from the first screen's code`);
        }
        owner.set(m.file, target);
      }
      chunks.push({ entry: target, modules });
    }
  }
  for (const c of chunks) {
    for (const m of c.modules) {
      if (dynamicDeps(m).some((d) => !has.has(d))) fail(`${relative(root, m.file)}: import() of a module that is not on the first screen, inside a lazily loaded module: not supported`);
    }
  }
  const ids = new Map([...initial, ...chunks.flatMap((c) => c.modules)].map((m, i) => [m.file, `__mf${i}`]));
  return { entry, initial, chunks, ids };
}

/**
 * One module as a function scope that returns its exports. `load(file)` is
 * the expression an import('./…') of `file` becomes.
 */
function joinModule({ file, source }, ids, load) {
  const exported = [];
  let body = source.replace(IMPORT, (whole, def, named, ns, q, spec) => {
    const dep = ids.get(resolve(dirname(file), spec));
    const lines = [];
    if (def) lines.push(`const ${def} = ${dep}.default;`);
    if (ns) lines.push(`const ${ns} = ${dep};`);
    if (named && named.trim()) {
      const bindings = named.split(',').map((s) => s.trim()).filter(Boolean)
        .map((s) => s.replace(/\s+as\s+/, ': '));
      lines.push(`const { ${bindings.join(', ')} } = ${dep};`);
    }
    return lines.join(' ');
  });
  body = body.replace(DYNAMIC_IMPORT, (whole, q, spec) => load(resolve(dirname(file), spec)));
  body = body.replace(EXPORT_LIST, (whole, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as = local] = item.split(/\s+as\s+/);
      exported.push([as, local]);
    }
    return '';
  });
  body = body.replace(EXPORT_DECL, (whole, offset) => {
    const name = /^(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/.exec(body.slice(offset + whole.length));
    if (!name) fail(`${relative(root, file)}: unsupported export at ${offset}`);
    exported.push([name[1], name[1]]);
    return '';
  });
  body = body.replace(EXPORT_DEFAULT, (whole, before) => {
    exported.push(['default', '__default']);
    return `${before}const __default = `;
  });
  if (/^\s*(import\s*[{*\w'"]|export\s)/m.test(body)) fail(`${relative(root, file)}: an import/export form the joiner does not know`);
  const names = exported.map(([as, local]) => (as === local ? as : `${jsLiteral(as)}: ${local}`));
  return {
    exported,
    code: `// ---- ${relative(root, file)}\nconst ${ids.get(file)} = (() => {\n${body}\nreturn { ${names.join(', ')} };\n})();\n`,
  };
}

// A chunk names the first-screen modules it uses by path, not by their
// __mfN, which changes whenever a module is added.
const sharedKey = (plan, file) => jsLiteral(relative(dirname(plan.entry), file));

/**
 * A chunk: a module whose default export builds its modules around the
 * first-screen modules it is handed (see joinMain), so both share one
 * instance of every module however the page loaded the widget.
 */
function joinChunk(plan, chunk) {
  const inChunk = new Set(chunk.modules.map((m) => m.file));
  const used = depsOf(chunk.modules).filter((f) => !inChunk.has(f));
  const parts = chunk.modules.map((m) => joinModule(m, plan.ids, (f) => `Promise.resolve(${plan.ids.get(f)})`).code);
  return [
    'export default function (__mfShared) {',
    ...used.map((f) => `const ${plan.ids.get(f)} = __mfShared[${sharedKey(plan, f)}];`),
    ...parts,
    `return ${plan.ids.get(chunk.entry)};`,
    '}',
  ].join('\n');
}

/**
 * The entry and everything on the first screen as one module, each module a
 * function scope, in dependency order. `chunkFiles` maps a chunk's entry
 * module to the file it was written to, next to this one.
 */
function joinMain(plan, chunkFiles = new Map()) {
  const inMain = new Set(plan.initial.map((m) => m.file));
  const load = (f) => (inMain.has(f) ? `Promise.resolve(${plan.ids.get(f)})`
    : `__mfLoad(${jsLiteral(chunkFiles.get(f) ?? fail(`no chunk file for ${relative(root, f)}`))})`);
  let entryExports = [];
  const parts = plan.initial.map((m) => {
    const { code, exported } = joinModule(m, plan.ids, load);
    if (m.file === plan.entry) entryExports = exported;
    return code;
  });
  // The entry's exports stay exports of the joined module.
  const reexports = entryExports.map(([as]) => (as === 'default'
    ? `export default ${plan.ids.get(plan.entry)}.default;`
    : `export const ${as} = ${plan.ids.get(plan.entry)}.${as};`));
  if (!plan.chunks.length) return [...parts, ...reexports].join('\n');

  const shared = depsOf(plan.chunks.flatMap((c) => c.modules)).filter((f) => inMain.has(f));
  const loader = `const __mfShared = {};
const __mfChunks = new Map();
// A chunk is fetched from this module's own folder (import.meta.url, so the
// embed works from any page), once; a failed fetch is forgotten so that
// opening the view again tries again.
function __mfLoad(file) {
  let chunk = __mfChunks.get(file);
  if (!chunk) {
    chunk = import(new URL(file, import.meta.url).href).then((m) => m.default(__mfShared));
    chunk.catch(() => __mfChunks.delete(file));
    __mfChunks.set(file, chunk);
  }
  return chunk;
}
`;
  // Filled after every module has run; a chunk is only ever loaded later.
  const handOver = `Object.assign(__mfShared, { ${shared.map((f) => `${sharedKey(plan, f)}: ${plan.ids.get(f)}`).join(', ')} });`;
  return [loader, ...parts, handOver, ...reexports].join('\n');
}

/** Runs Debian's esbuild (scripts/setup.sh installs it) on `input`. */
function esbuild(args, input, what) {
  const bin = process.env.ESBUILD ?? 'esbuild';
  const r = spawnSync(bin, [...args, '--charset=utf8', '--log-level=warning'],
    { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) fail(`${what}: cannot run ${bin} (${r.error.message}); install Debian's esbuild package (scripts/setup.sh)`);
  if (r.status !== 0) fail(`${what}: esbuild failed:\n${r.stderr}`);
  return r.stdout;
}

/**
 * Minifies with esbuild: −11 KB gzip of the embed (issue 5). Whitespace,
 * comments and local names only; strings (the error messages among them)
 * stay as written, and nothing is turned into eval, so the strict CSP still
 * holds. The widget runs in browsers only: with `process` undefined,
 * engine.mjs's Node branch (reading the wasm from disk) goes (dist/engine.mjs,
 * the facade for Node, keeps it).
 */
const minify = (code, what) => esbuild(['--minify', '--format=esm', '--loader=js', '--legal-comments=none',
  '--define:process=undefined'], code, what);

// The modules that hold CSS: web/styles.js (the first screen's) and each
// lazy view's web/views/<view>-styles.js.
const styleModules = () => [join(web, 'styles.js'), ...readdirSync(join(web, 'views'))
  .filter((f) => f.endsWith('-styles.js')).sort().map((f) => join(web, 'views', f))];

/**
 * A styles module with its CSS minified by esbuild (about −1 KB gzip, issue
 * 5): the source keeps its comments and layout, the build ships the CSS
 * esbuild's minifier would. Fails when the module no longer holds its CSS
 * in one plain template literal, rather than shipping it unminified.
 */
function minifiedStyles(file) {
  const what = relative(root, file);
  const source = readFileSync(file, 'utf8');
  const literals = [...source.matchAll(/^const CSS = `([^`]*)`;$/gm)];
  if (literals.length !== 1 || literals[0][1].includes('${')) {
    fail(`${what}: expected one const CSS = \`…\`; without \${…}, for the CSS minifier`);
  }
  // The string the module holds: a template literal's escapes ("\\2013") read as JS reads them.
  const css = runInNewContext(`\`${literals[0][1]}\``);
  const minified = esbuild(['--loader=css', '--minify'], css, `the CSS in ${what}`).trim();
  return source.replace(literals[0][0], () => `const CSS = ${jsLiteral(minified)};`);
}

/** Fails the build, not the page, when the joiner produced broken JS. */
function checkSyntax(code, what) {
  const check = join(dist, '.check.mjs');
  writeFileSync(check, code);
  const r = spawnSync(process.execPath, ['--check', check], { encoding: 'utf8' });
  rmSync(check);
  if (r.status !== 0) fail(`${what} does not parse:\n${r.stderr}`);
}

/**
 * The default language split along `plan` (scripts/message-split.mjs): the
 * locales module gets the first screen's messages, and each chunk a first
 * module of its own that adds the messages only its view uses, so they are
 * there before the view's code runs. Fails the build when the code names a
 * key the default language lacks.
 */
function splitDefaultMessages(plan, locales, localesFile) {
  const all = locales.messages[DEFAULT_LANG];
  let split;
  try {
    split = splitMessages(plan, all, { root, scanned: (f) => f.endsWith('.js') && f !== localesFile });
  } catch (e) {
    fail(e.message);
  }
  plan.initial.find((m) => m.file === localesFile).source = localesModule(locales, split.first);
  const moved = new Set();
  for (const chunk of plan.chunks) {
    const own = split.chunks.get(chunk.entry);
    if (!Object.keys(own).length) continue;
    Object.keys(own).forEach((k) => moved.add(k));
    // A module that exists only in the chunk, next to the locales module it imports.
    const file = join(web, `${basename(chunk.entry, '.js')}.messages.js`);
    if (existsSync(file) || plan.ids.has(file)) fail(`${relative(root, file)}: the name is taken; the build makes this module`);
    const source = `import { addDefaultMessages } from './${basename(localesFile)}';\naddDefaultMessages(${jsLiteral(own)});\n`;
    chunk.modules.unshift({ file, source });
    plan.ids.set(file, `__mf${plan.ids.size}`);
  }
  return { moved, unnamed: split.unnamed, namespaces: namespacesOf(all) };
}

// ---- pages --------------------------------------------------------------------

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function standaloneHtml(script, locales) {
  const style = `
html { color-scheme: light dark; }
body { margin: 0; background: Canvas; color: CanvasText; font-family: system-ui, sans-serif; }
main { max-width: 76rem; margin: 0 auto; padding: 1rem 0 2rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 1.25rem 0; }
`;
  const en = locales.messages[DEFAULT_LANG];
  const title = en['ui.page.title'] ?? 'messenger-fit';
  const csp = standalonePolicy(sha256(script), sha256(style));
  return `<!doctype html>
<html lang="${DEFAULT_LANG}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<messenger-fit></messenger-fit>
</main>
<script type="module">${script}</script>
</body>
</html>
`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

// ---- main -----------------------------------------------------------------------

function main() {
  const built = (f) => join(dist, f);
  for (const f of ['engine.mjs', 'flat-result.mjs', 'mf-engine.mjs', WASM]) {
    if (!existsSync(built(f))) fail(`dist/${f} must be built first (scripts/build.sh)`);
  }
  const locales = readLocales();
  const entry = join(web, 'messenger-fit.js');
  const name = basename(entry, '.js');
  const common = [
    [join(web, 'engine.mjs'), readFileSync(built('engine.mjs'), 'utf8')],
    [join(web, 'flat-result.mjs'), readFileSync(built('flat-result.mjs'), 'utf8')],
    [join(web, 'mf-engine.mjs'), readFileSync(built('mf-engine.mjs'), 'utf8')],
    ...styleModules().map((f) => [f, minifiedStyles(f)]),
  ];

  // The pages and their styles; the JS goes into the joined module.
  cpSync(web, dist, {
    recursive: true,
    filter: (src) => !/\.(js|md)$/.test(src) && !src.startsWith(join(web, 'views')),
  });
  rmSync(join(dist, 'i18n'), { recursive: true, force: true });
  mkdirSync(join(dist, 'i18n'));
  for (const lang of locales.langs.filter((l) => l !== DEFAULT_LANG)) {
    writeFileSync(join(dist, 'i18n', `${lang}.json`), JSON.stringify(locales.messages[lang]));
  }

  // The widget: what the first screen needs in one module, and each view it
  // does not need in a chunk of its own, named after its content so that a
  // cached chunk can never meet a newer messenger-fit.js.
  const header = '// Built by scripts/build-web.mjs from web/*.js, data/i18n and the engine. Edit those, not this.\n';
  // Chunks of an earlier build would otherwise pile up in the folder to copy.
  const chunkName = new RegExp(`^${name}\\.[\\w-]+\\.[0-9a-f]{8}\\.js$`);
  for (const f of readdirSync(dist).filter((f) => chunkName.test(f))) rmSync(built(f));
  const localesFile = join(web, 'locales.js');
  // The locales module's text waits for the split, which reads the plan.
  const plan = planModules(entry, new Map([...common, [localesFile, '']]), { split: true });
  const messages = splitDefaultMessages(plan, locales, localesFile);
  const chunkFiles = new Map();
  for (const chunk of plan.chunks) {
    const view = basename(chunk.entry, '.js');
    if ([...chunkFiles.keys()].some((f) => basename(f, '.js') === view)) fail(`two lazily loaded modules are named ${view}.js`);
    const what = `the chunk of ${relative(root, chunk.entry)}`;
    const code = header + minify(joinChunk(plan, chunk), what);
    checkSyntax(code, what);
    const file = `${name}.${view}.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
    if (!chunkName.test(file)) fail(`${relative(root, chunk.entry)}: a chunk needs a file name of letters, digits, _ and -`);
    chunkFiles.set(chunk.entry, file);
    writeFileSync(built(file), code);
  }
  const widget = header + minify(joinMain(plan, chunkFiles), `dist/${name}.js`);
  checkSyntax(widget, `dist/${name}.js`);
  // What ships, checked apart from the scan that made the split: a moved
  // message named by the first screen would show as its bare key there.
  const strays = movedKeysNamedIn(widget, messages.moved, messages.namespaces);
  if (strays.length) fail(`dist/${name}.js names messages that were moved into a view's chunk: ${strays.join(', ')}`);
  writeFileSync(built(`${name}.js`), widget);

  // The standalone file cannot fetch chunks: everything in one script.
  // Inside an inline <script>, "</script" would end it and "<!--" changes how
  // it is parsed. Both only occur in comments and strings here, where "<\/"
  // and "<\!" mean the same.
  const script = minify(joinMain(planModules(entry, new Map([
    ...common,
    [localesFile, standaloneLocalesModule(locales)],
    [join(web, 'engine-options.js'), standaloneEngineOptions(readFileSync(built(WASM)))],
  ]), { split: false })), 'the standalone script').replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  checkSyntax(script, 'the standalone script');
  writeFileSync(built('standalone.html'), standaloneHtml(script, locales));

  const kib = (f) => `${f} ${Math.round(Buffer.byteLength(readFileSync(built(f))) / 1024)} KiB`;
  console.log(`build-web: ${relative(root, dist) || '.'}/ (${[`${name}.js`, ...chunkFiles.values()].map(kib).join(', ')}, `
    + `languages ${locales.langs.join(', ')}, ${kib('standalone.html')}; `
    + `${DEFAULT_LANG} messages: ${messages.moved.size} moved into views' chunks, `
    + `${messages.unnamed.length} named by no code left out)`);
}

main();
