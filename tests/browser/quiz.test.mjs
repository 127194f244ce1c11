// The quiz: one question per step, from the first question to the result,
// then into browse and compare with the answers applied.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSession, ready, cardIds, fittingIds, nodeEngine } from './harness.mjs';

const SEED = '2023-06-01';
let session;
let engine;

before(async () => {
  session = await openSession();
  engine = await nodeEngine();
});
after(() => session.close());

const focused = (page) => page.evaluate(() => {
  const el = document.querySelector('messenger-fit').shadowRoot.activeElement;
  return el ? { tag: el.tagName, step: el.hasAttribute('data-step-heading'), text: el.textContent } : null;
});
const progress = (page) => page.locator('messenger-fit .progress-text').textContent();
const heading = (page) => page.locator('messenger-fit [data-step-heading]').textContent();
const next = (page) => page.locator('messenger-fit button', { hasText: /^(Next|See my results)$/ }).click();

test('the quiz from its first question to the ranked result', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html'));
  await ready(page);
  const catalogue = engine.catalogue();
  const total = catalogue.quiz.questions.length;
  await page.getByRole('button', { name: 'Quiz', exact: true }).click();

  // Step 1: fieldset + legend holding the heading, focus on the heading.
  assert.equal(await progress(page), `Question 1 of ${total}`);
  const legendHeading = page.locator('messenger-fit fieldset legend h3[data-step-heading]');
  assert.equal(await legendHeading.count(), 1);
  assert.equal(await heading(page), 'Who do you most need to keep your conversations away from?');
  await page.getByLabel('Powerful adversaries, such as a government that watches the network').check();
  // Choosing never advances by itself.
  assert.equal(await progress(page), `Question 1 of ${total}`);
  await page.getByLabel('This matters a lot to me').check();
  await next(page);

  // Step 2, focus moved to its heading.
  assert.equal(await progress(page), `Question 2 of ${total}`);
  assert.deepEqual(await focused(page), { tag: 'H3', step: true, text: await heading(page) });
  await page.getByLabel('Yes, I\'d rather not use my phone number').check();

  // Back keeps the answers of step 1, including "matters a lot".
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await progress(page), `Question 1 of ${total}`);
  assert.ok(await page.getByLabel('Powerful adversaries, such as a government that watches the network').isChecked());
  assert.ok(await page.getByLabel('This matters a lot to me').isChecked());
  assert.equal((await focused(page)).step, true);
  await next(page);
  assert.ok(await page.getByLabel('Yes, I\'d rather not use my phone number').isChecked(), 'step 2 kept too');
  assert.equal(await page.getByLabel('This matters a lot to me').isChecked(), false);
  await next(page);

  // Step 3 is multiple choice.
  assert.equal(await page.locator('messenger-fit .options input[type="checkbox"]').count(),
    catalogue.quiz.questions[2].answers.length);
  await page.getByLabel('iPhone or iPad').check();
  await page.getByLabel('Linux computer').check();
  await next(page);

  // Step 4: answer, then Skip drops the answer again.
  await page.getByLabel('Yes, encrypted calls').check();
  await page.getByRole('button', { name: 'Skip' }).click();
  assert.equal(await progress(page), `Question 5 of ${total}`);
  for (let step = 5; step <= total; step++) await next(page);

  // The result: ranked exactly as the engine ranks these answers.
  const answers = {
    threat: { choice: 'powerful', important: true },
    phone: { choice: 'avoid', important: false },
    devices: { choice: ['ios', 'linux'], important: false },
  };
  const request = await page.evaluate(() => document.querySelector('messenger-fit').request);
  assert.deepEqual(request, { answers, profile: 'pg-2023', as_of: SEED });
  const expected = engine.recommend(request);
  assert.equal(await heading(page), 'Your results');
  assert.equal((await focused(page)).text, 'Your results');
  assert.deepEqual(await cardIds(page), expected.results.map((r) => r.id));
  assert.deepEqual(await fittingIds(page), expected.results.filter((r) => r.fits).map((r) => r.id));
  // The needs the answers imply, as the engine echoes them, in words.
  assert.deepEqual(expected.needs, ['metadata_protection', 'forward_secrecy', 'platform:ios', 'platform:linux']);
  assert.equal(await page.locator('messenger-fit .quiz-result > p', { hasText: 'Must have' }).textContent(),
    'Must have: Strong metadata protection, Forward secrecy, iOS, and Linux.');
  // Each card shows how it did on what was asked for: every need, then the
  // weighted preferences that are not needs already, each with its verdict.
  const glyph = { pass: '✓ Met', fail: '✗ Not met', unknown: '? Unknown' };
  for (const r of expected.results) {
    const asked = [...r.reasons.filter((x) => x.kind === 'need'),
      ...r.reasons.filter((x) => x.kind === 'prefer' && x.weight > 0 && !expected.needs.includes(x.id))];
    const shown = await page.locator(`messenger-fit .card[data-id="${r.id}"] .decided li .chip`).allTextContents();
    assert.deepEqual(shown, asked.map((x) => glyph[x.status]), r.id);
  }

  // Into browse: the answers' needs are ticked, marked as coming from the quiz.
  await page.getByRole('button', { name: 'Browse with these answers' }).click();
  for (const need of expected.needs) {
    assert.ok(await page.locator(`messenger-fit input[value="${need}"]`).isChecked(), need);
  }
  assert.equal(await page.locator('messenger-fit .from-quiz').count(), expected.needs.length);
  assert.deepEqual(await cardIds(page), expected.results.map((r) => r.id));

  // Switching one of them off turns the answers into plain filters, minus that one.
  await page.locator('messenger-fit input[value="platform:linux"]').click();
  const after = await page.evaluate(() => document.querySelector('messenger-fit').request);
  assert.deepEqual(after.needs, ['metadata_protection', 'forward_secrecy', 'platform:ios']);
  assert.deepEqual(after.prefer, expected.prefer);
  assert.equal(after.answers, undefined);
  assert.match(await page.locator('messenger-fit [part="notice"]').textContent(), /plain filters/);
  await session.closePages();
});

