// Settings shared by every view: which Privacy Guides criteria, facts as of
// which date, and (in the header) the language.
import { h } from '../dom.js';
import { profileLabel } from '../format.js';
import { SEED_DATE } from '../request.js';
import { autonym } from '../i18n.js';

export function settingsBar(ctx) {
  const { msgs, state } = ctx;
  const radios = (name, legend, options, current, onPick) => h('fieldset', { class: 'setting' },
    h('legend', null, legend),
    h('div', { class: 'segmented' }, options.map(([value, label]) => h('label', { class: 'segment' },
      h('input', {
        type: 'radio', name: `${ctx.idPrefix}-${name}`, value, checked: value === current,
        'data-focus-key': `${name}:${value}`,
        on: { change: (e) => e.currentTarget.checked && onPick(value) },
      }),
      h('span', null, label)))));

  const asOfLabel = state.asOf === 'seed'
    ? msgs.t('ui.settings.as_of_seed', { date: msgs.date(SEED_DATE) }) : msgs.t('ui.settings.as_of_today');
  // A details element so that on a phone the settings fold into one line;
  // wide screens keep it open with the summary hidden (see styles.js).
  return h('details', {
    class: 'settings', part: 'settings', open: ctx.settingsOpen,
    on: { toggle: (e) => ctx.onSettingsToggle(e.currentTarget.open) },
  },
  h('summary', { 'data-focus-key': 'settings' }, msgs.t('ui.settings.summary', {
    profile: profileLabel(msgs, state.profile), date: asOfLabel,
  })),
  h('div', { class: 'settings-body' },
    radios('profile', msgs.t('ui.settings.profile'),
      ctx.catalogue.profiles.map((p) => [p.id, profileLabel(msgs, p.id)]),
      state.profile, ctx.onProfile),
    radios('asof', msgs.t('ui.settings.as_of'), [
      ['seed', msgs.t('ui.settings.as_of_seed', { date: msgs.date(SEED_DATE) })],
      ['today', msgs.t('ui.settings.as_of_today')],
    ], state.asOf, ctx.onAsOf),
    h('p', { class: 'hint profile-help' }, msgs.t(`profile.${state.profile}.help`, null, ''))));
}

/** The language switch, shown in the header beside the views. */
export function languagePicker(ctx) {
  if (ctx.langs.length < 2) return null;
  const id = `${ctx.idPrefix}-lang`;
  return h('div', { class: 'setting lang' },
    h('label', { for: id, class: 'setting-label' }, ctx.msgs.t('ui.settings.language')),
    h('select', {
      id, 'data-focus-key': 'lang',
      on: { change: (e) => ctx.onLang(e.currentTarget.value) },
    }, ctx.langs.map((lang) => h('option', { value: lang, selected: lang === ctx.msgs.lang }, autonym(lang)))));
}
