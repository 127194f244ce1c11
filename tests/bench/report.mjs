#!/usr/bin/env node
// Joins the benchmark's parts into one JSON object and a readable table,
// each figure next to its target from issue 5, with a plain verdict.
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
  target('weight', 'embed for the first cards, all-in, gzip (next step)', w.initial_total.gzip / KB, 64, 'KB');
  target('weight', 'embed with every view opened, gzip', w.every_view_total.gzip / KB, 100, 'KB');
}
if (browser?.cold_start) {
  const c = browser.cold_start;
  target('cold start', 'first cards, median, unthrottled', c.unthrottled.widget_first_cards_ms.median, 150, 'ms');
  target('cold start', 'widget / static page, unthrottled', c.unthrottled.ratio_median, 1.5, '×');
  target('cold start', 'first cards, median, 4× CPU + Slow 4G', c.cpu4x_slow4g.widget_first_cards_ms.median, 1200, 'ms');
}
if (browser?.interaction) {
  for (const profile of ['unthrottled', 'cpu4x']) {
    const p = browser.interaction[profile];
    // The static page's own click (no script): what the browser takes here anyway.
    const floor = browser.interaction[`floor_${profile}`]?.['filter-toggle'];
    const own = (x) => `the static page's own checkbox click: ${x === undefined ? '—' : x.toFixed(1)} ms`;
    for (const label of ['filter-toggle', 'quiz-answer', 'quiz-step', 'quiz-result']) {
      if (!p?.[label]) continue;
      target('interaction', `${label}, p95 input → DOM updated, ${profile}`, p[label].dom_updated_ms.p95, 16, 'ms',
        own(floor?.dom_updated_ms.p95));
      target('interaction', `${label}, p95 Event Timing duration, ${profile}`, p[label].event_timing.p95_ms, 16, 'ms',
        `${own(floor?.event_timing.p95_ms)}; Event Timing reports only >= 16 ms; unreported interactions count as 0`);
    }
  }
}
if (engine) {
  const s100k = engine.sizes['100000'];
  const top = `top${engine.top}`;
  target('engine', 'wasm recommend(), 100 000 messengers', s100k?.modes?.[top]?.wasm_us?.median ?? null, 10000, 'µs',
    s100k?.wasm_error ?? 'warm: a date asked about before (verdicts memoised)');
  target('engine', 'wasm recommend(), 100 000 messengers, first call in a new epoch',
    s100k?.modes?.[top]?.wasm_cold_us?.median ?? null, 10000, 'µs', s100k?.wasm_error ?? '');
  for (const [n, e] of Object.entries(engine.sizes)) {
    const m = e.modes[top];
    if (Number(n) >= 1000) {
      target('engine', `wasm / JS reference, n=${n}`, m.wasm_us && m.js_us ? m.wasm_us.median / m.js_us.median : null, 1, '×',
        e.wasm_error ?? '');
    }
    target('engine', `wasm / native (same Api call), n=${n}`,
      m.wasm_raw_us ? m.wasm_raw_us.median / m.native_api_us.median : null, 2, '×', e.wasm_error ?? '');
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
  for (const [name, p] of Object.entries(c).filter(([k, v]) => k !== 'profiles' && v.alt_first_cards_ms)) {
    lines.push(`${pad(`${name}, compare site`, 22)}${lpad(f(p.alt_first_cards_ms.median, 0), 14)}${lpad(f(p.alt_first_cards_ms.p95, 0), 8)}`
      + `${lpad(f(p.alt_first_cards_ms.min, 0), 8)}   (${browser.compare_site}, interleaved run by run)`);
  }
  lines.push('(ms; widget: its mf-first-cards mark; static: the same page frozen with no script, its first contentful paint)');
}

if (browser?.interaction) {
  h('3. Interaction: click → DOM updated / next frame, and Event Timing (ms)');
  lines.push(`${pad('interaction', 40)}${lpad('n', 4)}${lpad('DOM med', 9)}${lpad('DOM p95', 9)}${lpad('laid med', 10)}${lpad('laid p95', 10)}${lpad('frame p95', 11)}${lpad('ET p95', 8)}${lpad('ET >16', 8)}`);
  for (const profile of ['unthrottled', 'cpu4x', 'alt_unthrottled', 'alt_cpu4x', 'floor_unthrottled', 'floor_cpu4x']) {
    const p = browser.interaction[profile];
    if (!p) continue;
    const [kind, ...rest] = profile.split('_');
    const tag = { alt: `${rest.join('_')}, compare`, floor: `${rest.join('_')}, static page` }[kind] ?? profile;
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
  const top = `top${engine.top}`;
  h(`4. Engine scaling: µs per recommend() call, median of ${engine.samples} samples (p95 in brackets); ${engine.requests} seeded requests`);
  lines.push(`${pad('n / mode', 16)}${lpad('native', 16)}${lpad('wasm (raw)', 18)}${lpad('wasm (facade)', 18)}${lpad('JS ref', 16)}${lpad('wasm/nat', 10)}${lpad('wasm/JS', 9)}`);
  const cell = (s) => (s ? `${f(s.median, 0)} (${f(s.p95, 0)})` : '—');
  for (const [n, e] of Object.entries(engine.sizes)) {
    for (const [mode, m] of Object.entries(e.modes)) {
      lines.push(`${pad(`${n} ${mode}`, 16)}${lpad(cell(m.native_api_us), 16)}${lpad(cell(m.wasm_raw_us), 18)}${lpad(cell(m.wasm_us), 18)}`
        + `${lpad(cell(m.js_us), 16)}${lpad(m.wasm_raw_us ? f(m.wasm_raw_us.median / m.native_api_us.median, 2) : '—', 10)}`
        + `${lpad(m.wasm_us && m.js_us ? f(m.wasm_us.median / m.js_us.median, 2) : '—', 9)}`);
    }
    if (e.wasm_error) lines.push(`  n=${n}: ${e.wasm_error}`);
  }
  lines.push(`(${top}: request limit ${engine.top}, every messenger ranked but only the best ${engine.top} serialised; full: every messenger serialised.`);
  lines.push(' native and wasm (raw): the same Api::recommend_at call, request text → result text; wasm (facade): engine.recommend(),');
  lines.push(' object → object; JS ref: tests/bench/reference-engine.mjs, object → object.)');
  if (Object.values(engine.sizes).some((e) => Object.values(e.modes).some((m) => m.wasm_raw_alt_us))) {
    h(`   wasm (raw), this build vs ${engine.compare_dist}, interleaved in one process (µs, median)`);
    for (const [n, e] of Object.entries(engine.sizes)) {
      for (const [mode, m] of Object.entries(e.modes).filter(([, x]) => x.wasm_raw_alt_us)) {
        lines.push(`${pad(`${n} ${mode}`, 16)}${lpad(f(m.wasm_raw_us.median, 0), 10)} vs ${lpad(f(m.wasm_raw_alt_us.median, 0), 10)}`
          + `   (${f(m.wasm_raw_alt_us.median / m.wasm_raw_us.median, 2)}× faster)`);
      }
    }
  }
  h('   first call in a new epoch: µs, one call per sample, on a date whose epoch (the stretch between two fact changes) the engine holds no columns for: they are built');
  lines.push(`${pad('n / mode', 16)}${lpad('native', 16)}${lpad('wasm (raw)', 18)}${lpad('wasm (facade)', 18)}${lpad('JS ref', 16)}`);
  for (const [n, e] of Object.entries(engine.sizes)) {
    for (const [mode, m] of Object.entries(e.modes)) {
      lines.push(`${pad(`${n} ${mode}`, 16)}${lpad(cell(m.native_api_cold_us), 16)}${lpad(cell(m.wasm_raw_cold_us), 18)}`
        + `${lpad(cell(m.wasm_cold_us), 18)}${lpad(cell(m.js_cold_us), 16)}`);
    }
  }
  lines.push('(the table above is warm: the mix asks about 3 dates, and the engine keeps the columns of the last 4 epochs;\n a new date in a kept epoch costs what a warm call does)');
  h('   native: where an Api call goes (µs, medians, cumulative stages, warm)');
  lines.push(`${pad('n / mode', 16)}${lpad('parse req', 10)}${lpad('+resolve', 10)}${lpad('+rank+explain', 15)}${lpad('+result text', 14)}`);
  for (const [n, e] of Object.entries(engine.sizes)) {
    for (const [mode, m] of Object.entries(e.modes)) {
      const st = m.native_stages_us ?? [];
      lines.push(`${pad(`${n} ${mode}`, 16)}${[0, 1].map((i) => lpad(f(st[i]?.median, 0), 10)).join('')}`
        + `${lpad(f(st[2]?.median, 0), 15)}${lpad(f(st[3]?.median, 0), 14)}`);
    }
  }
  h('   one-time costs (ms)');
  lines.push(`${pad('n', 8)}${lpad('catalogue', 11)}${lpad('native load', 13)}${lpad('wasm load', 11)}${lpad('facade load', 13)}${lpad('JS load', 9)}`);
  for (const [n, e] of Object.entries(engine.sizes)) {
    lines.push(`${pad(n, 8)}${lpad(`${kb(e.catalogue_json_bytes)} KB`, 11)}${lpad(f(e.native_load_ms?.median), 13)}`
      + `${lpad(f(e.wasm_load_ms?.median), 11)}${lpad(f(e.facade_load_ms), 13)}${lpad(f(e.js_load_ms?.median), 9)}`);
  }
  const first = Object.values(engine.sizes)[0];
  lines.push(`wasm module: compile ${f(first.compile_ms)} · instantiate ${f(first.instantiate_ms)} · runtime init ${f(first.runtime_init_ms)}`
    + ` · first call on the built-in data (loads it) ${f(first.first_call_default_data_ms)} · second call ${f(first.second_call_default_data_ms)}`
    + ` · catalogue() JSON ${f(first.default_catalogue_json_ms)}`);
  const bad = Object.entries(engine.sizes).flatMap(([n, e]) => Object.entries(e.checks)
    .filter(([, c]) => c.failures.length).map(([m, c]) => `n=${n} ${m}: ${c.failures.length} failures`));
  lines.push(bad.length ? `CHECKS FAILED: ${bad.join('; ')}`
    : 'checks: wasm text = native text byte for byte; JS reference result = wasm result (deep equal); JS ranking = native ranking');
}

h('Targets (issue 5)');
for (const t of targets) {
  lines.push(`${pad(t.verdict, 13)}${pad(`${t.group}: ${t.what}`, 66)}${lpad(f(t.value, t.unit === '×' ? 2 : 1), 9)} ${t.unit} (target ≤ ${t.limit} ${t.unit})${t.note ? `  ${t.note}` : ''}`);
}
console.log(lines.join('\n'));
