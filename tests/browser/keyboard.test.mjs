// Keyboard only: every step of browse, quiz and compare with Tab, Shift+Tab,
// Enter, Space and arrow keys. Focus must always be inside the widget (never
// lost to <body>) and visibly marked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, ready } from './harness.mjs';

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

// The focused element, looking through the shadow root, and whether it shows
// a focus indicator (its own outline, or the segment it stands for).
const focus = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const ring = (x) => {
    const cs = getComputedStyle(x);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  };
  const segment = el.closest('.segment')?.querySelector('span');
  return {
    tag: el.tagName,
    key: el.getAttribute('data-focus-key'),
    text: (el.labels?.[0] ?? el).textContent.trim(),
    step: el.hasAttribute('data-step-heading'),
    inWidget: el.getRootNode() !== document,
    visible: ring(el) || (segment ? ring(segment) : false),
  };
});

/** Tab (or Shift+Tab) until `match(focus)`; every stop must be visibly focused. */
async function tabTo(page, match, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focus(page);
    if (f?.inWidget) assert.ok(f.visible, `focus indicator visible on ${f.tag} ${f.key ?? f.text}`);
    if (f && match(f)) return f;
  }
  throw new Error('never reached the control by keyboard');
}

const request = (page) => page.evaluate(() => document.querySelector('messenger-fit').request);
const status = (page) => page.locator('messenger-fit [role="status"]').textContent();

test('keyboard-only walkthrough: quiz, result, browse, why, compare', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html'));
  await ready(page);

  // Into the quiz from the view switcher.
  await tabTo(page, (f) => f.key === 'view:quiz');
  await page.keyboard.press('Enter');
  assert.equal((await focus(page)).key, 'view:quiz', 'focus stays on the switcher after switching');
  await page.locator('messenger-fit .quiz').waitFor();

  // A radio group: Tab enters it, arrows choose, nothing advances by itself.
  const first = await tabTo(page, (f) => f.tag === 'INPUT' && f.key?.startsWith('answer:threat:'));
  assert.equal(first.key, 'answer:threat:everyday');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focus(page)).key, 'answer:threat:provider');
  assert.deepEqual((await request(page)).answers, { threat: { choice: 'provider', important: false } });
  assert.match(await page.locator('messenger-fit .progress-text').textContent(), /^Question 1 of/);
  await tabTo(page, (f) => f.key === 'important:threat');
  await page.keyboard.press('Space');
  assert.deepEqual((await request(page)).answers, { threat: { choice: 'provider', important: true } });

  // Next: focus lands on the new question's heading, each step.
  const total = await page.locator('messenger-fit .progress').getAttribute('max');
  for (let step = 2; step <= Number(total); step++) {
    await tabTo(page, (f) => f.key === 'quiz-next');
    await page.keyboard.press('Enter');
    const f = await focus(page);
    assert.ok(f.step, `step ${step}: focus on the heading`);
    assert.equal(f.text, await page.locator('messenger-fit [data-step-heading]').textContent());
    assert.match(await page.locator('messenger-fit .progress-text').textContent(), new RegExp(`^Question ${step} of`));
    if (step === 3) {
      // Multiple choice: Space ticks a checkbox.
      await tabTo(page, (f2) => f2.key === 'answer:devices:ios');
      await page.keyboard.press('Space');
      // Shift+Tab goes back through the options.
      await tabTo(page, (f2) => f2.key === 'answer:devices:android', { back: true });
    }
  }
  await tabTo(page, (f) => f.key === 'quiz-next');
  await page.keyboard.press('Enter');
  assert.equal((await focus(page)).text, 'Your results');
  assert.deepEqual((await request(page)).answers, {
    threat: { choice: 'provider', important: true },
    devices: { choice: ['ios'], important: false },
  });

  // Into browse with the answers applied.
  await tabTo(page, (f) => f.key === 'to-browse');
  await page.keyboard.press('Enter');
  await page.locator('messenger-fit .browse').waitFor();
  const before = await status(page);
  await tabTo(page, (f) => f.key === 'need:no_phone_number');
  await page.keyboard.press('Space');
  assert.notEqual(await status(page), before, 'the count is announced in the status region');
  assert.equal((await focus(page)).key, 'need:no_phone_number', 'focus survives the re-render');

  // A card's "why", opened with Enter.
  const why = await tabTo(page, (f) => f.key?.startsWith('why:'));
  await page.keyboard.press('Enter');
  const id = why.key.slice(4);
  assert.equal(await page.locator(`messenger-fit .card[data-id="${id}"] details.why`).getAttribute('open'), '');

  // Profile radios: arrow keys switch the criteria.
  await tabTo(page, (f) => f.key === 'profile:pg-2023', { back: true });
  await page.keyboard.press('ArrowRight');
  assert.equal((await request(page)).profile, 'pg-2025');
  assert.equal((await focus(page)).key, 'profile:pg-2025');

  // Compare by keyboard: untick one of the preselected three.
  await tabTo(page, (f) => f.key === 'view:compare', { back: true });
  await page.keyboard.press('Enter');
  assert.equal((await focus(page)).key, 'view:compare', 'focus stays on the switcher while compare loads');
  await page.locator('messenger-fit .compare').waitFor();
  const pick = await tabTo(page, (f) => f.key?.startsWith('pick:'));
  await page.keyboard.press('Space');
  assert.equal((await focus(page)).key, pick.key);
  const scroller = await tabTo(page, (f) => f.tag === 'DIV');
  assert.equal(scroller.inWidget, true, 'the wide table is scrollable by keyboard');

  // Share by keyboard.
  await tabTo(page, (f) => f.key === 'copy-link');
  await page.keyboard.press('Enter');
  assert.match(new URL(page.url()).hash, /view=compare/);
  await session.closePages();
});

