// "What changed": how the verdicts differ between the oldest and the newest
// criteria profile, then every messenger's dated facts as a timeline. Both
// read what the element asked the engine for (ctx.detail); nothing is ranked
// or judged here.
import { h } from '../dom.js';
import { profileDiffSection } from './profile-diff.js';
import { timelineSection } from './timeline.js';
import { changesStyles } from './changes-styles.js';

// Its rules, for views/view-part.js to adopt.
export { changesStyles as styles };

/**
 * What this view shows beyond the ranking, for the element to ask the engine
 * (views/view-part.js) once this code is here: the request under the oldest
 * and the newest profile, and each ranked messenger's timeline, on the date
 * of the shown result (so "today" cannot differ between the calls).
 */
export function detailOf({ engine, request, catalogue, result }) {
  const asked = { ...request, as_of: result.as_of };
  return {
    asOf: result.as_of,
    diff: catalogue.profiles.length > 1 ? engine.changes(asked) : null,
    timelines: new Map(result.results.map((r) => [r.id, engine.timeline(asked, r.id)])),
  };
}

export function changesView(ctx) {
  const { msgs, detail } = ctx;
  const headingId = `${ctx.idPrefix}-timelines`;
  return h('div', { class: 'changes' },
    detail.diff ? profileDiffSection(ctx, detail.diff)
      : h('p', { class: 'empty' }, msgs.t('ui.changes.one_profile')),
    h('section', { class: 'timelines', 'aria-labelledby': headingId },
      h('h3', { id: headingId, class: 'section-heading' }, msgs.t('ui.timeline.title')),
      h('p', { class: 'hint' }, msgs.t('ui.timeline.intro', { date: msgs.date(detail.asOf) })),
      // The engine's ranking order, as everywhere else.
      h('div', { class: 'timeline-grid' },
        ctx.result.results.map((entry) => timelineSection(ctx, entry, detail.timelines.get(entry.id))))));
}
