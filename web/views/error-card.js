// A catalogue that cannot be used is reported, never rendered half-way: the
// card names each file, JSON pointer and problem so whoever ships the
// catalogue can fix it (messenger-fit validate prints the same lines).
import { h } from '../dom.js';

export function errorCard(msgs, failure, dataSrc) {
  const problems = failure?.problems?.length ? failure.problems : [{ message: String(failure?.message ?? failure) }];
  return h('section', { class: 'error-card', part: 'error' },
    h('h3', { class: 'section-heading', tabindex: '-1' }, msgs.t(`ui.error.${failure?.kind ?? 'engine'}.title`)),
    h('p', null, msgs.t(`ui.error.${failure?.kind ?? 'engine'}.body`, { src: dataSrc ?? '' })),
    h('ul', { class: 'problems' }, problems.map((p) => h('li', null,
      p.file ? h('code', { class: 'problem-where' }, `${p.file}${p.pointer ? ` ${p.pointer}` : ''}`) : null,
      p.file ? ': ' : null,
      h('span', null, p.message)))));
}
