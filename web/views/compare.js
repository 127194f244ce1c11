// Compare: 2–5 messengers side by side. The first table holds verdicts (the
// engine's pass/fail per criterion and need, as glyph + word + colour); the
// second every fact, with its sources. Columns follow the engine's ranking.
import { h } from '../dom.js';
import { MAX_COMPARE, MIN_COMPARE } from '../share-state.js';
import {
  attrLabel, criterionLabel, formatValue, needLabel, GLYPH, statusWord,
} from '../format.js';
import { sourcesLine } from './fact.js';
import { statusChip } from './reasons.js';
import { tierBadge } from './card.js';
import { compareStyles } from './compare-styles.js';

// Its rules, for views/view-part.js to adopt.
export { compareStyles as styles };

/**
 * What compare shows beyond the ranking, for the element to ask the engine
 * (views/view-part.js) once this code is here: the chosen messengers with
 * every need's verdict and every fact on the shown date.
 */
export function detailOf({ engine, state, request }) {
  return engine.compare(request, state.compare);
}

export function compareView(ctx) {
  const { msgs, state } = ctx;
  const headingId = `${ctx.idPrefix}-compare`;
  const chosen = ctx.detail.results;
  return h('section', { class: 'compare', 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'section-heading' }, msgs.t('ui.compare.title')),
    picker(ctx),
    chosen.length < MIN_COMPARE
      ? h('p', { class: 'empty' }, msgs.t('ui.compare.pick_more', { min: MIN_COMPARE }))
      : [legend(msgs), verdictTable(ctx, chosen), factTable(ctx, chosen)]);
}

// Ticking a messenger in or out: a state change through ctx.update (the
// element's one way to change state), kept with the view that offers it.
function toggle(ctx, id, on) {
  ctx.update((s) => {
    s.compare = s.compare.filter((x) => x !== id);
    if (on && s.compare.length < MAX_COMPARE) s.compare.push(id);
  });
}

function picker(ctx) {
  const { msgs, state } = ctx;
  const full = state.compare.length >= MAX_COMPARE;
  return h('fieldset', { class: 'picker', part: 'compare-picker' },
    h('legend', null, msgs.t('ui.compare.pick', { min: MIN_COMPARE, max: MAX_COMPARE })),
    h('div', { class: 'picker-options' }, ctx.result.results.map((r) => {
      const checked = state.compare.includes(r.id);
      return h('label', { class: 'check' },
        h('input', {
          type: 'checkbox', value: r.id, checked, 'data-focus-key': `pick:${r.id}`,
          // Past the cap the box says why instead of silently refusing.
          'aria-describedby': full && !checked ? `${ctx.idPrefix}-cap` : null,
          on: { change: (e) => toggle(ctx, r.id, e.currentTarget.checked) },
        }),
        h('bdi', null, r.name));
    })),
    full ? h('p', { class: 'hint', id: `${ctx.idPrefix}-cap` },
      msgs.t('ui.compare.cap', { max: MAX_COMPARE })) : null);
}

function legend(msgs) {
  return h('p', { class: 'legend', part: 'compare-legend' }, msgs.t('ui.compare.legend_intro'), ' ',
    ['pass', 'fail', 'unknown', 'disputed'].map((s) => [statusChip(msgs, s), ' ']));
}

function table(caption, chosen, body) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'grid', part: 'compare-table' },
      h('caption', null, caption),
      h('thead', null, h('tr', null,
        h('td', { class: 'corner' }),
        chosen.map((r) => h('th', { scope: 'col' }, h('bdi', null, r.name))))),
      body));
}

function groupRow(title, span) {
  // The label is sticky so it stays readable while the table scrolls sideways.
  return h('tr', { class: 'group-row' },
    h('th', { scope: 'colgroup', colspan: String(span) }, h('span', { class: 'group-label' }, title)));
}

/** A reason of `entry` (one of compare's results, which carry every fact in full). */
function verdictCell(msgs, reason, entry) {
  if (!reason) return h('td', { class: 'cell cell-none' }, '\u2014');
  const disputed = reason.facts?.some((f) => entry?.facts.find((x) => x.attr === f.attr)?.disputed?.length);
  return h('td', { class: `cell cell-${reason.status}` },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPH[reason.status]), ' ',
    statusWord(msgs, reason.status),
    disputed ? [' ', statusChip(msgs, 'disputed')] : null);
}

