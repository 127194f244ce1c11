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

// The first NumberFormat or DateTimeFormat in a fresh page costs 15–30 ms, so
// the first screen formats its date and counts from values the build made
// with Node's ICU (FIRST_FORMATS). They must be what this browser's Intl
// says, and no formatter may be made before the first cards. Nor a collator:
// the first localeCompare in a page builds one (over 10 ms).
test('the first screen makes no Intl formatter, and its date and counts are the browser\'s own', async () => {
  for (const [locale, expectedLang] of [['en-GB', 'en'], ['uk-UA', 'uk']]) {
    const page = await session.page({ locale });
    await page.addInitScript(() => {
      window.mfIntlMade = [];
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function localeCompare(...args) {
        window.mfIntlMade.push({ name: 'localeCompare', at: performance.now() });
        return compare.apply(this, args);
      };
      for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Collator']) {
        Intl[name] = new Proxy(Intl[name], {
          construct(Real, args) {
            window.mfIntlMade.push({ name, at: performance.now() });
            return new Real(...args);
          },
        });
      }
    });
    await page.goto(session.url('/index.html'));
    await ready(page);
    assert.equal(await lang(page), expectedLang);
    await page.waitForFunction(() => performance.getEntriesByName('mf-first-cards').length > 0);
    const early = await page.evaluate(() => {
      const mark = performance.getEntriesByName('mf-first-cards')[0].startTime;
      return window.mfIntlMade.filter((m) => m.at < mark).map((m) => m.name);
    });
    assert.deepEqual(early, [], `formatters made before the first cards (${expectedLang})`);
    // Made right after them, so later views do not wait (and the counting works).
    await page.waitForFunction(() => window.mfIntlMade.some((m) => m.name === 'DateTimeFormat'));

    const browserSays = await page.evaluate((l) => ({
      date: new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2023-06-01T00:00:00Z')),
      five: new Intl.NumberFormat(l).format(5),
    }), expectedLang);
    const summary = await page.locator('messenger-fit details.settings summary').textContent();
    assert.ok(summary.includes(browserSays.date), `"${summary}" shows the seed date as "${browserSays.date}"`);
    const status = await page.locator('messenger-fit [role="status"]').textContent();
    assert.ok(status.startsWith(browserSays.five), `"${status}" counts with "${browserSays.five}"`);
    await session.closePages();
  }
});
