// Browse & filter: the need toggles beside the engine's ranked cards.
import { h } from '../dom.js';
import { card } from './card.js';
import { filtersPanel } from './filters.js';

export function browseView(ctx) {
  const { msgs, result } = ctx;
  const headingId = `${ctx.idPrefix}-results`;
  return h('div', { class: 'browse' },
    filtersPanel(ctx),
    h('section', { class: 'results', 'aria-labelledby': headingId },
      // The status line above says what the list is; the heading is for navigation.
      h('h3', { id: headingId, class: 'visually-hidden' }, msgs.t('ui.browse.results_title')),
      cardList(ctx, result.results)));
}

export function cardList(ctx, results, options = {}) {
  return h('ol', { class: 'cards', part: 'cards' },
    results.map((entry, i) => h('li', null, card(ctx, entry, { ...options, rank: i + 1 }))));
}
