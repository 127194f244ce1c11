// A messenger's dated facts as a timeline: every catalogue history entry that
// has a `since`, oldest first, each paired with the value it replaced. This
// only reshapes the catalogue the engine returned (engine.catalogue()); which
// value holds on a given date is still the engine's answer (engine.facts()).

/**
 * messenger: one of engine.catalogue().messengers; attrOrder: attribute ids
 * in catalogue order (ties on one date follow it). Returns
 * [{ attr, since, before, after }] where `after` is the dated entry itself
 * ({ value, sources, note?, disputed? }) and `before` the entry it replaced,
 * or null when nothing was recorded before it (the value was then unknown).
 */
export function timelineOf(messenger, attrOrder = []) {
  const rank = new Map(attrOrder.map((id, i) => [id, i]));
  const entries = [];
  for (const [attr, history] of Object.entries(messenger?.facts ?? {})) {
    if (!Array.isArray(history)) continue;
    history.forEach((entry, i) => {
      if (typeof entry?.since !== 'string') return;
      entries.push({ attr, since: entry.since, before: i > 0 ? history[i - 1] : null, after: entry });
    });
  }
  // ISO dates and ids sort as strings, by code unit: no locale has a say in
  // their order, and localeCompare's first call in a page builds a collator
  // (over 10 ms, issue 5).
  const byCodeUnit = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  return entries.sort((a, b) => byCodeUnit(a.since, b.since)
    || (rank.get(a.attr) ?? Infinity) - (rank.get(b.attr) ?? Infinity) || byCodeUnit(a.attr, b.attr));
}

/** How many entries timelineOf(messenger) has, without building or sorting them. */
export function datedCount(messenger) {
  let n = 0;
  for (const history of Object.values(messenger?.facts ?? {})) {
    if (Array.isArray(history)) for (const entry of history) if (typeof entry?.since === 'string') n++;
  }
  return n;
}

/**
 * Whether this timeline entry is the one the engine used on its as-of date:
 * `current` is the engine's fact for the same attribute (engine.facts()).
 */
export function isCurrent(entry, current) {
  return Boolean(current) && current.since === entry.since;
}
