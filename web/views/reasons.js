// The "why" of a verdict: every reason the engine gave, grouped by kind, each
// with a glyph and a word for its status (never colour alone) and its facts.
import { h } from '../dom.js';
import { GLYPH, reasonLabel, statusWord } from '../format.js';
import { factItem } from './fact.js';

export const KIND_ORDER = ['need', 'prefer', 'minimum', 'tier', 'best_case'];

export function statusChip(msgs, status) {
  return h('span', { class: `chip chip-${status}`, part: `status-${status}` },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPH[status] ?? '?'),
    ' ', statusWord(msgs, status));
}

/** One reason of messenger `id`, its facts with their sources from the engine's facts table. */
export function reasonItem(ctx, id, reason) {
  const { msgs } = ctx;
  const weight = typeof reason.weight === 'number' && reason.kind !== 'need'
    ? h('span', { class: 'weight' }, msgs.t('ui.why.weight', { weight: msgs.number(reason.weight) })) : null;
  return h('li', { class: `reason reason-${reason.status}` },
    h('p', { class: 'reason-head' }, statusChip(msgs, reason.status), ' ',
      h('span', { class: 'reason-label' }, reasonLabel(msgs, reason)), weight ? [' ', weight] : null),
    reason.facts?.length ? h('ul', { class: 'facts' }, reason.facts.map((f) => factItem(ctx, ctx.fullFact(id, f.attr) ?? f))) : null);
}

/** All reasons of one result entry, grouped by kind in a fixed, explained order. */
export function reasonGroups(ctx, entry, profileName) {
  const { reasons } = entry;
  const { msgs } = ctx;
  return KIND_ORDER.map((kind) => {
    const these = reasons.filter((r) => r.kind === kind);
    if (!these.length) return null;
    return h('section', { class: 'reason-group' },
      h('h5', { class: 'reason-kind' }, msgs.t(`ui.why.kind.${kind}`, { profile: profileName })),
      h('ul', { class: 'reasons' }, these.map((r) => reasonItem(ctx, entry.id, r))));
  });
}
