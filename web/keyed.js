// Re-rendering only what changed. Each interaction used to rebuild the whole
// widget (about 3 100 nodes); now a part is rebuilt only when the
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

/**
 * The items of `wanted` that can stay where they are in `current`: a
 * longest subsequence of `wanted` whose order `current` already has
 * (patience sorting, O(n log n)).
 */
export function staying(wanted, current) {
  const at = new Map(current.map((item, i) => [item, i]));
  const tails = []; // tails[k]: index in `wanted` ending the best run of length k + 1
  const prev = new Array(wanted.length).fill(-1);
  wanted.forEach((item, i) => {
    const pos = at.get(item);
    if (pos === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at.get(wanted[tails[mid]]) < pos) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const stay = new Set();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]) stay.add(wanted[i]);
  return stay;
}
