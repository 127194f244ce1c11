// Share: the state lives in the URL fragment only, written when the person
// acts; a copied link restores it exactly; a tampered one falls back quietly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, ready, cardIds } from './harness.mjs';

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

const widgetState = (page) => page.evaluate(() => {
  const el = document.querySelector('messenger-fit');
  const root = el.shadowRoot;
  return {
    request: el.request,
    view: root.querySelector('.view').dataset.view,
    lang: root.querySelector('.mf').lang,
    columns: [...(root.querySelector('table')?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent),
    status: root.querySelector('[role="status"]').textContent,
  };
});

async function storageIsEmpty(page) {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0 });
  assert.deepEqual(await page.context().cookies(), []);
}

test('a copied link restores the whole state exactly', async () => {
  const page = await session.page({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(session.url('/index.html'));
  await ready(page);
  const historyLength = await page.evaluate(() => history.length);

  await page.locator('messenger-fit input[value="platform:android"]').click();
  await page.locator('messenger-fit input[value="tor"]').click();
  await page.getByRole('radio', { name: 'Privacy Guides 2025' }).check();
  await page.getByRole('radio', { name: 'Today' }).check();
  await page.getByRole('button', { name: 'Quiz', exact: true }).click();
  await page.getByLabel('Nosy people and advertising companies').check();
  await page.getByLabel('This matters a lot to me').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Android phone or tablet').check();
  await page.getByLabel('Mac', { exact: true }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.locator('messenger-fit [part="compare-picker"]').getByLabel('Session').check();
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();

  // Nothing reaches the URL or the history before the person shares.
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.equal(new URL(page.url()).hash, '');
  const before = await widgetState(page);
  assert.deepEqual(before.request.needs, ['platform:android', 'tor']);
  assert.deepEqual(before.request.answers, {
    threat: { choice: 'everyday', important: true },
    devices: { choice: ['android', 'macos'], important: false },
  });
  assert.equal(before.request.profile, 'pg-2025');
  assert.equal(before.view, 'compare');
  assert.equal(before.lang, 'uk');
  assert.equal(before.columns.length, 4);

  await page.getByRole('button', { name: 'Скопіювати посилання на цей вигляд' }).click();
  await page.locator('messenger-fit [role="status"]', { hasText: 'скопійовано' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.match(new URL(link).hash, /^#view=compare&/);
  // Written with replaceState: sharing adds no history entry either.
  assert.equal(await page.evaluate(() => history.length), historyLength);

  const fresh = await session.page();
  await fresh.goto(link);
  await ready(fresh);
  await fresh.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.deepEqual(await widgetState(fresh), before);
  // Opening a link writes nothing back by itself.
  assert.equal(fresh.url(), link);
  await storageIsEmpty(page);
  await storageIsEmpty(fresh);
  await session.closePages();
});

test('without clipboard access the link is offered as selectable text', async () => {
  const page = await session.page({
    initScript: () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  });
  await page.goto(session.url('/index.html'));
  await ready(page);
  await page.locator('messenger-fit input[value="calls"]').click();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const field = page.getByLabel('Link to this view');
  await field.waitFor();
  assert.equal(await field.inputValue(), page.url());
  assert.match(await field.inputValue(), /#view=browse&needs=calls&/);
  const focusedIsField = await page.evaluate(() => {
    const root = document.querySelector('messenger-fit').shadowRoot;
    const el = root.activeElement;
    return el?.tagName === 'INPUT' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  });
  assert.ok(focusedIsField, 'the field is focused with the whole link selected');
  assert.match(await page.locator('messenger-fit [role="status"]').textContent(), /Copying was not allowed/);
  await session.closePages();
});

test('a tampered fragment starts from the defaults and says so quietly', async () => {
  const page = await session.page();
  const tampered = '/index.html#view=compare&needs=tor,__proto__&compare=signal,briar';
  await page.goto(session.url(tampered));
  await ready(page);
  const state = await widgetState(page);
  assert.deepEqual(state.request, { profile: 'pg-2023', as_of: '2023-06-01' });
  assert.equal(state.view, 'browse');
  assert.match(await page.locator('messenger-fit [part="notice"]').textContent(), /could not be read/);
  assert.equal(await page.locator('messenger-fit [role="alert"]').count(), 0, 'quietly: no alert');
  assert.equal(await cardIds(page).then((ids) => ids.length), 5);
  assert.equal(page.url(), session.url(tampered), 'opening a link writes nothing back');
  // The next action clears the notice; sharing replaces the bad fragment.
  await page.locator('messenger-fit input[value="tor"]').click();
  assert.equal(await page.locator('messenger-fit [part="notice"]').count(), 0);
  assert.equal(page.url(), session.url(tampered), 'only sharing writes the fragment');
  await page.locator('messenger-fit [data-focus-key="copy-link"]').click();
  assert.match(new URL(page.url()).hash, /^#view=browse&needs=tor&/);
  assert.equal(await page.evaluate(() => ({}).__proto__ === Object.prototype && !('polluted' in {})), true);
  await session.closePages();
});

test('a link pasted into the open page is applied', async () => {
  const page = await session.page();
  await page.goto(session.url('/index.html'));
  await ready(page);
  await page.evaluate(() => { location.hash = 'view=quiz&a.phone=avoid&step=1'; });
  await page.locator('messenger-fit .quiz').waitFor();
  assert.match(await page.locator('messenger-fit .progress-text').textContent(), /^Question 2 of /);
  assert.deepEqual((await widgetState(page)).request.answers, { phone: { choice: 'avoid', important: false } });
  await session.closePages();
});
