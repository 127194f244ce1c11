// One dated, sourced fact, as the engine reported it inside a reason. When
// sources disagree, both readings are shown side by side: the catalogue's
// value is what the verdict used, the others are what other sources say.
import { h, sourceLink } from '../dom.js';
import { attrLabel, formatValue, GLYPH } from '../format.js';

export function factItem(ctx, fact) {
  const { msgs } = ctx;
  const attribute = ctx.attributes.get(fact.attr);
  const disputed = Array.isArray(fact.disputed) && fact.disputed.length > 0;
  return h('li', { class: 'fact' },
    h('p', { class: 'fact-main' },
      h('span', { class: 'fact-attr' }, msgs.t('ui.fact.attr', { attr: attrLabel(msgs, fact.attr) })),
      ' ',
      h('strong', { class: 'fact-value' }, formatValue(msgs, attribute, fact.value)),
      fact.since ? [' ', h('span', { class: 'fact-since' }, msgs.t('ui.fact.since', { date: msgs.date(fact.since) }))] : null,
      disputed ? [' ', h('span', { class: 'fact-flag' }, `${GLYPH.disputed} ${msgs.t('ui.fact.disputed_flag')}`)] : null),
    fact.note ? h('p', { class: 'fact-note' }, fact.note) : null,
    sourcesLine(msgs, fact.sources),
    disputed ? disputeGrid(ctx, attribute, fact) : null);
}

export function sourcesLine(msgs, sources) {
  const list = Array.isArray(sources) ? sources : [];
  if (!list.length) return h('p', { class: 'fact-sources' }, msgs.t('ui.fact.no_source'));
  const items = [];
  list.forEach((s, i) => {
    if (i) items.push(', ');
    items.push(sourceLink(s));
  });
  return h('p', { class: 'fact-sources' }, msgs.t('ui.fact.sources'), ' ', items);
}

/** Side by side: the value the engine used and what each other source says. */
export function disputeGrid(ctx, attribute, fact) {
  const { msgs } = ctx;
  const side = (title, value, note, sources, cls) => h('div', { class: `dispute-side ${cls}` },
    h('p', { class: 'dispute-title' }, title),
    h('p', { class: 'dispute-value' }, formatValue(msgs, attribute, value)),
    note ? h('p', { class: 'fact-note' }, note) : null,
    sourcesLine(msgs, sources));
  return h('div', { class: 'dispute', part: 'dispute' },
    side(msgs.t('ui.fact.used_value'), fact.value, null, fact.sources, 'used'),
    fact.disputed.map((d) => side(msgs.t('ui.fact.other_value'), d.value, d.note, d.sources, 'other')));
}
