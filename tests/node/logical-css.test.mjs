// The widget's layout uses logical CSS properties only, so a right-to-left
// language mirrors it by data alone (tests/browser/rtl.test.mjs shows it
// does). A physical left/right would silently stay put in Arabic or Hebrew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// web/styles.js and each lazy view's web/views/<view>-styles.js.
const web = fileURLToPath(new URL('../../web/', import.meta.url));
const files = ['styles.js', ...readdirSync(`${web}views`).filter((f) => f.endsWith('-styles.js')).map((f) => `views/${f}`)];
const cssOf = (file) => {
  const source = readFileSync(web + file, 'utf8');
  return source.slice(source.indexOf('const CSS = `'), source.lastIndexOf('`;')).replace(/\/\*[\s\S]*?\*\//g, '');
};

const PHYSICAL = [
  /\b(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[\s;{])(?:left|right|top|bottom|width|height|min-width|max-width|min-height|max-height)\s*:/,
  /\b(?:text-align|float|clear|caption-side)\s*:\s*(?:left|right)\b/,
  /\bresize\s*:\s*(?:horizontal|vertical)\b/,
];

test('the styles use no physical box properties', () => {
  assert.ok(files.length >= 4, `the scan sees the views' styles too: ${files}`);
  const found = [];
  for (const file of files) {
    const css = cssOf(file);
    assert.ok(css.length > 500, `${file}: its CSS is found`);
    css.split('\n').forEach((line, i) => {
      // Media and container queries measure the viewport, which has no writing direction.
      if (/^\s*@(?:media|container)\b/.test(line)) return;
      for (const re of PHYSICAL) if (re.test(line)) found.push(`${file}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test('the scan would catch a physical property', () => {
  const hits = ['.a { margin-left: 1em; }', '.b { text-align: right; }', '.c { left: 0; }',
    '.d { border-top-left-radius: 2px; }', '.e { width: 3em; }']
    .filter((line) => PHYSICAL.some((re) => re.test(line)));
  assert.equal(hits.length, 5);
  assert.ok(!PHYSICAL.some((re) => re.test('.f { margin-inline-start: 1em; inset-inline-start: 0; }')));
});
