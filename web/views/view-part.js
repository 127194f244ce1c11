// The current view as a part that can be updated: browse and quiz are where
// people click many times in a row, so they are kept and updated in place;
// compare and changes are rebuilt on each render.
import { BrowseView } from './browse.js';
import { QuizView, styles as quizStyles } from './quiz.js';
import { compareView, detailOf as compareDetail, styles as compareStyles } from './compare.js';
import { changesView, detailOf as changesDetail, styles as changesStyles } from './changes.js';

class Rebuilt {
  constructor(build, ctx) {
    this.build = build;
    this.el = build(ctx);
  }

  update(ctx) {
    const next = this.build(ctx);
    this.el.replaceWith(next);
    this.el = next;
  }
}

// Each view: how to build it, the style sheet it needs beyond styles.js's
// (a function, as views/<view>-styles.js export it) and what it asks the
// engine beyond the ranking.
const VIEWS = {
  browse: { build: (ctx) => new BrowseView(ctx) },
  quiz: { styles: quizStyles, build: (ctx) => new QuizView(ctx) },
  compare: { styles: compareStyles, detail: compareDetail, build: (ctx) => new Rebuilt(compareView, ctx) },
  changes: { styles: changesStyles, detail: changesDetail, build: (ctx) => new Rebuilt(changesView, ctx) },
};

const known = (view) => VIEWS[Object.hasOwn(VIEWS, view) ? view : 'browse'];

/** A part with `el` (its current root, which update() may replace) and update(ctx). */
export function viewPart(view, ctx) {
  return known(view).build(ctx);
}

/** The style sheet a view needs on top of styles.js's (the same for every widget on the page), or null. */
export function viewSheet(view) {
  return known(view).styles?.() ?? null;
}

/**
 * What a view shows beyond the ranking, as the engine answers it: a
 * function of { engine, state, catalogue, request, result }, or null.
 */
export function viewDetail(view) {
  return known(view).detail ?? null;
}
