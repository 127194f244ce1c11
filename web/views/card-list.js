// The engine's ranked cards, kept across renders and keyed by messenger id:
// a new result updates each card in place and moves only the cards it must
// instead of re-creating the list. The order is always the
// engine's; nothing is ranked here.
import { h } from '../dom.js';
import { placeBefore, staying } from '../keyed.js';
import { Card } from './card.js';

export class CardList {
  #items = new Map();

  constructor() {
    this.el = h('ol', { class: 'cards', part: 'cards' });
  }

  update(ctx, results, options = {}) {
    const wanted = results.map((entry, i) => {
      let item = this.#items.get(entry.id);
      if (!item) {
        const card = new Card();
        item = { card, li: h('li', null, card.el) };
        this.#items.set(entry.id, item);
      }
      item.card.update(ctx, entry, { ...options, rank: i + 1 });
      return item.li;
    });
    const keep = new Set(results.map((r) => r.id));
    for (const [id, item] of this.#items) {
      if (!keep.has(id)) {
        item.li.remove();
        this.#items.delete(id);
      }
    }
    // As few cards move as can: those outside the longest run already in
    // the new order. A moved card is taken out of the layout and restyled
    // whole, so one card climbing to the top must not move the four it passed.
    const stay = staying(wanted, [...this.el.children]);
    let next = null;
    for (let i = wanted.length - 1; i >= 0; i--) {
      const li = wanted[i];
      if (!stay.has(li)) placeBefore(this.el, li, next);
      next = li;
    }
  }
}
