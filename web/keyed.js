// Re-rendering only what changed. Each interaction used to rebuild the whole
// widget (about 3 100 nodes, issue 5); now a part is rebuilt only when the
// inputs it was built from differ, compared as one string key.
import { replaceContent } from './dom.js';

const keys = new WeakMap();

/**
 * Fills `slot` with build()'s nodes unless it already holds what `key`
 * describes. The key must name every input build() reads.
 */
export function renderKeyed(slot, key, build) {
  if (keys.get(slot) === key) return false;
  keys.set(slot, key);
  replaceContent(slot, build());
  return true;
}

/** Forgets what a slot holds, so the next renderKeyed() rebuilds it. */
export function forgetKeyed(slot) {
  keys.delete(slot);
}

/**
 * Moves `node` before `ref` inside `parent`. moveBefore keeps focus, open
 * <details> and selection across the move where the browser has it.
 */
export function placeBefore(parent, node, ref) {
  if (node.parentNode === parent && typeof parent.moveBefore === 'function') {
    try {
      parent.moveBefore(node, ref);
      return;
    } catch { /* fall back to a plain insert */ }
  }
  parent.insertBefore(node, ref);
}
