// One ranked messenger. Cards that do not fit stay in the list, dimmed but
// readable, because "why not Signal?" is as important as "why Briar?".
import { h, setProps } from '../dom.js';
import { messengerDescription, tierLabel, unmetText, reasonLabel, GLYPH } from '../format.js';
import { statusChip } from './reasons.js';
import { WhyPanel } from './why-panel.js';
import { datedCount } from '../timeline.js';

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
 * One card kept across renders (the card list keys them by messenger id):
 * an update rebuilds the few nodes above the "Why?" panel only when what
 * they show changed, and keeps the panel element itself, so its open state
 * and a focused summary survive re-ranking.
 */
export class Card {
  #key = null;

  constructor() {
    this.why = new WhyPanel();
    this.el = h('article', null, this.why.el);
  }

  update(ctx, entry, { decided = false, rank } = {}) {
    // What the panel shows, and what the rest of the card shows: a toggle
    // that changes a need's reason but not the verdict leaves the head alone.
    const reasonsKey = JSON.stringify([ctx.epoch, ctx.profileName, entry.reasons]);
    const key = JSON.stringify([ctx.epoch, ctx.state.profile, ctx.hasNeeds, rank,
      entry.name, entry.tier, entry.fits, entry.unmet]) + (decided ? reasonsKey : '');
    this.why.update(ctx, entry, reasonsKey);
    if (key === this.#key) return;
    this.#key = key;
    const { msgs } = ctx;
    const messenger = ctx.messengers.get(entry.id) ?? { id: entry.id };
    const headingId = `${ctx.idPrefix}-card-${entry.id}`;
    const dimmed = ctx.hasNeeds && !entry.fits;
    setProps(this.el, {
      class: `card${dimmed ? ' card-dimmed' : ''}`, part: dimmed ? 'card card-unfit' : 'card',
      'aria-labelledby': headingId, 'data-id': entry.id, 'data-fits': String(entry.fits),
    });
    while (this.why.el.previousSibling) this.why.el.previousSibling.remove();
    this.why.el.before(...[
      h('div', { class: 'card-head' },
        h('h4', { class: 'card-name', id: headingId },
          rank ? h('span', { class: 'rank' }, msgs.t('ui.card.rank', { rank })) : null,
          h('bdi', null, entry.name)),
        tierBadge(ctx, entry.tier)),
      ctx.hasNeeds ? fitLine(ctx, entry) : null,
      decided ? decidedBy(ctx, entry) : null,
      h('p', { class: 'card-desc' }, messengerDescription(msgs, messenger)),
      timelineLink(ctx, messenger, entry),
    ].filter(Boolean));
  }
}

/** To this messenger's dated changes in the "changes" view; none when it has no dated fact. */
function timelineLink(ctx, messenger, entry) {
  const n = datedCount(messenger);
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