function verdictTable(ctx, chosen) {
  const { msgs } = ctx;
  const span = chosen.length + 1;
  const rowsFor = (kinds, label) => {
    const ids = [];
    for (const r of chosen) {
      for (const reason of r.reasons) {
        if (kinds.includes(reason.kind) && !ids.includes(reason.id)) ids.push(reason.id);
      }
    }
    return ids.map((id) => h('tr', null,
      h('th', { scope: 'row' }, label(id)),
      chosen.map((r) => verdictCell(msgs, r.reasons.find((x) => kinds.includes(x.kind) && x.id === id), r))));
  };
  const needs = ctx.result.needs;
  const otherNeeds = (group) => ctx.catalogue.needs
    .filter((n) => n.group === group && !needs.includes(n.id)).map((n) => n.id);
  const needVerdict = (entry, id) => entry.every_need.find((x) => x.id === id);

  return table(msgs.t('ui.compare.verdicts'), chosen, h('tbody', null,
    h('tr', null, h('th', { scope: 'row' }, msgs.t('ui.compare.tier')),
      chosen.map((r) => h('td', { class: 'cell' }, tierBadge(ctx, r.tier)))),
    needs.length ? [
      h('tr', null, h('th', { scope: 'row' }, msgs.t('ui.compare.fits')),
        chosen.map((r) => verdictCell(msgs, { status: r.fits ? 'pass' : 'fail' }))),
      groupRow(msgs.t('ui.why.kind.need'), span),
      rowsFor(['need'], (id) => needLabel(msgs, id)),
    ] : null,
    groupRow(msgs.t('ui.why.kind.minimum', { profile: ctx.profileName }), span),
    rowsFor(['minimum', 'tier'], (id) => criterionLabel(msgs, id)),
    groupRow(msgs.t('ui.why.kind.best_case'), span),
    rowsFor(['best_case'], (id) => criterionLabel(msgs, id)),
    ctx.catalogue.need_groups.map((group) => {
      const ids = otherNeeds(group);
      if (!ids.length) return null;
      return [groupRow(msgs.t('ui.compare.other_needs', { group: msgs.t(`group.need.${group}`, null, group) }), span),
        ids.map((id) => h('tr', null, h('th', { scope: 'row' }, needLabel(msgs, id)),
          chosen.map((r) => verdictCell(msgs, needVerdict(r, id), r))))];
    })));
}

/** Every attribute's value per messenger on the chosen date, as the engine reports it. */
function factTable(ctx, chosen) {
  const { msgs } = ctx;
  const span = chosen.length + 1;
  const factOf = (entry, attrId) => entry.facts.find((f) => f.attr === attrId) ?? null;
  return table(msgs.t('ui.compare.facts'), chosen, ctx.catalogue.attribute_groups.map((group) => {
    const attrs = ctx.catalogue.attributes.filter((a) => a.group === group);
    if (!attrs.length) return null;
    return h('tbody', null,
      groupRow(msgs.t(`group.attr.${group}`, null, group), span),
      attrs.map((attr) => h('tr', null,
        h('th', { scope: 'row' }, attrLabel(msgs, attr.id)),
        chosen.map((entry) => factCell(ctx, attr, factOf(entry, attr.id))))));
  }));
}

function factCell(ctx, attr, fact) {
  const { msgs } = ctx;
  const unknown = !fact || fact.value === 'unknown';
  const disputed = fact?.disputed?.length > 0;
  const state = unknown ? 'unknown' : disputed ? 'disputed' : 'known';
  return h('td', { class: `cell fact-cell cell-${state}` },
    unknown ? h('span', { class: 'glyph', 'aria-hidden': 'true' }, `${GLYPH.unknown} `) : null,
    h('span', { class: 'fact-value' }, formatValue(msgs, attr, fact?.value)),
    fact?.since ? h('span', { class: 'fact-since' }, msgs.t('ui.fact.since', { date: msgs.date(fact.since) })) : null,
    disputed ? fact.disputed.map((d) => h('span', { class: 'fact-other' },
      h('span', { class: 'glyph', 'aria-hidden': 'true' }, `${GLYPH.disputed} `),
      msgs.t('ui.compare.other_says', { value: formatValue(msgs, attr, d.value) }))) : null,
    fact ? sourcesLine(msgs, [...(fact.sources ?? []), ...(fact.disputed ?? []).flatMap((d) => d.sources ?? [])]) : null);
}
