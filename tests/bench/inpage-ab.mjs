// Before/after for the widget's own cost of an interaction, measured in the
// page: the handler with style and layout forced right after it, without the
// browser's input dispatch (which is most of the spread at 4× CPU). Two
// builds of the site alternate, a fresh page each, in one browser. Not a
// test, and not part of scripts/bench.sh; docs/performance.md quotes it.
//
//   node tests/bench/inpage-ab.mjs SITE_A SITE_B [toggle|quiz|answer] [CPU_RATE]
//
// toggle: the first ten filters on, then off, three times (60 per page);
// quiz:   an answer, then Next, through the quiz three times; Next to the
//         result and Restart are left out (see "quiz-result" in the bench);
// answer: every answer of every question clicked in turn, through the quiz
//         three times.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { LAUNCH_ARGS } from './browser-bench.mjs';

const [a, b, kind = 'toggle', rate = '4'] = process.argv.slice(2);
if (!a || !b || !['toggle', 'quiz', 'answer'].includes(kind)) {
  console.error('usage: inpage-ab.mjs SITE_A SITE_B [toggle|quiz|answer] [CPU_RATE]');
  process.exit(2);
}
const PAGES = 6;

// Runs in the page: the times of every interaction, in ms.
async function measure(kind) {
  const root = document.querySelector('messenger-fit').shadowRoot;
  const frame = () => new Promise((done) => { requestAnimationFrame(() => setTimeout(done, 0)); });
  const laidOut = () => { void root.host.getBoundingClientRect().height; void root.querySelector('.view').offsetHeight; };
  const out = [];
  if (kind === 'toggle') {
    const ids = [...root.querySelectorAll('.filters input[type=checkbox]')].map((e) => e.value).slice(0, 10);
    for (let rep = 0; rep < 3; rep++) {
      for (const id of [...ids, ...ids]) {
        const input = root.querySelector(`.filters input[value="${id}"]`);
        const t = performance.now();
        input.click();
        laidOut();
        out.push(performance.now() - t);
        await frame();
      }
    }
    return out;
  }
  for (let rep = 0; rep < 3; rep++) {
    for (;;) {
      const next = root.querySelector('[data-focus-key="quiz-next"]');
      if (!next) break;
      const inputs = kind === 'answer' ? [...root.querySelectorAll('.options input')] : [root.querySelector('.options input')];
      for (const input of inputs) {
        const t = performance.now();
        input.click();
        laidOut();
        if (kind === 'answer') out.push(performance.now() - t);
        await frame();
      }
      const t = performance.now();
      next.click();
      laidOut();
      const dt = performance.now() - t;
      if (kind === 'quiz' && root.querySelector('.quiz')) out.push(dt);
      await frame();
    }
    root.querySelector('[data-focus-key="quiz-restart"]').click();
    await frame();
  }
  return out;
}

const sites = [await serve(a), await serve(b)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
const times = [[], []];
try {
  for (let r = 0; r < PAGES; r++) {
    const k = r % 2;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('index.html', sites[k].url).href);
    await page.waitForFunction(() => performance.getEntriesByName('mf-first-cards').length > 0);
    if (kind !== 'toggle') {
      await page.locator('messenger-fit [data-focus-key="view:quiz"]').click();
      await page.locator('messenger-fit .quiz').waitFor();
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
    times[k].push(...await page.evaluate(measure, kind));
    await context.close();
  }
} finally {
  await browser.close();
  for (const s of sites) s.server.close();
}
const q = (v, p) => [...v].sort((x, y) => x - y)[Math.min(v.length - 1, Math.floor(p * v.length))];
for (const k of [0, 1]) {
  console.log(`${[a, b][k]}: ${kind} at ${rate}x CPU, n ${times[k].length}, median ${q(times[k], 0.5).toFixed(2)} ms, p90 ${q(times[k], 0.9).toFixed(2)} ms`);
}
