// "What changed": how the verdicts differ between the oldest and the newest
// criteria profile, then every messenger's dated facts as a timeline. Both
// read what the element asked the engine for (ctx.detail); nothing is ranked
// or judged here.
import { h } from '../dom.js';
import { profilePair } from '../profile-diff.js';
import { profileDiffSection } from './profile-diff.js';
import { timelineSection } from './timeline.js';
import { changesStyles } from './changes-styles.js';

// Its rules, for views/view-part.js to adopt.
export { changesStyles as styles };

/**
 * What this view shows beyond the ranking, for the element to ask the engine
 * (views/view-part.js) once this code is here rather than carry on the first
 * screen: the same request under the oldest and the newest profile, on the
 * date the engine used for the shown result (so "today" cannot differ
 * between the two calls), plus the facts on that date for the timelines.
 */
export function detailOf({
  engine, request, catalogue, result,
}) {
  const asOf = result.as_of;
  const pair = profilePair(catalogue.profiles);
  const under = (profile) => engine.recommend({ ...request, profile, as_of: asOf });
  return {
    facts: engine.facts(asOf),
    diff: pair ? { pair, before: under(pair[0]), after: under(pair[1]) } : null,
  };
}

export function changesView(ctx) {
  const { msgs, detail } = ctx;
  const headingId = `${ctx.idPrefix}-timelines`;
  const facts = new Map(detail.facts.messengers.map((m) => [m.id, m]));
  return h('div', { class: 'changes' },
    detail.diff ? profileDiffSection(ctx, detail.diff)
      : h('p', { class: 'empty' }, msgs.t('ui.changes.one_profile')),
    h('section', { class: 'timelines', 'aria-labelledby': headingId },
      h('h3', { id: headingId, class: 'section-heading' }, msgs.t('ui.timeline.title')),
      h('p', { class: 'hint' }, msgs.t('ui.timeline.intro', { date: msgs.date(detail.facts.as_of) })),
      // The engine's ranking order, as everywhere else.
      h('div', { class: 'timeline-grid' },
        ctx.result.results.map((entry) => timelineSection(ctx, entry, facts.get(entry.id))))));
}
