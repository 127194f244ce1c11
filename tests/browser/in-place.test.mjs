// Issue 5: an interaction updates the widget in place instead of rebuilding
// it. These check that what is shown stays exactly the engine's answer while
// the elements are kept: order and content of the cards, the "why" panels
// (built only when opened, and right for the current request), focus on the
// control just used, the status announcement, the share link and mf-change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openSession, cardIds, fittingIds, statusText, nodeEngine,
} from './harness.mjs';

const SEED = '2023-06-01';
let session;
let engine;

before(async () => {
  session = await openSession();
  engine = await nodeEngine();
});
after(() => session.close());

const openDemo = () => session.open('/index.html');

const toggle = (page, needId) => page.locator(`messenger-fit .filters input[value="${needId}"]`).click();
const expect = (needs) => engine.recommend({ ...(needs.length ? { needs } : {}), profile: 'pg-2023', as_of: SEED });

/** Marks every card element, so a later look can tell kept elements from new ones. */
const tagCards = (page) => page.evaluate(() => {
  for (const c of document.querySelector('messenger-fit').shadowRoot.querySelectorAll('.card')) {
    c.__kept = c.dataset.id;
    for (const part of c.querySelectorAll('.card-head, .card-desc')) part.__kept = c.dataset.id;
  }
});

/** What every card shows, in order: id, rank, tier, fit line, unmet needs, and whether it was kept. */
const cardsShown = (page) => page.locator('messenger-fit .card').evaluateAll((cards) => cards.map((c) => ({
  id: c.dataset.id,
  kept: c.__kept === c.dataset.id,
  headKept: c.querySelector('.card-head').__kept === c.dataset.id,
  descKept: c.querySelector('.card-desc').__kept === c.dataset.id,
  rank: c.querySelector('.rank')?.textContent,
  tier: c.querySelector('[part="tier-badge"]').dataset.tier,
  fits: c.dataset.fits,
  fitLine: c.querySelector('.fit-yes') ? 'yes' : c.querySelector('.fit-no') ? 'no' : 'none',
  unmet: c.querySelectorAll('.unmet li').length,
  name: c.querySelector('.card-name bdi').textContent,
})));

function assertCardsMatch(shown, expected, hasNeeds) {
  assert.deepEqual(shown.map((c) => c.id), expected.results.map((r) => r.id), 'the engine\'s order');
  expected.results.forEach((r, i) => {
    const c = shown[i];
    assert.equal(c.rank, `${i + 1}.`);
    assert.equal(c.tier, r.tier);
    assert.equal(c.fits, String(r.fits));
    assert.equal(c.name, r.name);
    assert.equal(c.fitLine, hasNeeds ? (r.fits ? 'yes' : 'no') : 'none');
    assert.equal(c.unmet, hasNeeds && !r.fits ? r.unmet.length : 0);
  });
}

test('filter toggles keep the card elements and show exactly the engine\'s order and content', async () => {
  const page = await openDemo();
  await tagCards(page);
  const steps = [['no_phone_number'], ['no_phone_number', 'tor'], ['no_phone_number', 'tor', 'platform:ios'],
    ['tor', 'platform:ios'], ['platform:ios'], []];
  let on = [];
  let orderChanged = false;
  const first = (await cardIds(page)).join();
  let headsKept = 0;
  for (const needs of steps) {
    const flip = [...needs.filter((n) => !on.includes(n)), ...on.filter((n) => !needs.includes(n))];
    assert.equal(flip.length, 1);
    const before = await cardsShown(page);
    await page.evaluate(() => {
      window.cardMoves = 0;
      window.cardMoveObserver?.disconnect();
      window.cardMoveObserver = new MutationObserver((records) => {
        for (const r of records) window.cardMoves += r.addedNodes.length;
      });
      window.cardMoveObserver.observe(document.querySelector('messenger-fit').shadowRoot.querySelector('.cards'),
        { childList: true });
    });
    await toggle(page, flip[0]);
    on = needs;
    const expected = expect(needs);
    const shown = await cardsShown(page);
    assertCardsMatch(shown, expected, needs.length > 0);
    assert.ok(shown.every((c) => c.kept), 'every card is the same element, updated in place');
    // Within a card only what changed is rebuilt: the head when its rank or
    // tier moved, never the description.
    for (const c of shown) {
      const was = before.find((b) => b.id === c.id);
      assert.equal(c.headKept, was.rank === c.rank && was.tier === c.tier, `${c.id}'s head`);
      assert.ok(c.descKept, `${c.id}'s description`);
    }
    headsKept += shown.filter((c) => c.headKept).length;
    // Only the cards outside the longest run already in order were moved.
    const from = shown.map((c) => before.findIndex((b) => b.id === c.id));
    const inOrder = from.map(() => 1);
    from.forEach((x, i) => { for (let j = 0; j < i; j++) if (from[j] < x) inOrder[i] = Math.max(inOrder[i], inOrder[j] + 1); });
    assert.equal(await page.evaluate(() => window.cardMoves), from.length - Math.max(0, ...inOrder), 'cards moved');
    await tagCards(page);
    if (shown.map((c) => c.id).join() !== first) orderChanged = true;
    assert.deepEqual(await fittingIds(page), needs.length ? expected.results.filter((r) => r.fits).map((r) => r.id)
      : expected.results.map((r) => r.id));
  }
  assert.ok(orderChanged, 'the steps reorder the cards at least once (else this tests nothing)');
  assert.ok(headsKept > 0, 'some heads are kept (else this tests nothing)');
  await session.closePages();
});

