#!/usr/bin/env node
// Joins the benchmark's parts into one JSON object and a readable table,
// each figure next to its target, with a plain verdict.
//
//   node tests/bench/report.mjs MACHINE.json [BROWSER.json] [ENGINE.json] [--json]
import { readFileSync, existsSync } from 'node:fs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const [machineFile, browserFile, engineFile] = args.filter((a) => !a.startsWith('--'));
const load = (f) => (f && existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const machine = load(machineFile);
const browser = load(browserFile);
const engine = load(engineFile);

const KB = 1000; // targets are read as decimal kilobytes (the stricter reading)
const targets = [];
const target = (group, what, value, limit, unit, note = '') => {
  const ok = value !== null && value !== undefined && Number.isFinite(value) ? value <= limit : null;
  targets.push({ group, what, value, limit, unit, verdict: ok === null ? 'not measured' : ok ? 'met' : 'MISSED', note });
};

if (browser?.weight) {
  const w = browser.weight;
  target('weight', 'embed for the first cards, all-in, gzip', w.initial_total.gzip / KB, 100, 'KB');
  target('weight', 'embed with every view opened, gzip', w.every_view_total.gzip / KB, 115, 'KB');
}
if (browser?.cold_start) {
  const c = browser.cold_start;
  target('cold start', 'first cards, widget / static page, unthrottled', c.unthrottled.ratio_median, 1.5, '×',
    `${c.unthrottled.widget_first_cards_ms.median?.toFixed(0)} vs ${c.unthrottled.static_first_cards_ms.median?.toFixed(0)} ms`);
}
if (browser?.interaction) {
  const p = browser.interaction.cpu4x;
  const floor = browser.interaction.floor_cpu4x?.['filter-toggle']?.dom_updated_ms.p95;
  for (const label of ['filter-toggle', 'quiz-answer']) {
    if (!p?.[label]) continue;
    target('interaction', `${label}, p95 input → DOM updated, 4× CPU`, p[label].dom_updated_ms.p95, 16, 'ms',
      `the static page's own checkbox click: ${floor === undefined ? '—' : floor.toFixed(1)} ms`);
  }
}
if (engine) {
  const top = `top${engine.top}`;
  for (const [n, limit] of [['200', 1000], ['1000', 5000]]) {
    target('engine', `recommend() through engine.mjs, ${n} messengers, ${top}, median`,
      engine.sizes[n]?.modes?.[top]?.facade_us?.median ?? null, limit, 'µs');
  }
}

const result = { machine, targets, weight: browser?.weight ?? null, cold_start: browser?.cold_start ?? null,
  interaction: browser?.interaction ?? null, static_page: browser?.static_page ?? null, engine };

if (asJson) {
  console.log(JSON.stringify(result));
  process.exit(0);
}

// ---- the table -----------------------------------------------------------------------
const f = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const kb = (b) => f(b / KB, 1);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const lines = [];
const h = (t) => lines.push('', t, '-'.repeat(t.length));

if (machine) {
  h('Machine');
  lines.push(`${machine.cpu} · ${machine.nproc} cores · ${machine.mem_gb} GB RAM · node ${machine.node} · `
    + `Chromium ${browser?.chromium ?? machine.chromium} · emcc ${machine.emcc} · commit ${machine.commit}`);
  lines.push(`load average at start ${machine.loadavg_start}, at end ${machine.loadavg_end ?? '—'} `
    + '(other processes compete for the CPUs when this is above ~1)');
}

if (browser?.weight) {
  const w = browser.weight;
  const row = (label, x) => lines.push(`${pad(label, 44)}${lpad(kb(x.raw), 9)}${lpad(kb(x.gzip), 9)}${lpad(kb(x.brotli), 11)}`);
  h(`1. Weight: what ${w.page} loads for the widget (host page's own files excluded)`);
  lines.push(`${pad('file', 44)}${lpad('raw KB', 9)}${lpad('gzip KB', 9)}${lpad('brotli KB', 11)}`);
  for (const x of w.initial_files) row(x.file, x);
  row(`INITIAL: first cards (${w.initial_files.length} files)`, w.initial_total);
  for (const v of w.on_demand) {
    if (!v.files.length) lines.push(`${pad(`+ ${v.view}: nothing fetched`, 44)}`);
    for (const x of v.files) row(`+ ${v.view}: ${x.file}`, x);
  }
  row('TOTAL: every view opened', w.every_view_total);
  for (const x of w.unrequested) row(`(never requested) ${x.file}`, x);
  for (const x of w.languages) row(`(language, when chosen) ${x.file}`, x);
  row('standalone.html', w.standalone);
  lines.push('(KB = 1000 bytes; gzip -9, brotli -q 11; "+ view": fetched the first time that view is opened;');
  lines.push(' the widget\'s CSS is inside its JS, its data inside the wasm)');
}

if (browser?.cold_start) {
  const c = browser.cold_start;
  h(`2. Cold start: navigation start → first cards painted (${browser.runs} runs each, fresh context per run)`);
  lines.push(`${pad('profile', 22)}${lpad('widget median', 14)}${lpad('p95', 8)}${lpad('min', 8)}${lpad('static median', 15)}${lpad('ratio', 7)}`);
  for (const [name, p] of Object.entries(c).filter(([k]) => k !== 'profiles')) {
    lines.push(`${pad(name, 22)}${lpad(f(p.widget_first_cards_ms.median, 0), 14)}${lpad(f(p.widget_first_cards_ms.p95, 0), 8)}`
      + `${lpad(f(p.widget_first_cards_ms.min, 0), 8)}${lpad(f(p.static_first_cards_ms.median, 0), 15)}${lpad(f(p.ratio_median, 2), 7)}`);
  }
  lines.push('(ms; widget: its mf-first-cards mark; static: the same page frozen with no script, its first contentful paint)');
}

if (browser?.interaction) {
  h('3. Interaction: click → DOM updated / next frame, and Event Timing (ms)');
  lines.push(`${pad('interaction', 40)}${lpad('n', 4)}${lpad('DOM med', 9)}${lpad('DOM p95', 9)}${lpad('laid med', 10)}${lpad('laid p95', 10)}${lpad('frame p95', 11)}${lpad('ET p95', 8)}${lpad('ET >16', 8)}`);
  for (const profile of ['unthrottled', 'cpu4x', 'floor_unthrottled', 'floor_cpu4x']) {
    const p = browser.interaction[profile];
    if (!p) continue;
    const [kind, ...rest] = profile.split('_');
    const tag = kind === 'floor' ? `${rest.join('_')}, static page` : profile;
    for (const [label, x] of Object.entries(p).filter(([k]) => k !== 'errors')) {
      lines.push(`${pad(`${label} (${tag})`, 40)}${lpad(x.count, 4)}${lpad(f(x.dom_updated_ms.median), 9)}${lpad(f(x.dom_updated_ms.p95), 9)}`
        + `${lpad(f(x.laid_out_ms?.median), 10)}${lpad(f(x.laid_out_ms?.p95), 10)}`
        + `${lpad(f(x.next_frame_ms.p95), 11)}${lpad(f(x.event_timing.p95_ms, 0), 8)}${lpad(`${x.event_timing.over_16ms}/${x.count}`, 8)}`);
    }
  }
  lines.push('(DOM: the click\'s timestamp to the end of the widget\'s handler; laid: then style and layout forced;');
  lines.push(' static page: the same filter checkboxes clicked in the no-script copy, where the browser only repaints the tick;');
  lines.push(' quiz-step: Next to another question; quiz-result: the last Next, to the result and its cards, and Restart)');
}

if (engine) {
  h(`4. Engine: µs per recommend() call, median of ${engine.samples} samples (p95 in brackets); ${engine.requests} seeded requests`);
  lines.push(`${pad('n / mode', 16)}${lpad('engine.mjs', 18)}${lpad('module call', 18)}${lpad('answer KB', 11)}${lpad('load ms', 9)}`);
  const cell = (s) => (s ? `${f(s.median, 0)} (${f(s.p95, 0)})` : '—');
  for (const [n, e] of Object.entries(engine.sizes)) {
    for (const [mode, m] of Object.entries(e.modes)) {
      lines.push(`${pad(`${n} ${mode}`, 16)}${lpad(cell(m.facade_us), 18)}${lpad(cell(m.module_us), 18)}`
        + `${lpad(kb(m.answer_bytes), 11)}${lpad(f(e.load_ms, 0), 9)}`);
    }
  }
  lines.push(`(top${engine.top}: request limit ${engine.top}, every messenger ranked, the best ${engine.top} explained; full: every messenger explained.`);
  lines.push(' engine.mjs: object in, frozen object out; module call: request text in, answer text out)');
  const bad = Object.entries(engine.sizes).filter(([, e]) => e.failures.length).map(([n, e]) => `n=${n}: ${e.failures.length}`);
  lines.push(bad.length ? `CHECKS FAILED: ${bad.join('; ')}` : 'checks: engine.mjs answers what the module answers, for every request');
}

h('Targets');
for (const t of targets) {
  lines.push(`${pad(t.verdict, 13)}${pad(`${t.group}: ${t.what}`, 66)}${lpad(f(t.value, t.unit === '×' ? 2 : 1), 9)} ${t.unit} (target ≤ ${t.limit} ${t.unit})${t.note ? `  ${t.note}` : ''}`);
}
console.log(lines.join('\n'));
