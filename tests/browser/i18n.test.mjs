// Languages: negotiated from the element, the link and the browser; the
// default ships with the script, others load only when chosen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSession, ready, ROOT } from './harness.mjs';

const UK = JSON.parse(readFileSync(`${ROOT}data/i18n/uk.json`, 'utf8'));

let session;
before(async () => { session = await openSession(); });
after(() => session.close());

const lang = (page) => page.locator('messenger-fit .mf').getAttribute('lang');
const title = (page) => page.locator('messenger-fit .title').textContent();
const fetchedLocales = (page) => session.requestsOf(page).filter((u) => /\/i18n\//.test(u));

test('English by default, and no other language is downloaded', async () => {
  const page = await session.page({ locale: 'en-GB' });
  await page.goto(session.url('/index.html'));
  await ready(page);
  assert.equal(await lang(page), 'en');
  assert.equal(await title(page), 'Which secure messenger fits you?');
  assert.deepEqual(fetchedLocales(page), []);
  // Chosen: now, and only now, Ukrainian is fetched, and everything switches.
  await page.locator('messenger-fit select').selectOption('uk');
  await page.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.deepEqual(fetchedLocales(page), [session.url('/i18n/uk.json')]);
  assert.equal(await title(page), 'Який захищений месенджер вам підходить?');
  assert.equal(await page.locator('messenger-fit [role="status"]').textContent(),
    '5 месенджерів, упорядкованих за критеріями «Privacy Guides 2023».');
  assert.equal(await page.locator('messenger-fit .card[data-id="briar"] .card-desc').textContent(),
    UK['messenger.briar.description']);
  await session.closePages();
});

test('a Ukrainian browser gets Ukrainian, with Ukrainian plural forms', async () => {
  const page = await session.page({ locale: 'uk-UA' });
  await page.goto(session.url('/index.html#needs=platform:android&profile=pg-2023&asof=seed&view=browse'));
  await ready(page);
  assert.equal(await lang(page), 'uk');
  // 4 → "few" in Ukrainian.
  const status = await page.locator('messenger-fit [role="status"]').textContent();
  const fits = await page.locator('messenger-fit .card[data-fits="true"]').count();
  const form = new Intl.PluralRules('uk').select(fits);
  const expected = { one: 'відповідає', few: 'відповідають', many: 'відповідають', other: 'відповідають' }[form];
  assert.equal(status, `${fits} з 5 месенджерів ${expected} вашим потребам.`);
  await session.closePages();
});

test('a lang in the link beats the browser; the element\'s lang attribute beats both', async () => {
  const page = await session.page({ locale: 'uk-UA' });
  await page.goto(session.url('/index.html#view=browse&lang=en'));
  await ready(page);
  assert.equal(await lang(page), 'en');

  const fixed = await session.page({ locale: 'en-US' });
  await fixed.goto(session.url('/index.html#view=browse&lang=en'));
  await ready(fixed);
  await fixed.evaluate(() => document.querySelector('messenger-fit').setAttribute('lang', 'uk'));
  await fixed.locator('messenger-fit .mf[lang="uk"]').waitFor();
  assert.equal(await title(fixed), 'Який захищений месенджер вам підходить?');
  await session.closePages();
});