test('closed "why" panels hold no reasons; one opened after a toggle shows the current request\'s', async () => {
  const page = await openDemo();
  const reasonsIn = (id) => page.locator(`messenger-fit .card[data-id="${id}"] .why .reason`).count();
  assert.equal(await page.locator('messenger-fit .why .reason').count(), 0, 'nothing built while closed');

  await toggle(page, 'no_phone_number');
  const expected = expect(['no_phone_number']).results.find((r) => r.id === 'signal');
  const card = page.locator('messenger-fit .card[data-id="signal"]');
  await card.locator('summary').click();
  assert.equal(await reasonsIn('signal'), expected.reasons.length);
  const need = card.locator('.reason', { hasText: 'No phone number' });
  assert.equal(await need.locator('.chip').textContent(), '✗ Not met', 'the need the toggle added, failed');
  assert.equal(await page.locator('messenger-fit .why:not([open]) .reason').count(), 0);

  // Still open, it follows the next toggle at once: the need's reason goes away.
  await toggle(page, 'no_phone_number');
  assert.equal(await card.locator('.why').getAttribute('open'), '', 'stays open');
  const now = expect([]).results.find((r) => r.id === 'signal');
  assert.equal(await reasonsIn('signal'), now.reasons.length);
  assert.equal(await card.locator('.reason', { hasText: 'No phone number' }).count(), 0);
  assert.notEqual(now.reasons.length, expected.reasons.length);

  // Closed, toggled, reopened: rebuilt for the new request, not the old one.
  await card.locator('summary').click();
  await toggle(page, 'tor');
  await card.locator('summary').click();
  const withTor = expect(['tor']).results.find((r) => r.id === 'signal');
  assert.equal(await reasonsIn('signal'), withTor.reasons.length);
  assert.equal(await card.locator('.reason', { hasText: /Tor/ }).locator('.chip').first().textContent(),
    withTor.reasons.find((r) => r.kind === 'need').status === 'pass' ? '✓ Met' : '✗ Not met');
  await session.closePages();
});

test('a toggle keeps focus on its checkbox, announces, leaves the URL alone and tells the host once', async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener('mf-change', (e) => window.__changes.push(e.detail));
  });
  const box = page.locator('messenger-fit .filters input[value="platform:web"]');
  await box.evaluate((el) => { el.__mine = true; });
  // Keyboard: focus the box, Space ticks it.
  await box.focus();
  await page.keyboard.press('Space');
  const focused = () => page.evaluate(() => {
    const el = document.querySelector('messenger-fit').shadowRoot.activeElement;
    return { key: el?.getAttribute('data-focus-key'), same: el?.__mine === true, checked: el?.checked };
  });
  assert.deepEqual(await focused(), { key: 'need:platform:web', same: true, checked: true });
  const expected = expect(['platform:web']);
  const fits = expected.results.filter((r) => r.fits).length;
  assert.equal(await statusText(page), `${fits} of 5 messengers ${fits === 1 ? 'fits' : 'fit'} your needs.`);
  assert.equal(new URL(page.url()).hash, '', 'choices stay out of the URL until the person shares them');
  const changes = await page.evaluate(() => window.__changes);
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].request, { needs: ['platform:web'], profile: 'pg-2023', as_of: SEED });
  assert.deepEqual(changes[0].result, expected);
  // The copies are the host's own: changing one changes nothing in the widget.
  await page.evaluate(() => {
    document.addEventListener('mf-change', (e) => { e.detail.result.results.length = 0; }, { once: true });
  });
  await page.keyboard.press('Space');
  assert.deepEqual(await focused(), { key: 'need:platform:web', same: true, checked: false });
  assert.equal(await page.locator('messenger-fit .card').count(), 5);
  assert.equal((await page.evaluate(() => document.querySelector('messenger-fit').result)).results.length, 5);
  assert.match(await statusText(page), /^5 messengers, ranked by/);
  await session.closePages();
});

