// The quiz, one question per step in the GOV.UK question-page pattern: a
// fieldset whose legend holds the heading, an explicit Next (choosing never
// advances by itself), Back that keeps answers, and Skip.
import { h } from '../dom.js';
import { needLabel } from '../format.js';
import { MAX_COMPARE } from '../share-state.js';
import { CardList } from './card-list.js';
import { quizStyles } from './quiz-styles.js';

// Its rules, for views/view-part.js to adopt.
export { quizStyles as styles };

/**
 * Kept across renders: a step rebuilds just the question (or the result's
 * summary), and the result's cards are updated in place (issue 5). An answer
 * re-renders nothing, since the form already shows it.
 */
export class QuizView {
  #cards = new CardList();
  #key = null;

  constructor(ctx) {
    this.el = null;
    this.update(ctx);
  }

  update(ctx) {
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
    const next = done ? resultStep(ctx, top, this.#cards.el) : questionStep(ctx, state.step, total);
    if (this.el) this.el.replaceWith(next);
    this.el = next;
  }
}

// What the quiz's controls do: state changes through ctx.update (the
// element's one way to change state), kept here, in the quiz's chunk, rather
// than on the first screen (issue 5). ctx.pendingImportant holds the
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

function questionStep(ctx, index, total) {
  const { msgs, state } = ctx;
  const q = ctx.catalogue.quiz.questions[index];
  const answer = state.answers.get(q.id);
  const chosen = new Set(answer ? [answer.choice].flat() : []);
  const multi = q.kind === 'multi';
  const name = `${ctx.idPrefix}-q-${q.id}`;
  const hintId = `${name}-hint`;
  const hint = msgs.t(`quiz.${q.id}.hint`, null, '');
  const last = index === total - 1;

  return h('section', { class: 'quiz', part: 'quiz' },
    h('p', { class: 'progress-text' }, msgs.t('ui.quiz.progress', { n: index + 1, total })),
    h('progress', { class: 'progress', max: String(total), value: String(index + 1), 'aria-hidden': 'true' }),
    h('fieldset', { class: 'question', 'aria-describedby': hint ? hintId : null },
      h('legend', null,
        h('h3', { class: 'question-heading', tabindex: '-1', 'data-step-heading': '' },
          msgs.t(`quiz.${q.id}.title`, null, q.id))),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      // The data's hint usually says how many to choose; say it only where it cannot.
      multi && !hint ? h('p', { class: 'hint' }, msgs.t('ui.quiz.choose_any')) : null,
      h('div', { class: 'options' }, q.answers.map((a) => h('label', { class: multi ? 'check' : 'radio' },
        h('input', {
          type: multi ? 'checkbox' : 'radio', name, value: a.id, checked: chosen.has(a.id),
          'data-focus-key': `answer:${q.id}:${a.id}`,
          on: { change: (e) => choose(ctx, q, readChoice(e.currentTarget.closest('.options'), multi)) },
        }),
        h('span', null, msgs.t(`quiz.${q.id}.${a.id}`, null, a.id))))),
      h('label', { class: 'check important' },
        h('input', {
          type: 'checkbox', checked: isImportant(ctx, q.id), 'data-focus-key': `important:${q.id}`,
          on: { change: (e) => markImportant(ctx, q, e.currentTarget.checked) },
        }),
        h('span', null, msgs.t('ui.quiz.important')))),
    h('div', { class: 'quiz-nav' },
      index > 0 ? h('button', { type: 'button', class: 'button secondary', 'data-focus-key': 'quiz-back',
        on: { click: () => toStep(ctx, index - 1) } }, msgs.t('ui.quiz.back')) : null,
      h('button', { type: 'button', class: 'button secondary', 'data-focus-key': 'quiz-skip',
        on: { click: () => skip(ctx, q, index + 1) } }, msgs.t('ui.quiz.skip')),
      h('button', { type: 'button', class: 'button primary', 'data-focus-key': 'quiz-next',
        on: { click: () => toStep(ctx, index + 1) } }, msgs.t(last ? 'ui.quiz.finish' : 'ui.quiz.next'))));
}

function readChoice(options, multi) {
  const picked = [...options.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
  return multi ? picked : picked[0];
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
