// A card's "Why?" panel. Its reasons, facts and sources are most of a card's
// nodes and are closed almost always, so the body is built when the panel is
// opened, not on every render. A render that changes the reasons
// rebuilds an open body at once and only marks a closed one stale.
import { h, replaceContent, setText } from '../dom.js';
import { reasonGroups } from './reasons.js';

export class WhyPanel {
  #ctx = null;
  #entry = null;
  #key = null;
  #builtKey = null;

  constructor() {
    this.summary = h('summary', {
      // Fill before the default action opens the panel (click, Enter, Space),
      // so it is never painted empty.
      on: { click: () => { if (!this.el.open) this.#fill(); } },
    });
    this.body = h('div', { class: 'why-body' });
    this.el = h('details', {
      class: 'why', part: 'why',
      // Anything else that opens it (find-in-page, a script) lands here.
      on: { toggle: () => this.#onToggle() },
    }, this.summary, this.body);
  }

  /** `key` names what the body shows (the entry's reasons, the profile, the language). */
  update(ctx, entry, key) {
    this.#ctx = ctx;
    this.#entry = entry;
    this.summary.setAttribute('data-focus-key', `why:${entry.id}`);
    setText(this.summary, ctx.msgs.t('ui.card.why', { name: entry.name }));
    this.#key = key;
    const open = ctx.expanded.has(entry.id);
    if (open) this.#fill();
    else if (this.#builtKey !== key) this.#empty();
    if (this.el.open !== open) this.el.open = open;
  }

  #onToggle() {
    const open = this.el.open;
    this.#ctx.onWhyToggle(this.#entry.id, open);
    if (open) this.#fill();
  }

  #fill() {
    if (this.#builtKey === this.#key) return;
    this.#builtKey = this.#key;
    replaceContent(this.body, reasonGroups(this.#ctx, this.#entry, this.#ctx.profileName));
  }

  #empty() {
    this.#builtKey = null;
    this.body.replaceChildren();
  }
}
