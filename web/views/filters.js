// Need toggles, grouped as needs.json groups them. A toggle shows the
// engine's *effective* needs: ticks that came from quiz answers are shown as
// such, and switching one off turns the answers into plain filters.
//
// The panel is built once per language and catalogue; a render only sets the
// ticks and swaps the few lines that depend on the state, so the
// checkbox the person just used stays the same, focused element.
import { h } from '../dom.js';
import { needLabel } from '../format.js';
import { renderKeyed } from '../keyed.js';

export class FiltersPanel {
  #boxes = new Map();

  constructor(ctx) {
    const { msgs } = ctx;
    const fieldsets = ctx.catalogue.need_groups.map((group) => {
      const needs = ctx.catalogue.needs.filter((n) => n.group === group);
      if (!needs.length) return null;
      return h('fieldset', { class: 'group', part: 'filter-group' },
        h('legend', null, msgs.t(`group.need.${group}`, null, group)),
        needs.map((need) => {
          const input = h('input', {
            type: 'checkbox', value: need.id, 'data-focus-key': `need:${need.id}`,
            on: { change: (e) => ctx.onNeedToggle(need.id, e.currentTarget.checked) },
          });
          const mark = h('span', { class: 'from-quiz' }, ` ${msgs.t('ui.filters.from_quiz')}`);
          const text = h('span', null, needLabel(msgs, need.id));
          this.#boxes.set(need.id, { input, mark, text });
          return h('label', { class: 'check' }, input, text);
        }));
    });
    this.heading = h('h3', { class: 'summary-heading' });
    this.applied = h('div', { class: 'applied-slot' });
    this.clear = h('div', { class: 'clear-slot' });
    this.el = h('details', {
      class: 'filters', part: 'filters', open: ctx.filtersOpen,
      on: { toggle: (e) => ctx.onFiltersToggle(e.currentTarget.open) },
    },
    h('summary', { 'data-focus-key': 'filters' }, this.heading),
    h('div', { class: 'filters-body' },
      h('p', { class: 'hint' }, msgs.t('ui.filters.hint')),
      this.applied,
      fieldsets,
      this.clear));
  }

  update(ctx) {
    const { msgs, state, result } = ctx;
    const effective = new Set(result.needs);
    for (const [id, { input, mark, text }] of this.#boxes) {
      const on = effective.has(id);
      if (input.checked !== on) input.checked = on;
      // Ticked by a quiz answer rather than by hand.
      const fromAnswers = on && !state.needs.includes(id);
      if (fromAnswers && !mark.isConnected) text.append(mark);
      else if (!fromAnswers && mark.parentNode) mark.remove();
    }
    const on = effective.size;
    renderKeyed(this.heading, String(on), () => [msgs.t('ui.filters.title'),
      on ? [' ', h('span', { class: 'count-pill' }, msgs.plural('ui.filters.on', on))] : null]);
    const prefer = [...state.prefer];
    renderKeyed(this.applied, JSON.stringify([state.answers.size, prefer]), () => [
      state.answers.size ? h('div', { class: 'applied' },
        h('p', null, msgs.plural('ui.filters.answers_applied', state.answers.size)),
        h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'drop-answers',
          on: { click: ctx.onDropAnswers } }, msgs.t('ui.filters.drop_answers'))) : null,
      prefer.length ? h('div', { class: 'applied' },
        h('p', null, msgs.t('ui.filters.preferring', {
          list: msgs.list(prefer.map(([id, w]) => msgs.t('ui.filters.weighted',
            { need: needLabel(msgs, id), weight: msgs.number(w) }))),
        })),
        h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'drop-prefer',
          on: { click: ctx.onDropPrefer } }, msgs.t('ui.filters.drop_prefer'))) : null,
    ]);
    renderKeyed(this.clear, String(on > 0), () => (on
      ? h('button', { type: 'button', class: 'button secondary', 'data-focus-key': 'clear-needs',
        on: { click: ctx.onClearNeeds } }, msgs.t('ui.filters.clear')) : null));
  }
}
