// The quiz's own rules (questions, answers, progress, the result's summary),
// fetched with its code and adopted after styles.js's sheet when the quiz is
// first shown (see the note at the top of styles.js). The result's cards are
// browse's, styled there.
import { sharedSheet } from '../styles.js';

const CSS = `
.quiz, .quiz-result { display: grid; gap: 1em; }
.quiz-result { container-type: inline-size; }
.quiz { max-inline-size: 42em; }
.progress-text { font-size: 0.9375em; color: var(--c-muted); font-weight: 600; }
.progress {
  inline-size: 100%; block-size: 0.5em; appearance: none; border: 0; border-radius: 999px;
  background: var(--c-surface); overflow: hidden; color: var(--c-accent);
}
.progress::-webkit-progress-bar { background: var(--c-border); border-radius: 999px; }
.progress::-webkit-progress-value { background: var(--c-accent); border-radius: 999px; }
.question { display: grid; gap: 0.75em; }
.question legend { padding: 0; margin-block-end: 0.5em; }
.question-heading { font-size: 1.45em; }
.options { display: grid; gap: 0.5em; }
.options .check, .options .radio {
  padding: 0.7em 0.9em; border: 1px solid var(--c-control); border-radius: 0.6em; background: var(--c-bg);
}
.options label:hover { background: var(--c-accent-soft); }
.options label:has(input:checked) { border-color: var(--c-accent); box-shadow: inset 0 0 0 1px var(--c-accent); background: var(--c-accent-soft); }
.important { margin-block-start: 0.25em; font-weight: 550; }
.quiz-nav { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75em; }
.quiz-minor { display: inline-flex; flex-wrap: wrap; gap: 0.5em 1.25em; padding-inline: 0.25em; }
.quiz-minor .link-button { min-block-size: 2em; }
.button.primary { background: var(--c-accent); color: var(--c-accent-text); }
.button.primary:hover { filter: brightness(1.08); }

@media (prefers-reduced-motion: no-preference) {
  .options label { transition: background-color 120ms ease, color 120ms ease; }
}
`;

export const quizStyles = sharedSheet(CSS);
