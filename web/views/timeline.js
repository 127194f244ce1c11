// One messenger's timeline: each dated fact, oldest first, as "before → after"
// with its date, note and sources; where sources disagree, both readings side
// by side. The entry the engine used on the chosen date is marked, so the
// timeline and the verdicts above it can be read together (engine.timeline()).
import { h } from '../dom.js';
import { attrLabel, formatValue, GLYPH } from '../format.js';
import { disputeGrid, sourcesLine } from './fact.js';

// Points from the old value to the new one; mirrored in right-to-left text (styles.js).
const ARROW = '\u2192';

export function timelineSection(ctx, entry, timeline) {
  const { msgs } = ctx;
  const items = timeline?.changes ?? [];
  const headingId = `${ctx.idPrefix}-timeline-${entry.id}`;
  return h('section', { class: 'timeline', part: 'timeline', 'aria-labelledby': headingId, 'data-id': entry.id },
    // Focus lands here from a card's "what changed" button.
    h('h4', { class: 'timeline-name', id: headingId, tabindex: '-1', 'data-focus-key': `timeline:${entry.id}` },
      h('bdi', null, entry.name)),
    items.length
      ? h('ol', { class: 'timeline-list' }, items.map((item) =>
        timelineItem(ctx, item)))
      : h('p', { class: 'empty' }, msgs.t('ui.timeline.none')));
}

function timelineItem(ctx, {
  attr, since, before, after, current,
}) {
  const { msgs } = ctx;
  const attribute = ctx.attributes.get(attr);
  const disputed = Array.isArray(after.disputed) && after.disputed.length > 0;
  return h('li', { class: `timeline-entry${current ? ' timeline-current' : ''}`, 'data-attr': attr, 'data-since': since },
    h('p', { class: 'timeline-date' }, h('time', { datetime: since }, msgs.date(since))),
    h('p', { class: 'timeline-attr' }, attrLabel(msgs, attr)),
    h('p', { class: 'timeline-change' },
      h('span', { class: 'timeline-before' }, msgs.t('ui.timeline.before', {
        value: formatValue(msgs, attribute, before ? before.value : 'unknown'),
      })),
      // The old value may have been disputed too: its other readings stay visible.
      (before?.disputed ?? []).map((d) => [' ', h('span', { class: 'timeline-other' },
        h('span', { class: 'glyph', 'aria-hidden': 'true' }, `${GLYPH.disputed} `),
        msgs.t('ui.compare.other_says', { value: formatValue(msgs, attribute, d.value) }))]),
      ' ',
      // The arrow goes with the new value, so a long old value never leaves it alone on a line.
      h('span', { class: 'timeline-to' },
        h('span', { class: 'timeline-arrow', 'aria-hidden': 'true' }, ARROW), ' ',
        h('strong', { class: 'timeline-after' }, msgs.t('ui.timeline.after', {
          value: formatValue(msgs, attribute, after.value),
        })))),
    current ? h('p', { class: 'timeline-now' }, msgs.t('ui.timeline.current', { date: msgs.date(ctx.result.as_of) })) : null,
    after.note ? h('p', { class: 'fact-note' }, after.note) : null,
    disputed ? disputeGrid(ctx, attribute, after) : sourcesLine(msgs, after.sources));
}