test('quiz steps show the next question in the same form; the result\'s cards follow the answers', async () => {
  const page = await openDemo();
  await page.locator('messenger-fit [data-focus-key="view:quiz"]').click();
  await page.locator('messenger-fit .quiz').waitFor();
  const shell = () => page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    return ['.settings', '.views', '.share'].map((s) => root.querySelector(s)?.__kept === true);
  });
  await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    for (const s of ['.settings', '.views', '.share']) root.querySelector(s).__kept = true;
  });
  // The form is kept from step to step, answer rows included: they show the
  // new question's answers, none ticked (the last one's ticks must not leak).
  const questions = engine.catalogue().quiz.questions;
  const form = () => page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    const kept = ['.quiz', 'fieldset', '[data-step-heading]', '[data-focus-key="quiz-next"]', '.options input']
      .map((s) => root.querySelector(s)?.__kept === true);
    const inputs = [...root.querySelectorAll('.options input')];
    return { kept, values: inputs.map((i) => i.value), ticked: inputs.filter((i) => i.checked).length };
  });
  const tagForm = () => page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    for (const s of ['.quiz', 'fieldset', '[data-step-heading]', '[data-focus-key="quiz-next"]', '.options input']) {
      root.querySelector(s).__kept = true;
    }
  });
  await tagForm();
  let answered = 0;
  for (let step = 0; step < 20; step++) {
    const next = page.locator('messenger-fit [data-focus-key="quiz-next"]');
    if (!(await next.count())) break;
    if (step > 0) {
      assert.deepEqual(await form(), {
        kept: [true, true, true, true, true], values: questions[step].answers.map((a) => a.id), ticked: 0,
      }, `step ${step + 1}`);
    }
    const heading = await page.locator('messenger-fit [data-step-heading]').textContent();
    await page.locator('messenger-fit .options label').first().click();
    answered += 1;
    await next.click();
    const focusedStep = await page.evaluate(() => document.querySelector('messenger-fit').shadowRoot
      .activeElement?.hasAttribute('data-step-heading'));
    assert.ok(focusedStep, 'focus moves to the new step\'s heading');
    assert.notEqual(await page.locator('messenger-fit [data-step-heading]').textContent(), heading);
  }
  assert.ok(answered >= 3);
  assert.deepEqual(await shell(), [true, true, true], 'settings, views and share bar were not rebuilt');
  const request = await page.evaluate(() => document.querySelector('messenger-fit').request);
  const expected = engine.recommend(request);
  assert.deepEqual(await cardIds(page), expected.results.map((r) => r.id));
  assert.deepEqual(await fittingIds(page), expected.results.filter((r) => r.fits).map((r) => r.id));
  await session.closePages();
});

test('a re-render leaves the root\'s lang and dir alone unless the language changes', async () => {
  // Setting either, even to the same value, makes Chromium restyle the whole
  // widget (:lang, :dir): at 4x CPU most of a filter toggle's style work.
  const page = await openDemo();
  await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot.querySelector('.mf');
    window.langWrites = [];
    new MutationObserver((records) => window.langWrites.push(...records.map((r) => r.attributeName)))
      .observe(root, { attributes: true, attributeFilter: ['lang', 'dir'] });
  });
  await toggle(page, 'tor');
  await toggle(page, 'tor');
  await page.locator('messenger-fit [data-focus-key="view:quiz"]').click();
  await page.locator('messenger-fit .quiz').waitFor();
  assert.deepEqual(await page.evaluate(() => window.langWrites), []);
  await page.locator('messenger-fit select[data-focus-key="lang"]').selectOption('uk');
  await page.waitForFunction(() => document.querySelector('messenger-fit').shadowRoot.querySelector('.mf').lang === 'uk');
  assert.deepEqual(await page.evaluate(() => window.langWrites), ['lang']);
  await session.closePages();
});
