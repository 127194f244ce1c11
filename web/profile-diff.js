// "What changes between two criteria profiles": two engine results for the
// same request and date, differing only in the profile, compared verdict by
// verdict. Nothing is evaluated here: tiers, fits and every criterion's status
// are the engine's; this only lines the two answers up and points at the
// reasons that differ. Which two profiles are asked about: profilePair().

// The reasons that decide a tier: a messenger gets a tier only when all of
// them pass (docs/data-format.md, criteria.json).
const REQUIRED = new Set(['minimum', 'tier']);

/**
 * "What changed" asks the engine the same request under two profiles: the
 * oldest and the newest by date (null if there are fewer than two).
 */
export function profilePair(profiles) {
  if (!Array.isArray(profiles) || profiles.length < 2) return null;
  // ISO dates compare as strings (no collator: web/timeline.js). On a tie,
  // the first listed is the oldest and the last listed the newest.
  const date = (p) => String(p.date ?? '');
  let oldest = profiles[0];
  let newest = profiles[0];
  for (const p of profiles) {
    if (date(p) < date(oldest)) oldest = p;
    if (date(p) >= date(newest)) newest = p;
  }
  return [oldest.id, newest.id];
}

/**
 * before, after: engine results (engine.recommend) for the older and newer
 * profile; order: messenger ids in the order to list them (default: the
 * newer ranking). Returns one row per messenger:
 * { id, name, before, after, tierChanged, fitsChanged, criteria, needs }
 * where before/after are the engine's entries, `criteria` the requirement
 * criteria whose role or status differs and that block a tier in at least
 * one profile — what flipped the tier — and `needs` the needs whose status
 * differs (what flipped "fits"). Each is { id, before, after } with the
 * engine's reason from each side, or null where that profile has none.
 */
export function profileDiff(before, after, order = after.results.map((r) => r.id)) {
  const old = new Map(before.results.map((r) => [r.id, r]));
  const current = new Map(after.results.map((r) => [r.id, r]));
  return order.filter((id) => old.has(id) && current.has(id)).map((id) => {
    const then = old.get(id);
    const now = current.get(id);
    const tierChanged = then.tier !== now.tier;
    const fitsChanged = then.fits !== now.fits;
    return {
      id: now.id,
      name: now.name,
      before: then,
      after: now,
      tierChanged,
      fitsChanged,
      criteria: tierChanged ? differing(then, now, (r) => REQUIRED.has(r.kind), blocks) : [],
      needs: fitsChanged ? differing(then, now, (r) => r.kind === 'need', () => true) : [],
    };
  });
}

const blocks = (reason) => reason !== null && reason.status !== 'pass';

function differing(then, now, select, relevant) {
  const side = (entry) => new Map(entry.reasons.filter(select).map((r) => [r.id, r]));
  const a = side(then);
  const b = side(now);
  const ids = [...b.keys(), ...[...a.keys()].filter((id) => !b.has(id))];
  return ids.map((id) => ({ id, before: a.get(id) ?? null, after: b.get(id) ?? null }))
    .filter(({ before, after }) => (relevant(before) || relevant(after))
      && (before?.kind !== after?.kind || before?.status !== after?.status));
}
