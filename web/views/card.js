// One ranked messenger. Cards that do not fit stay in the list, dimmed but
// readable, because "why not Signal?" is as important as "why Briar?".
import { h, setProps } from '../dom.js';
import { messengerDescription, tierLabel, unmetText, reasonLabel, GLYPH } from '../format.js';
import { statusChip } from './reasons.js';
import { WhyPanel } from './why-panel.js';

const TIER_GLYPH = ['\u2605', '\u25CB']; // ★ first tier, ○ later tiers; fallback gets ✗

/** A tier as glyph + word; `profileId` when it is not the chosen profile's (the profile diff). */
export function tierBadge(ctx, tier, profileId = ctx.state.profile) {
  const profile = ctx.catalogue.profiles.find((p) => p.id === profileId);
  const order = (profile?.tiers ?? []).map((t) => t.id);
  const index = order.indexOf(tier);
  const fallback = tier === profile?.fallback_tier;
  const glyph = index < 0 || fallback ? GLYPH.fail : TIER_GLYPH[Math.min(index, 1)];
  const rank = fallback ? 'fallback' : index === 0 ? 'first' : 'other';
  return h('span', { class: `badge badge-${rank}`, part: 'tier-badge', 'data-tier': tier },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, glyph), ' ', tierLabel(ctx.msgs, tier));
}

/**
 * One card kept across renders (the card list keys them by messenger id).
 * Each part above the "Why?" panel is rebuilt only when what it shows
 * changed: a toggle usually changes a card's fit line and sometimes its rank,
 * and rebuilding the whole head of every card made the browser restyle and
 * lay out all of it. The panel element itself is kept, so its open
 * state and a focused summary survive re-ranking.
 */
export class Card {
  // In the card's order: name → { key, node }; node is null for a part not shown.
  #parts = new Map(PARTS.map((name) => [name, { key: null, node: null }]));
  #dimmed = null;
  #fits = null;

  constructor() {
    this.why = new WhyPanel();
    this.el = h('article', null, this.why.el);
  }

  update(ctx, entry, { decided = false, rank } = {}) {
    const { epoch } = ctx;
    // The facts under each reason follow from the catalogue, the messenger and
    // the date the engine answered for, so they need not be part of the key.
    const reasons = entry.reasons.map(({ facts, ...rest }) => rest);
    this.why.update(ctx, entry, JSON.stringify([epoch, ctx.profileName, ctx.result.as_of, reasons]));
    const dimmed = ctx.hasNeeds && !entry.fits;
    if (this.#dimmed !== dimmed || this.#fits !== entry.fits) {
      this.#dimmed = dimmed;
      this.#fits = entry.fits;
      setProps(this.el, {
        class: `card${dimmed ? ' card-dimmed' : ''}`, part: dimmed ? 'card card-unfit' : 'card',
        'aria-labelledby': headingId(ctx, entry), 'data-id': entry.id, 'data-fits': String(entry.fits),
      });
    }
    const messenger = ctx.messengers.get(entry.id) ?? { id: entry.id };
    this.#part('head', [epoch, ctx.state.profile, rank, entry.name, entry.tier], () => cardHead(ctx, entry, rank));
    this.#part('fit', ctx.hasNeeds && [epoch, entry.fits, entry.unmet], () => fitLine(ctx, entry));
    this.#part('decided', decided && [epoch, reasons], () => decidedBy(ctx, entry));
    this.#part('desc', [epoch, entry.id], () => h('p', { class: 'card-desc' }, messengerDescription(ctx.msgs, messenger)));
    this.#part('timeline', [epoch, entry.id, entry.name], () => timelineLink(ctx, messenger, entry));
  }

  /** Rebuilds part `name` when `inputs` (false: not shown) differ from last time. */
  #part(name, inputs, build) {
    const part = this.#parts.get(name);
    const key = inputs === false ? '' : JSON.stringify(inputs);
    if (part.key === key) return;
    part.key = key;
    const node = key ? build() : null;
    if (part.node && node) part.node.replaceWith(node);
    else if (part.node) part.node.remove();
    else if (node) this.#nextNode(name).before(node);
    part.node = node;
  }

  // Where a part that was not shown goes: before the next part that is, or the panel.
  #nextNode(name) {
    const later = PARTS.slice(PARTS.indexOf(name) + 1).map((n) => this.#parts.get(n).node);
    return later.find(Boolean) ?? this.why.el;
  }
}

const PARTS = ['head', 'fit', 'decided', 'desc', 'timeline'];

const headingId = (ctx, entry) => `${ctx.idPrefix}-card-${entry.id}`;

function cardHead(ctx, entry, rank) {
  return h('div', { class: 'card-head' },
    h('h4', { class: 'card-name', id: headingId(ctx, entry) },
      rank ? h('span', { class: 'rank' }, ctx.msgs.t('ui.card.rank', { rank })) : null,
      h('bdi', null, entry.name)),
    tierBadge(ctx, entry.tier));
}

/** To this messenger's dated changes in the "changes" view; none when it has no dated fact. */
function timelineLink(ctx, messenger, entry) {
  const n = messenger?.changes ?? 0;
  if (!n) return null;
  return h('p', { class: 'timeline-link' }, h('button', {
    type: 'button', class: 'link-button', 'data-focus-key': `timeline-link:${entry.id}`,
    on: { click: () => ctx.onTimeline(entry.id) },
  }, ctx.msgs.t('ui.card.timeline', { name: entry.name, n: ctx.msgs.number(n) })));
}

function fitLine(ctx, entry) {
  const { msgs } = ctx;
  if (entry.fits) {
    return h('p', { class: 'fit fit-yes' },
      h('span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPH.pass), ' ', msgs.t('ui.card.fits'));
  }
  return h('div', { class: 'fit fit-no' },
    h('p', null, h('span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPH.fail), ' ',
      msgs.t('ui.card.does_not_fit')),
    h('ul', { class: 'unmet' }, entry.unmet.map((id) => h('li', null, unmetText(msgs, id)))));
}

/** The quiz result: the needs and preferences from the answers that moved this card. */
function decidedBy(ctx, entry) {
  // Needs first; a preference for something already required adds nothing to read.
  const needs = entry.reasons.filter((r) => r.kind === 'need');
  const mine = [...needs, ...entry.reasons.filter((r) => r.kind === 'prefer' && r.weight > 0
    && !needs.some((n) => n.id === r.id))];
  if (!mine.length) return null;
  return h('div', { class: 'decided' },
    h('p', { class: 'decided-title' }, ctx.msgs.t('ui.card.decided_by')),
    h('ul', { class: 'decided-list' }, mine.map((r) => h('li', null,
      statusChip(ctx.msgs, r.status), ' ', reasonLabel(ctx.msgs, r)))));
}
