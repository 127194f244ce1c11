// Widget state → the engine's request vocabulary (docs/data-format.md).
// Deliberately thin: which messenger fits, and in which order, is decided by
// the engine alone.

// The date of the Privacy Guides page this project was seeded from; "as of
// seed" shows the facts as they stood then.
export const SEED_DATE = '2023-06-01';

export function requestOf(state) {
  const req = {};
  if (state.needs.length) req.needs = [...state.needs];
  if (state.prefer.size) req.prefer = Object.fromEntries(state.prefer);
  if (state.answers.size) {
    req.answers = Object.fromEntries([...state.answers].map(([q, a]) =>
      [q, { choice: Array.isArray(a.choice) ? [...a.choice] : a.choice, important: a.important }]));
  }
  req.profile = state.profile;
  // "Today" is left to the engine (today, UTC) so the link means today when opened.
  if (state.asOf === 'seed') req.as_of = SEED_DATE;
  return req;
}

/**
 * Turning quiz answers into plain filters, so one of their needs can be
 * switched off: the engine echoes the effective needs and weights, which is
 * exactly what the answers meant. Weights are kept to what a share link can
 * carry (0–100, two decimals).
 */
export function answersAsFilters(result) {
  return {
    needs: [...result.needs],
    prefer: new Map(Object.entries(result.prefer ?? {}).map(([id, w]) =>
      [id, Math.min(100, Math.round(Number(w) * 100) / 100)])),
  };
}
