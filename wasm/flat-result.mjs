// A result in the module's flat form (core/result_text.hpp,
// write_flat_result) back into the objects of docs/data-format.md: the
// objects' keys put back around the list's items, words looked up by their
// number. Built here, the objects take about a third of the time JSON.parse
// takes to build them from their own text (docs/performance.md, round 9).
// Plain loops over one index: closures sharing it were slower.

/**
 * @param {{words: string[], results: unknown[]}} value the flat form's value
 * @param {(n: number) => unknown} fact what a reason's `facts` holds for a fact number
 */
export function expandResult(value, fact) {
  const { words, results: list, ...head } = value;
  const results = [];
  for (let i = 0; i < list.length;) {
    const id = list[i++], name = list[i++], tier = words[list[i++]], fits = list[i++], score = list[i++];
    const unmet = [];
    for (let n = list[i++]; n > 0; n--) unmet.push(words[list[i++]]);
    const reasons = [];
    for (let n = list[i++]; n > 0; n--) {
      const kind = words[list[i++]], rule = words[list[i++]], status = words[list[i++]], weight = list[i++];
      const facts = [];
      for (let k = list[i++]; k > 0; k--) facts.push(fact(list[i++]));
      reasons.push(weight === null ? { kind, id: rule, status, facts } : { kind, id: rule, status, weight, facts });
    }
    results.push({ id, name, tier, fits, score, unmet, reasons });
  }
  return { ...head, results };
}
