// One quiz question in the GOV.UK question-page pattern: a fieldset whose
// legend holds the heading, the answers, "matters a lot", then Back, Skip and
// Next. Built once and shown again for each step: a step used to
// build a new section and swap it in, and at 4× CPU the swap plus the style
// and layout of a whole new subtree (forced by focusing its heading) took
// most of a 40 ms step. Now only what differs between two questions changes:
// texts, the answers' attributes and which rows and buttons are there.
import { h, setProps, setText } from '../dom.js';

export class QuestionForm {
  #actions;
  #q = null;
  #index = 0;

  /**
   * `actions`: { choose(q, choice), markImportant(q, on), toStep(index),
   * skip(q, nextIndex) }, called with the question shown when the control is used.
   * A form lives for one language (a new one is made for another), so the
   * labels that are the same for every question are written here, once.
   */
  constructor({ idPrefix, msgs }, actions) {
    this.#actions = actions;
    this.hintId = `${idPrefix}-quiz-hint`;
    this.progressText = h('p', { class: 'progress-text' });
    this.progress = h('progress', { class: 'progress', 'aria-hidden': 'true' });
    this.heading = h('h3', { class: 'question-heading', tabindex: '-1', 'data-step-heading': '' });
    this.hint = h('p', { class: 'hint', id: this.hintId });
    this.anyHint = h('p', { class: 'hint' });
    this.options = h('div', { class: 'options' });
    this.important = h('input', {
      type: 'checkbox',
      on: { change: (e) => actions.markImportant(this.#q, e.currentTarget.checked) },
    });
    this.back = this.#button('secondary', 'quiz-back', msgs.t('ui.quiz.back'), () => actions.toStep(this.#index - 1));
    this.skip = this.#button('secondary', 'quiz-skip', msgs.t('ui.quiz.skip'), () => actions.skip(this.#q, this.#index + 1));
    this.next = this.#button('primary', 'quiz-next', null, () => actions.toStep(this.#index + 1));
    this.fieldset = h('fieldset', { class: 'question' },
      h('legend', null, this.heading),
      this.hint, this.anyHint, this.options,
      h('label', { class: 'check important' }, this.important, h('span', null, msgs.t('ui.quiz.important'))));
    this.nav = h('div', { class: 'quiz-nav' }, this.back, this.skip, this.next);
    this.el = h('section', { class: 'quiz', part: 'quiz' },
      this.progressText, this.progress, this.fieldset, this.nav);
  }

  #answerRow() {
    const multi = () => this.#q.kind === 'multi';
    return h('label', null,
      h('input', { on: { change: () => this.#actions.choose(this.#q, readChoice(this.options, multi())) } }),
      h('span'));
  }

  #button(kind, focusKey, label, onClick) {
    return h('button', {
      type: 'button', class: `button ${kind}`, 'data-focus-key': focusKey, on: { click: onClick },
    }, label);
  }

  /**
   * Shows question `index` of `total` with `answer` (the state's, or
   * undefined) and whether it is marked important.
   */
  show({ msgs, idPrefix }, q, index, total, answer, important) {
    this.#q = q;
    this.#index = index;
    const multi = q.kind === 'multi';
    const hint = msgs.t(`quiz.${q.id}.hint`, null, '');
    setText(this.progressText, msgs.t('ui.quiz.progress', { n: index + 1, total }));
    setProps(this.progress, { max: total, value: index + 1 });
    setText(this.heading, msgs.t(`quiz.${q.id}.title`, null, q.id));
    setProps(this.fieldset, { 'aria-describedby': hint ? this.hintId : null });
    showHint(this.hint, hint);
    // The data's hint usually says how many to choose; say it only where it cannot.
    showHint(this.anyHint, multi && !hint ? msgs.t('ui.quiz.choose_any') : '');
    // The answers' rows are kept too, and retargeted: replacing them cost more
    // than everything else in a step (removing inputs is slow in Chromium).
    const chosen = new Set(answer ? [answer.choice].flat() : []);
    const name = `${idPrefix}-q-${q.id}`;
    const rows = this.options.children;
    q.answers.forEach((a, i) => {
      const row = rows[i] ?? this.options.appendChild(this.#answerRow());
      row.className = multi ? 'check' : 'radio';
      const [input, text] = row.children;
      // Unticked before it joins the new group: a ticked radio joining a
      // group would untick the group's own choice.
      input.checked = false;
      setProps(input, { type: multi ? 'checkbox' : 'radio', name, value: a.id, 'data-focus-key': `answer:${q.id}:${a.id}` });
      setText(text, msgs.t(`quiz.${q.id}.${a.id}`, null, a.id));
    });
    while (rows.length > q.answers.length) rows[rows.length - 1].remove();
    q.answers.forEach((a, i) => { if (chosen.has(a.id)) rows[i].firstChild.checked = true; });
    this.important.checked = important;
    this.important.setAttribute('data-focus-key', `important:${q.id}`);
    // The first question has no Back: taken out, not hidden, so it is not in
    // the tab order or the accessibility tree either.
    if (index === 0) this.back.remove();
    else if (this.back.parentNode !== this.nav) this.nav.prepend(this.back);
    setText(this.next, msgs.t(index === total - 1 ? 'ui.quiz.finish' : 'ui.quiz.next'));
  }
}

// A hint with no text is taken out of the layout, and of the description.
function showHint(el, text) {
  setText(el, text);
  el.hidden = !text;
}

function readChoice(options, multi) {
  const picked = [...options.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
  return multi ? picked : picked[0];
}
