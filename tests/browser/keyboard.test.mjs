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
