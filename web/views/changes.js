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
