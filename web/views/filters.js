// Need toggles, grouped as needs.json groups them. A toggle shows the
// engine's *effective* needs: ticks that came from quiz answers are shown as
// such, and switching one off turns the answers into plain filters.
import { h } from '../dom.js';
import { needLabel } from '../format.js';

export const NEED_GROUPS = ['platforms', 'identity', 'security', 'network', 'features'];

export function filtersPanel(ctx) {
  const { msgs, state, result } = ctx;
  const effective = new Set(result.needs);
  const fromAnswers = new Set(result.needs.filter((n) => !state.needs.includes(n)));
  const groups = [...NEED_GROUPS, ...new Set(ctx.catalogue.needs.map((n) => n.group))]
    .filter((g, i, all) => all.indexOf(g) === i);

  const fieldsets = groups.map((group) => {
    const needs = ctx.catalogue.needs.filter((n) => n.group === group);
    if (!needs.length) return null;
    return h('fieldset', { class: 'group', part: 'filter-group' },
      h('legend', null, msgs.t(`group.need.${group}`, null, group)),
      needs.map((need) => h('label', { class: 'check' },
        h('input', {
          type: 'checkbox', value: need.id, checked: effective.has(need.id),
          'data-focus-key': `need:${need.id}`,
          on: { change: (e) => ctx.onNeedToggle(need.id, e.currentTarget.checked) },
        }),
        h('span', null, needLabel(msgs, need.id),
          fromAnswers.has(need.id) ? h('span', { class: 'from-quiz' }, ` ${msgs.t('ui.filters.from_quiz')}`) : null))));
  });

  const on = effective.size;
  return h('details', {
    class: 'filters', part: 'filters', open: ctx.filtersOpen,
    on: { toggle: (e) => ctx.onFiltersToggle(e.currentTarget.open) },
  },
  h('summary', { 'data-focus-key': 'filters' },
    h('h3', { class: 'summary-heading' }, msgs.t('ui.filters.title'),
      on ? [' ', h('span', { class: 'count-pill' }, msgs.plural('ui.filters.on', on))] : null)),
  h('div', { class: 'filters-body' },
    h('p', { class: 'hint' }, msgs.t('ui.filters.hint')),
    state.answers.size ? h('div', { class: 'applied' },
      h('p', null, msgs.plural('ui.filters.answers_applied', state.answers.size)),
      h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'drop-answers',
        on: { click: ctx.onDropAnswers } }, msgs.t('ui.filters.drop_answers'))) : null,
    state.prefer.size ? h('div', { class: 'applied' },
      h('p', null, msgs.t('ui.filters.preferring', {
        list: msgs.list([...state.prefer].map(([id, w]) => msgs.t('ui.filters.weighted',
          { need: needLabel(msgs, id), weight: msgs.number(w) }))),
      })),
      h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'drop-prefer',
        on: { click: ctx.onDropPrefer } }, msgs.t('ui.filters.drop_prefer'))) : null,
    fieldsets,
    on ? h('button', { type: 'button', class: 'button secondary', 'data-focus-key': 'clear-needs',
      on: { click: ctx.onClearNeeds } }, msgs.t('ui.filters.clear')) : null));
}