test('the result leads into compare with the top three', async () => {
  const page = await session.page();
  const answers = 'a.offline=yes&a.tor=yes';
  await page.goto(session.url(`/index.html#view=quiz&${answers}&step=9&profile=pg-2023&asof=seed`));
  await ready(page);
  assert.equal(await heading(page), 'Your results');
  const expected = engine.recommend({
    answers: { offline: { choice: 'yes', important: false }, tor: { choice: 'yes', important: false } },
    profile: 'pg-2023', as_of: SEED,
  });
  await page.getByRole('button', { name: /^Compare the top/ }).click();
  // The view's code arrives with its first opening (tests/browser/lazy-views.test.mjs).
  await page.locator('messenger-fit .compare table').first().waitFor();
  const columns = await page.locator('messenger-fit table').first().locator('thead th').allTextContents();
  const fitting = expected.results.filter((r) => r.fits);
  const top = (fitting.length >= 2 ? fitting : expected.results).slice(0, 3).map((r) => r.name);
  assert.deepEqual(columns, top);
  await session.closePages();
});

test('"matters a lot" ticked before answering waits for the answer; skipping forgets it', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html#view=quiz'));
  await ready(page, 'messenger-fit .quiz');
  await page.evaluate(() => {
    window.mfChanges = 0;
    document.addEventListener('mf-change', () => { window.mfChanges += 1; });
  });
  const changes = () => page.evaluate(() => window.mfChanges);
  const answers = () => page.evaluate(() => document.querySelector('messenger-fit').request.answers ?? null);
  const important = page.getByLabel('This matters a lot to me');

  // Nothing to mark in the state yet: no change is announced.
  await important.check();
  assert.equal(await changes(), 0);
  assert.equal(await answers(), null);
  // The answer takes the mark along.
  await page.getByLabel('Powerful adversaries, such as a government that watches the network').check();
  assert.equal(await changes(), 1);
  assert.deepEqual(await answers(), { threat: { choice: 'powerful', important: true } });

  // Step 2: marked, then skipped; coming back, the mark is gone.
  await next(page);
  await important.check();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  assert.match(await progress(page), /^Question 2 of/);
  assert.equal(await important.isChecked(), false);
  assert.deepEqual(await answers(), { threat: { choice: 'powerful', important: true } });
  await session.closePages();
});

