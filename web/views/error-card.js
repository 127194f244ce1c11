// A catalogue that cannot be used is reported, never rendered half-way: the
// card names each file, JSON pointer and problem so whoever ships the
// catalogue can fix it (messenger-fit validate prints the same lines).
import { h } from '../dom.js';

// A broken file can cascade into hundreds of follow-on problems; the first
// ones are what needs fixing.
const SHOWN = 12;

export function errorCard(msgs, failure, dataSrc) {
  const problems = failure?.problems?.length ? failure.problems
    : [{ code: 'engine', detail: String(failure?.message ?? failure) }];
  return h('section', { class: 'error-card', part: 'error' },
    h('h3', { class: 'section-heading', tabindex: '-1' }, msgs.t(`ui.error.${failure?.kind ?? 'engine'}.title`)),
    h('p', null, msgs.t(`ui.error.${failure?.kind ?? 'engine'}.body`, { src: dataSrc ?? '' })),
    h('ul', { class: 'problems' }, problems.slice(0, SHOWN).map((p) => h('li', null,
      p.file ? h('code', { class: 'problem-where' }, `${p.file}${p.pointer ? ` ${p.pointer}` : ''}`) : null,
      p.file ? ': ' : null,
      h('span', null, problemText(msgs, p))))),
    problems.length > SHOWN ? h('p', null, msgs.plural('ui.error.more', problems.length - SHOWN)) : null);
}

/** The widget's own problems in the reader's language; the engine's validation lines as it printed them. */
function problemText(msgs, p) {
  if (!p.code) return p.message;
  return msgs.t(`ui.problem.${p.code}`, { detail: p.detail ?? '' });
}