const key = async (page) => (await focus(page))?.key ?? null;

test('arrow keys move within every radio group, and choose as they move', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html#view=quiz&step=0'));
  await ready(page);
  // Quiz, single choice: Tab enters the group once, arrows walk it (and wrap).
  await tabTo(page, (f) => f.key?.startsWith('answer:threat:'));
  const answers = await page.locator('messenger-fit .options input[type="radio"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-focus-key')));
  assert.ok(answers.length >= 3);
  await page.keyboard.press('ArrowDown');
  assert.equal(await key(page), answers[1]);
  await page.keyboard.press('ArrowRight');
  assert.equal(await key(page), answers[2]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await key(page), answers[0]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await key(page), answers.at(-1), 'wraps around');
  assert.equal((await request(page)).answers.threat.choice, answers.at(-1).split(':')[2]);
  // One Tab leaves the whole group.
  await page.keyboard.press('Tab');
  assert.equal(await key(page), 'important:threat');

  // Profile and as-of switches are radio groups too; each keypress re-renders
  // the widget and focus stays on the radio just chosen.
  await tabTo(page, (f) => f.key === 'asof:seed', { back: true });
  await page.keyboard.press('ArrowRight');
  assert.equal(await key(page), 'asof:today');
  assert.equal((await request(page)).as_of, undefined, 'today: the engine picks the date');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await key(page), 'asof:seed');
  assert.equal((await request(page)).as_of, '2023-06-01');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await key(page), 'profile:pg-2023', 'one stop per group: the checked radio');
  await page.keyboard.press('ArrowDown');
  assert.equal(await key(page), 'profile:pg-2025');
  assert.equal((await request(page)).profile, 'pg-2025');
  await session.closePages();
});

test('Tab and Shift+Tab visit the same stops in opposite orders, header first', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html#view=browse&needs=tor&profile=pg-2023&asof=seed'));
  await ready(page);
  const forward = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focus(page);
    if (!f?.inWidget) break;
    assert.ok(f.visible, `visible focus on ${f.key ?? f.tag}`);
    forward.push(f.key ?? `${f.tag}:${f.text.slice(0, 40)}`);
  }
  assert.deepEqual(forward.slice(0, 9), ['view:browse', 'view:quiz', 'view:compare', 'view:changes', 'lang',
    'profile:pg-2023', 'asof:seed', 'filters', 'need:platform:android']);
  assert.deepEqual(forward.slice(-3), ['copy-link', 'A:Real-Time Communication', 'A:CC BY-SA 4.0'],
    'the footer last: share, then the credits');
  assert.ok(forward.includes('why:briar') && forward.includes('timeline-link:signal'));
  assert.equal(new Set(forward).size, forward.length, 'no stop twice');
  // Focus has just left the widget: one Shift+Tab back in, then all the way up.
  const backward = [];
  while (backward.length < forward.length) {
    await page.keyboard.press('Shift+Tab');
    const f = await focus(page);
    backward.push(f?.key ?? `${f?.tag}:${f?.text.slice(0, 40)}`);
  }
  assert.deepEqual(backward, [...forward].reverse());
  await session.closePages();
});

test('focus is never lost when the widget re-renders', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html#view=browse&profile=pg-2023&asof=seed'));
  await ready(page);
  const stays = async (expected, what) => {
    const f = await focus(page);
    assert.ok(f?.inWidget, `${what}: focus inside the widget`);
    assert.equal(f.key, expected, what);
  };

  // A filter: the checkbox keeps focus through the re-render.
  await tabTo(page, (f) => f.key === 'need:tor');
  await page.keyboard.press('Space');
  await stays('need:tor', 'after ticking a filter');
  await page.keyboard.press('Space');
  await stays('need:tor', 'after unticking it');
  await page.keyboard.press('Space');
  // A button that disappears with what it did: focus moves to the filter panel.
  await tabTo(page, (f) => f.key === 'clear-needs');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('messenger-fit [data-focus-key="clear-needs"]').count(), 0);
  await stays('filters', 'after "clear all needs"');

  // The window narrows past the two-column breakpoint: the widget re-renders.
  await tabTo(page, (f) => f.key === 'need:calls');
  await page.setViewportSize({ width: 600, height: 800 });
  await page.waitForFunction(() => !matchMedia('(min-width: 52rem)').matches);
  await stays('need:calls', 'after a layout change');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Views: focus stays on the switch, which now says it is current.
  await tabTo(page, (f) => f.key === 'view:changes', { back: true });
  await page.keyboard.press('Enter');
  await page.locator('messenger-fit .changes').waitFor();
  await stays('view:changes', 'after switching views');
  assert.equal(await page.locator('messenger-fit [data-focus-key="view:changes"]').getAttribute('aria-current'), 'true');

  // A link with no place in the next render (a pasted share link): the view switch takes focus.
  await page.locator('messenger-fit .timeline a[part="source-link"]').first().focus();
  await page.evaluate(() => { location.hash = '#view=compare&compare=signal,briar'; });
  await page.locator('messenger-fit .compare').waitFor();
  await stays('view:compare', 'after the page\'s link changed under it');

  // The language: the select keeps focus while everything around it changes language.
  await tabTo(page, (f) => f.key === 'lang', { back: true });
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();
  await stays('lang', 'after changing language');
  await session.closePages();
});
