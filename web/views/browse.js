// Browse & filter: the need toggles beside the engine's ranked cards. Kept
// across renders: a toggle updates the filters' ticks and the cards in place.
import { h } from '../dom.js';
import { CardList } from './card-list.js';
import { FiltersPanel } from './filters.js';

export class BrowseView {
  constructor(ctx) {
    const headingId = `${ctx.idPrefix}-results`;
    this.filters = new FiltersPanel(ctx);
    this.cards = new CardList();
    this.el = h('div', { class: 'browse' },
      this.filters.el,
      h('section', { class: 'results', 'aria-labelledby': headingId },
        // The status line above says what the list is; the heading is for navigation.
        h('h3', { id: headingId, class: 'visually-hidden' }, ctx.msgs.t('ui.browse.results_title')),
        this.cards.el));
    this.update(ctx);
  }

  update(ctx) {
    this.filters.update(ctx);
    this.cards.update(ctx, ctx.result.results);
  }
}
