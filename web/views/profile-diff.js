// Two criteria profiles side by side (e.g. Privacy Guides 2023 and 2025):
// each messenger's verdict under both, and for every verdict that flips, the
// criteria that flipped it with their role, status and dated, sourced facts.
// The comparison itself is the engine's (engine.changes()); this renders it.
import { h } from '../dom.js';
import { criterionLabel, needLabel, profileLabel } from '../format.js';
import { tierBadge } from './card.js';
import { statusChip } from './reasons.js';
import { factItem } from './fact.js';

export function profileDiffSection(ctx, diff) {
  const { msgs } = ctx;
  const headingId = `${ctx.idPrefix}-profile-diff`;
  const { from, to, rows } = diff;
  const changed = rows.filter((r) => r.tier_changed || r.fits_changed).length;
  const names = { from: profileLabel(msgs, from), to: profileLabel(msgs, to) };
  return h('section', { class: 'profile-diff', part: 'profile-diff', 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'section-heading' }, msgs.t('ui.changes.diff_title', names)),
    h('p', { class: 'diff-summary' }, msgs.plural('ui.changes.summary', changed, {
      total: msgs.number(rows.length), ...names, date: msgs.date(diff.as_of),
    })),
    h('ol', { class: 'diff-rows' }, rows.map((row) => diffRow(ctx, row, [from, to], names))));
}

function diffRow(ctx, row, [from, to], names) {
  const { msgs } = ctx;
  const flipped = row.tier_changed || row.fits_changed;
  const headingId = `${ctx.idPrefix}-diff-${row.id}`;
  return h('li', { class: `diff-row${flipped ? ' diff-flipped' : ''}`, 'data-id': row.id, 'data-flipped': String(flipped) },
    h('section', { 'aria-labelledby': headingId },
      h('div', { class: 'diff-head' },
        h('h4', { class: 'diff-name', id: headingId }, h('bdi', null, row.name)),
        h('dl', { class: 'diff-tiers' },
          h('div', null, h('dt', null, names.from), h('dd', null, tierBadge(ctx, row.before.tier, from))),
          h('div', null, h('dt', null, names.to), h('dd', null, tierBadge(ctx, row.after.tier, to)))),
        h('p', { class: 'diff-verdict' }, msgs.t(flipped ? 'ui.changes.flipped' : 'ui.changes.same'))),
      row.fits_changed ? h('p', { class: 'diff-fits' }, msgs.t('ui.changes.fits', {
        from: msgs.t(row.before.fits ? 'ui.changes.fits_yes' : 'ui.changes.fits_no'),
        to: msgs.t(row.after.fits ? 'ui.changes.fits_yes' : 'ui.changes.fits_no'),
      })) : null,
      row.tier_changed ? because(ctx, row.id, row.criteria, names, (id) => criterionLabel(msgs, id)) : null,
      row.fits_changed ? because(ctx, row.id, row.needs, names, (id) => needLabel(msgs, id)) : null));
}

/** The reasons that differ, each with its role and status under both profiles and its facts. */
function because(ctx, messenger, items, names, label) {
  const { msgs } = ctx;
  if (!items.length) return h('p', { class: 'hint' }, msgs.t('ui.changes.no_criterion'));
  return h('div', { class: 'diff-because' },
    h('p', { class: 'diff-because-title' }, msgs.t('ui.changes.because')),
    h('ul', { class: 'diff-criteria' }, items.map((item) => {
      // Both profiles read the same facts on the same date: show them once.
      const facts = item.facts.map((f) => ctx.fullFact(messenger, f.attr) ?? f);
      return h('li', { class: 'diff-criterion', 'data-criterion': item.id },
        h('p', { class: 'diff-criterion-name' }, label(item.id)),
        h('ul', { class: 'diff-sides' },
          side(msgs, names.from, item.before),
          side(msgs, names.to, item.after)),
        facts.length ? h('ul', { class: 'facts' }, facts.map((f) => factItem(ctx, f))) : null);
    })));
}

function side(msgs, profile, reason) {
  return h('li', { class: 'diff-side' },
    msgs.t('ui.changes.role', { profile, role: msgs.t(`ui.changes.role.${reason ? reason.kind : 'none'}`) }),
    reason ? [' ', statusChip(msgs, reason.status)] : null);
}
