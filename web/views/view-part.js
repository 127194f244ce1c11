// The current view as a part that can be updated: browse and quiz are where
// people click many times in a row, so they are kept and updated in place
// (issue 5); compare and changes are rebuilt on each render, as before.
//
// Only browse is on the first screen. The other views' code is fetched the
// first time someone opens one (a smaller first download): the build makes
// each import() below a chunk next to messenger-fit.js, with the view's CSS.
import { BrowseView } from './browse.js';

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

// Each lazy view: how to build it, its own style sheet (a function, as
// views/<view>-styles.js export it) and what it asks the engine beyond the
// ranking, all in the same chunk.
const LAZY = {
  quiz: () => import('./quiz.js').then((m) => ({ styles: m.styles, build: (ctx) => new m.QuizView(ctx) })),
  compare: () => import('./compare.js').then((m) => ({
    styles: m.styles, detail: m.detailOf, build: (ctx) => new Rebuilt(m.compareView, ctx),
  })),
  changes: () => import('./changes.js').then((m) => ({
    styles: m.styles, detail: m.detailOf, build: (ctx) => new Rebuilt(m.changesView, ctx),
  })),
};

// Browse is styled by styles.js's sheet, which the element adopts from the
// start, and needs nothing but the ranking.
const views = new Map([['browse', { build: (ctx) => new BrowseView(ctx) }]]);
const loading = new Map();

const known = (view) => (Object.hasOwn(LAZY, view) ? view : 'browse');

/**
 * Fetches a view's code unless it is here already. Resolves once viewPart()
 * can build the view; a failed fetch is not kept, so asking again retries.
 */
export function loadView(view) {
  const name = known(view);
  if (views.has(name)) return Promise.resolve();
  if (!loading.has(name)) {
    loading.set(name, LAZY[name]().then((loaded) => { views.set(name, loaded); }, (e) => {
      loading.delete(name);
      throw e;
    }));
  }
  return loading.get(name);
}

/**
 * A part with `el` (its current root, which update() may replace) and
 * update(ctx); null while the view's code has not arrived (loadView()).
 */
export function viewPart(view, ctx) {
  const loaded = views.get(known(view));
  return loaded ? loaded.build(ctx) : null;
}

/**
 * The style sheet a view needs on top of styles.js's, once its code is here
 * (the same sheet for every widget on the page); null if it needs none.
 */
export function viewSheet(view) {
  return views.get(known(view))?.styles?.() ?? null;
}

/**
 * What a view shows beyond the ranking, as the engine answers it: a
 * function of { engine, state, catalogue, request, result }, or null when the
 * view needs nothing more or its code has not arrived yet.
 */
export function viewDetail(view) {
  return views.get(known(view))?.detail ?? null;
}
