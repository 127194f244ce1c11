// The current view as a part that can be updated: browse and quiz are where
// people click many times in a row, so they are kept and updated in place
// (issue 5); compare and changes are rebuilt on each render, as before.
import { BrowseView } from './browse.js';
import { QuizView } from './quiz.js';
import { compareView } from './compare.js';
import { changesView } from './changes.js';

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

/** A part with `el` (its current root, which update() may replace) and update(ctx). */
export function viewPart(view, ctx) {
  switch (view) {
    case 'quiz': return new QuizView(ctx);
    case 'compare': return new Rebuilt(compareView, ctx);
    case 'changes': return new Rebuilt(changesView, ctx);
    default: return new BrowseView(ctx);
  }
}