// Focus moves to the step's heading (the GOV.UK pattern), and on a short
// screen, after Next at the bottom of a long question, that heading must end
// up on screen, not above it.
test('on a short screen, the next step\'s heading is focused and scrolled into view', async () => {
  const page = await session.page({ viewport: { width: 360, height: 420 } });
  await page.goto(session.url('/index.html'));
  await ready(page);
  await page.getByRole('button', { name: 'Quiz', exact: true }).click();
  await page.getByLabel('Powerful adversaries, such as a government that watches the network').check();
  const top = () => page.locator('messenger-fit [data-step-heading]').evaluate((el) => el.getBoundingClientRect().top);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  assert.ok(await top() < 0, 'the heading is above the screen before Next (else this test proves nothing)');
  await next(page);
  assert.equal(await progress(page), 'Question 2 of ' + engine.catalogue().quiz.questions.length);
  assert.deepEqual(await focused(page), { tag: 'H3', step: true, text: await heading(page) });
  await page.waitForFunction(() => {
    const el = document.querySelector('messenger-fit').shadowRoot.querySelector('[data-step-heading]');
    const box = el.getBoundingClientRect();
    return box.top > -1 && box.bottom < innerHeight + 1;  // scroll offsets are whole pixels, boxes not
  }, null, { timeout: 2000 });
  await session.closePages();
});

// The question form is kept from step to step: it must show the
// right question and answers however it is reached, in whichever language.
test('from the result back into the questions, a change of language mid-quiz, and Start again', async () => {
  const page = await session.page();
  const total = engine.catalogue().quiz.questions.length;
  await page.goto(session.url(`/index.html#view=quiz&a.threat=powerful&a.phone=avoid&step=${total}&profile=pg-2023&asof=seed`));
  await ready(page, 'messenger-fit .quiz-result');
  const key = (k) => page.locator(`messenger-fit [data-focus-key="${k}"]`);
  const ticked = () => page.locator('messenger-fit .options input').evaluateAll((els) => els.filter((e) => e.checked)
    .map((e) => e.value));

  // "Change my answers": question 1, with its answer.
  await key('quiz-change').click();
  assert.equal(await progress(page), `Question 1 of ${total}`);
  assert.equal((await focused(page)).step, true);
  assert.deepEqual(await ticked(), ['powerful']);
  assert.equal(await key('quiz-back').count(), 0, 'no Back on the first question');
  await next(page);
  assert.deepEqual(await ticked(), ['avoid']);
  assert.equal(await key('quiz-back').count(), 1);

  // Another language: the same question and answer, in its words.
  const uk = JSON.parse(readFileSync(new URL('../../data/i18n/uk.json', import.meta.url), 'utf8'));
  await key('lang').selectOption('uk');
  await page.waitForFunction((text) => document.querySelector('messenger-fit').shadowRoot
    .querySelector('[data-step-heading]')?.textContent === text, uk['quiz.phone.title']);
  assert.equal(await progress(page), uk['ui.quiz.progress'].replace('{n}', '2').replace('{total}', String(total)));
  assert.deepEqual(await ticked(), ['avoid']);
  assert.equal(await page.locator('messenger-fit .options label').count(), engine.catalogue().quiz.questions[1].answers.length);

  // To the result and Start again: question 1, nothing ticked, no answers asked.
  for (let step = 2; step <= total; step++) await key('quiz-next').click();
  await page.locator('messenger-fit .quiz-result').waitFor();
  await key('quiz-restart').click();
  assert.equal(await progress(page), uk['ui.quiz.progress'].replace('{n}', '1').replace('{total}', String(total)));
  assert.deepEqual(await ticked(), []);
  const request = await page.evaluate(() => document.querySelector('messenger-fit').request);
  assert.equal(request.answers, undefined);
  await session.closePages();
});
