// Which dated catalogue entry holds on a date, for display only: the compare
// table shows every attribute, including those no rule reads and that the
// engine therefore never reports in a reason. The rule is the contract's
// (docs/data-format.md, "as-of lookup"): the last entry whose `since` ≤ date;
// an entry without `since` holds from the beginning. Nothing here judges.
export function factAsOf(messenger, attrId, date) {
  const history = messenger?.facts?.[attrId];
  if (!Array.isArray(history)) return null;
  let held = null;
  for (const entry of history) {
    if (!entry.since || entry.since <= date) held = entry;
  }
  return held;
}
