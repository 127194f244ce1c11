// The quiz, one question per step (views/quiz-question.js): an explicit Next
// (choosing never advances by itself), Back that keeps answers, and Skip;
// after the last, the ranked result.
import { h } from '../dom.js';
import { needLabel } from '../format.js';
import { MAX_COMPARE } from '../share-state.js';
import { CardList } from './card-list.js';
import { QuestionForm } from './quiz-question.js';
import { quizStyles } from './quiz-styles.js';

// Its rules, for views/view-part.js to adopt.
export { quizStyles as styles };

/**
 * Kept across renders: a step shows the next question in the same form
 * (views/quiz-question.js) or builds the result's summary, and the result's
 * cards are updated in place. An answer re-renders nothing, since
 * the form already shows it.
 */
export class QuizView {
  #cards = new CardList();
  #key = null;
  #form = null;
  // The latest render's context, for the kept form's controls.
  #ctx;

  constructor(ctx) {
    this.el = null;
    this.update(ctx);
  }

  update(ctx) {
    this.#ctx = ctx;
    const { state } = ctx;
    const total = ctx.catalogue.quiz.questions.length;
    const done = state.step >= total;
    const q = done ? null : ctx.catalogue.quiz.questions[state.step];
    const top = done ? topIds(ctx.result) : null;
    const key = JSON.stringify(done
      ? ['result', ctx.epoch, state.answers.size, ctx.result.needs, ctx.result.prefer ?? {}, top]
      : ['question', ctx.epoch, state.step, state.answers.get(q.id) ?? null, isImportant(ctx, q.id)]);
    if (done) this.#cards.update(ctx, ctx.result.results, { decided: true });
    if (key === this.#key) return;
    this.#key = key;
    let next;
    if (done) {
      next = resultStep(ctx, top, this.#cards.el);
    } else {
      this.#form ??= new QuestionForm(ctx, this.#formActions());
      this.#form.show(ctx, q, state.step, total, state.answers.get(q.id), isImportant(ctx, q.id));
      next = this.#form.el;
    }
    if (this.el && this.el !== next) this.el.replaceWith(next);
    this.el = next;
  }

  #formActions() {
    return {
      choose: (q, choice) => choose(this.#ctx, q, choice),
      markImportant: (q, on) => markImportant(this.#ctx, q, on),
      toStep: (index) => toStep(this.#ctx, index),
      skip: (q, index) => skip(this.#ctx, q, index),
    };
  }
}

// What the quiz's controls do: state changes through ctx.update (the
// element's one way to change state), kept with the view that offers them.
// ctx.pendingImportant holds the
// questions marked important before they are answered; the element keeps it,
// so it outlives a change of language.

// `answers`: the state being changed, inside an update; else the shown one.
const isImportant = (ctx, qid, answers = ctx.state.answers) => answers.get(qid)?.important
  ?? ctx.pendingImportant.has(qid);

function choose(ctx, q, choice) {
  const empty = choice === undefined || (Array.isArray(choice) && choice.length === 0);
  // The form already shows the answer: nothing to render.
  ctx.update((s) => {
    if (empty) {
      s.answers.delete(q.id);
    } else {
      s.answers.set(q.id, { choice, important: isImportant(ctx, q.id, s.answers) });
    }
  }, { render: false });
}

function markImportant(ctx, q, on) {
  if (on) ctx.pendingImportant.add(q.id);
  else ctx.pendingImportant.delete(q.id);
  // An unanswered question has nothing in the state to mark yet.
  ctx.update((s) => {
    const given = s.answers.get(q.id);
    if (!given) return false;
    given.important = on;
    return true;
  }, { render: false });
}

const toStep = (ctx, step) => ctx.update((s) => { s.step = step; }, { focus: 'step-heading' });

function skip(ctx, q, step) {
  ctx.pendingImportant.delete(q.id);
  ctx.update((s) => { s.answers.delete(q.id); s.step = step; }, { focus: 'step-heading' });
}

function restart(ctx) {
  ctx.pendingImportant.clear();
  ctx.update((s) => { s.answers.clear(); s.step = 0; }, { focus: 'step-heading' });
}

function goTo(ctx, view, compareIds) {
  ctx.update((s) => {
    s.view = view;
    if (compareIds) s.compare = compareIds.slice(0, MAX_COMPARE);
  }, { focus: `view:${view}` });
}

/** The first three the engine ranks among those that fit (among all when fewer than two fit). */
function topIds(result) {
  const fitting = result.results.filter((r) => r.fits);
  return (fitting.length >= 2 ? fitting : result.results).slice(0, 3).map((r) => r.id);
}

function resultStep(ctx, top, cards) {
  const { msgs, result, state } = ctx;
  const prefer = Object.entries(result.prefer ?? {}).filter(([, w]) => w > 0);
  return h('section', { class: 'quiz-result', part: 'quiz-result' },
    h('h3', { class: 'question-heading', tabindex: '-1', 'data-step-heading': '' }, msgs.t('ui.quiz.result_title')),
    h('p', null, state.answers.size ? msgs.plural('ui.quiz.result_answered', state.answers.size)
      : msgs.t('ui.quiz.result_none')),
    result.needs.length ? h('p', null, msgs.t('ui.quiz.result_needs', {
      list: msgs.list(result.needs.map((n) => needLabel(msgs, n))),
    })) : null,
    prefer.length ? h('p', null, msgs.t('ui.quiz.result_prefer', {
      list: msgs.list(prefer.map(([n]) => needLabel(msgs, n))),
    })) : null,
    h('div', { class: 'quiz-nav' },
      h('button', { type: 'button', class: 'button primary', 'data-focus-key': 'to-browse',
        on: { click: () => goTo(ctx, 'browse') } }, msgs.t('ui.quiz.to_browse')),
      h('button', { type: 'button', class: 'button secondary', 'data-focus-key': 'to-compare',
        on: { click: () => goTo(ctx, 'compare', top) } }, msgs.t('ui.quiz.to_compare', { n: top.length })),
      h('span', { class: 'quiz-minor' },
        h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'quiz-change',
          on: { click: () => toStep(ctx, 0) } }, msgs.t('ui.quiz.change')),
        h('button', { type: 'button', class: 'link-button', 'data-focus-key': 'quiz-restart',
          on: { click: () => restart(ctx) } }, msgs.t('ui.quiz.restart')))),
    cards);
}
