// A plain-JavaScript implementation of the engine's recommend(), written only
// to compare wasm against JS fairly (issue 5, group 4). Not used by the widget.
//
// Same algorithm as core/ (engine.cpp, verdict_cache.cpp, fact_table.cpp,
// result_text.cpp), step for step:
// - the same data layout: ids resolved to indices at load time, enum values as
//   member indices, sets as bitmasks (two 32-bit halves: up to 64 members, as
//   in C++), every messenger's histories flattened into one table (entries
//   contiguous, a range per (messenger, attribute)), `since` as YYYYMMDD
//   integers, each entry's result fact built once at load;
// - the same three-valued rule evaluation (core/rule.cpp), including the
//   order in which eq/in look at their operands;
// - the same memo: per epoch (the stretch between two dates on which some
//   fact changes: every date in it sees the same facts), one column of bits
//   per need or criterion asked about (a "pass" bit and an "unknown" bit per
//   messenger, in 32-bit words where C++ has 64: JS's bitwise operators are
//   32-bit), updated from the same rule's column in
//   another kept epoch for just the messengers whose facts it reads change
//   between the two (when those are fewer than the messengers; a rule on
//   one attribute reads the changed entries themselves), else filled
//   in one pass over the table reading only the attributes the missing rules
//   read; the 4 most recently used epochs are kept;
// - rank first: fits and tiers folded a word at a time, tiers and scores set
//   by visiting the set bits, column by column; the same
//   ranking order (fits, tier, score desc, id rank asc) and the same
//   heap-based partial sort as std::partial_sort, to `limit` or to the end,
//   of the fitting messengers only when at least that many fit;
// - then reasons (needs → minimum → tier extras → best case → prefer) only for
//   the returned messengers, read from the columns, and the same result object
//   (docs/data-format.md).
// Differences, by design: it does not validate the data (the bench feeds it
// files the C++ loader has accepted), request errors are plain Errors, and
// results share the loaded fact objects instead of copying them (a JS engine
// would hand out references, where C++ copies pre-rendered text).

const PASS = 1, FAIL = 0, UNKNOWN = 2;
const VERDICT = ['fail', 'pass', 'unknown'];
const OPS = ['eq', 'in', 'has', 'has_all', 'has_any', 'has_none', 'not_empty', 'gte', 'lte', 'all', 'any', 'not'];
const KIND = ['need', 'minimum', 'tier', 'best_case', 'prefer'];
const K_NEED = 0, K_MINIMUM = 1, K_TIER = 2, K_BEST = 3, K_PREFER = 4;
const BEGINNING = -2147483648;

function parseDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad date ${text}`);
  return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
}

function maskOf(attr, members) {
  let lo = 0, hi = 0;
  for (const name of members) {
    const i = attr.values.indexOf(name);
    if (i < 32) lo |= 1 << i; else hi |= 1 << (i - 32);
  }
  return [lo, hi];
}

function parseValue(attr, raw) {
  const v = { known: false, boolean: false, member: -1, lo: 0, hi: 0, number: 0, items: null, text: '' };
  if (raw === 'unknown') return v;
  v.known = true;
  switch (attr.type) {
    case 'bool': v.boolean = raw; break;
    case 'enum': v.member = attr.values.indexOf(raw); break;
    case 'set': [v.lo, v.hi] = maskOf(attr, raw); break;
    case 'number': v.number = raw; break;
    case 'list': v.items = raw; break;
    case 'text': v.text = raw; break;
    default: throw new Error(`type ${attr.type}`);
  }
  return v;
}

function compileRule(j, attrs, attrIndex) {
  const name = OPS.find((op) => op in j);
  const rule = {
    op: OPS.indexOf(name), attr: -1, boolean: false, members: [], lo: 0, hi: 0, numbers: [], texts: [], children: [],
  };
  const operand = j[name];
  if (name === 'all' || name === 'any') {
    rule.children = operand.map((c) => compileRule(c, attrs, attrIndex));
    return rule;
  }
  if (name === 'not') {
    rule.children = [compileRule(operand, attrs, attrIndex)];
    return rule;
  }
  rule.attr = attrIndex.get(j.attr);
  const attr = attrs[rule.attr];
  const scalar = (x) => {
    switch (attr.type) {
      case 'bool': rule.boolean = x; break;
      case 'enum': rule.members.push(attr.values.indexOf(x)); break;
      case 'number': rule.numbers.push(x); break;
      case 'text': rule.texts.push(x); break;
      default: throw new Error('operator does not fit');
    }
  };
  switch (name) {
    case 'eq': scalar(operand); break;
    case 'in': operand.forEach(scalar); break;
    case 'has': [rule.lo, rule.hi] = maskOf(attr, [operand]); break;
    case 'has_all': case 'has_any': case 'has_none': [rule.lo, rule.hi] = maskOf(attr, operand); break;
    case 'gte': case 'lte': rule.numbers.push(operand); break;
    default: break; // not_empty
  }
  return rule;
}

function collectAttributes(rule, out) {
  if (rule.attr >= 0 && !out.includes(rule.attr)) out.push(rule.attr);
  for (const c of rule.children) collectAttributes(c, out);
  return out;
}

const fromBool = (b) => (b ? PASS : FAIL);

function evaluate(rule, row) {
  switch (rule.op) {
    case 9: { // all
      let out = PASS;
      for (const c of rule.children) {
        const v = evaluate(c, row);
        if (v === FAIL) return FAIL;
        if (v === UNKNOWN) out = UNKNOWN;
      }
      return out;
    }
    case 10: { // any
      let out = FAIL;
      for (const c of rule.children) {
        const v = evaluate(c, row);
        if (v === PASS) return PASS;
        if (v === UNKNOWN) out = UNKNOWN;
      }
      return out;
    }
    case 11: { // not
      const v = evaluate(rule.children[0], row);
      return v === UNKNOWN ? v : fromBool(v === FAIL);
    }
    default: break;
  }
  const v = row[rule.attr];
  if (v === null || !v.known) return UNKNOWN;
  switch (rule.op) {
    case 0: // eq
      if (rule.members.length) return fromBool(v.member === rule.members[0]);
      if (rule.numbers.length) return fromBool(v.number === rule.numbers[0]);
      if (rule.texts.length) return fromBool(v.text === rule.texts[0]);
      return fromBool(v.boolean === rule.boolean);
    case 1: // in
      if (rule.members.length) return fromBool(rule.members.includes(v.member));
      if (rule.numbers.length) return fromBool(rule.numbers.includes(v.number));
      return fromBool(rule.texts.includes(v.text));
    case 2: case 3: // has, has_all
      return fromBool((v.lo & rule.lo) === rule.lo && (v.hi & rule.hi) === rule.hi);
    case 4: return fromBool((v.lo & rule.lo) !== 0 || (v.hi & rule.hi) !== 0); // has_any
    case 5: return fromBool((v.lo & rule.lo) === 0 && (v.hi & rule.hi) === 0); // has_none
    case 6: return fromBool(v.lo !== 0 || v.hi !== 0 || (v.items !== null && v.items.length > 0)); // not_empty
    case 7: return fromBool(v.number >= rule.numbers[0]); // gte
    case 8: return fromBool(v.number <= rule.numbers[0]); // lte
    default: return UNKNOWN;
  }
}

function factJson(attr, e) {
  const f = { attr: attr.id, value: e.value };
  if (e.since !== undefined) f.since = e.since;
  f.sources = e.sources;
  if (e.note) f.note = e.note;
  if (e.disputed !== undefined) f.disputed = e.disputed;
  return f;
}

const EPOCHS_KEPT = 4; // as VerdictCache::kEpochs

/** files: {"attributes.json": text, ...} as given to loadEngine({dataFiles}). */
export function loadReference(files) {
  const doc = (name) => JSON.parse(files[name]);
  const attrs = doc('attributes.json').attributes;
  const attrIndex = new Map(attrs.map((a, i) => [a.id, i]));
  // The fact table (core/fact_table.hpp): entries of all messengers
  // contiguous, ranges[m * attrs + a] .. ranges[m * attrs + a + 1].
  const catalogue = doc('catalogue.json').messengers;
  const stride = attrs.length;
  const ranges = new Uint32Array(catalogue.length * stride + 1);
  const sinces = [], values = [], facts = [];
  // [since, messenger, attribute, entry, whether an entry comes before it in
  // its history] of every dated entry (FactTable::Change)
  const dated = [];
  const unknownFacts = attrs.map((a) => ({ attr: a.id, value: 'unknown', sources: [] }));
  const messengers = catalogue.map((m, i) => {
    for (let a = 0; a < stride; a++) {
      const history = m.facts[attrs[a].id] ?? [];
      for (const e of history) {
        sinces.push(e.since === undefined ? BEGINNING : parseDate(e.since));
        if (e.since !== undefined) dated.push([sinces.at(-1), i, a, sinces.length - 1, e !== history[0]]);
        values.push(parseValue(attrs[a], e.value));
        facts.push(factJson(attrs[a], e));
      }
      ranges[i * stride + a + 1] = sinces.length;
    }
    return { id: m.id, name: m.name };
  });
  const since = Int32Array.from(sinces);
  // The dates on which some fact changes, ascending, once each (FactTable::change_dates).
  const changeDates = [...new Set(sinces.filter((d) => d !== BEGINNING))].sort((x, y) => x - y);
  // The (messenger, attribute) pairs whose entry starts on each change date,
  // grouped by date (FactTable::changes_between): changeOffsets[k] is the
  // first on changeDates[k]; epoch k has seen every change before it.
  dated.sort((x, y) => x[0] - y[0]);
  const changeMessenger = Uint32Array.from(dated, (d) => d[1]);
  const changeAttribute = Uint32Array.from(dated, (d) => d[2]);
  const changeEntry = Uint32Array.from(dated, (d) => d[3]);
  const changeHasBefore = Uint8Array.from(dated, (d) => (d[4] ? 1 : 0));
  const changeOffsets = [];
  dated.forEach(([since], i) => { if (i === 0 || since !== dated[i - 1][0]) changeOffsets.push(i); });
  changeOffsets.push(dated.length);
  // How many change dates are <= date (FactTable::epoch).
  const epochOf = (date) => {
    let lo = 0, hi = changeDates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (changeDates[mid] <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The entry of (m, a) in effect on `date`, or -1.
  const asOf = (m, a, date) => {
    const k = m * stride + a;
    for (let i = ranges[k + 1]; i > ranges[k]; i--) if (since[i - 1] <= date) return i - 1;
    return -1;
  };
  const idRank = new Uint32Array(messengers.length);
  [...messengers.keys()].sort((x, y) => (messengers[x].id < messengers[y].id ? -1 : 1))
    .forEach((m, rank) => { idRank[m] = rank; });
  const needs = doc('needs.json').needs.map((n) => {
    const rule = compileRule(n.rule, attrs, attrIndex);
    return { id: n.id, rule, attrs: collectAttributes(rule, []) };
  });
  const needIndex = new Map(needs.map((n, i) => [n.id, i]));
  const crit = doc('criteria.json');
  const criteria = crit.criteria.map((c) => {
    const rule = compileRule(c.rule, attrs, attrIndex);
    return { id: c.id, rule, attrs: collectAttributes(rule, []) };
  });
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const profiles = crit.profiles.map((p) => ({
    id: p.id,
    minimum: p.minimum.map((c) => criterionIndex.get(c)),
    bestCase: p.best_case.map((w) => ({ criterion: criterionIndex.get(w.criterion), weight: w.weight })),
    tiers: p.tiers.map((t) => ({ id: t.id, requires: t.requires.map((c) => criterionIndex.get(c)) })),
    fallback: p.fallback_tier,
  }));
  for (const p of profiles) {
    p.extra = [];
    for (const t of p.tiers) {
      for (const c of t.requires) if (!p.minimum.includes(c) && !p.extra.includes(c)) p.extra.push(c);
    }
  }
  const profileIndex = new Map(profiles.map((p, i) => [p.id, i]));
  const defaultProfile = profileIndex.get(crit.default_profile);
  const quizDoc = doc('quiz.json');
  const quiz = {
    factor: quizDoc.important_factor,
    questions: quizDoc.questions.map((q) => ({
      id: q.id,
      multi: q.kind === 'multi',
      answers: q.answers.map((a) => ({
        id: a.id,
        needs: (a.needs ?? []).map((n) => needIndex.get(n)),
        // The engine's objects (ordered_json) iterate in document order, as JS does.
        prefer: Object.keys(a.prefer ?? {}).map((n) => [needIndex.get(n), a.prefer[n]]),
        needsIfImportant: (a.needs_if_important ?? []).map((n) => needIndex.get(n)),
      })),
    })),
  };

  function parseRequest(j, today) {
    const needList = [];
    const prefer = new Map();
    const addNeed = (n) => { if (!needList.includes(n)) needList.push(n); };
    const need = (id) => {
      const n = needIndex.get(id);
      if (n === undefined) throw new Error(`unknown need ${id}`);
      return n;
    };
    for (const id of j.needs ?? []) addNeed(need(id));
    if (j.prefer) {
      for (const id of Object.keys(j.prefer)) {
        const n = need(id);
        prefer.set(n, (prefer.get(n) ?? 0) + j.prefer[id]);
      }
    }
    if (j.answers) {
      for (const q of quiz.questions) {
        const a = j.answers[q.id];
        if (a === undefined) continue;
        let choice = a, important = false;
        if (a !== null && typeof a === 'object' && !Array.isArray(a)) {
          choice = a.choice;
          important = a.important ?? false;
        }
        const seen = [];
        for (const id of Array.isArray(choice) ? choice : [choice]) {
          const k = q.answers.findIndex((x) => x.id === id);
          if (k < 0) throw new Error(`unknown answer ${id}`);
          if (seen.includes(k)) continue;
          seen.push(k);
          const answer = q.answers[k];
          for (const n of answer.needs) addNeed(n);
          if (important) for (const n of answer.needsIfImportant) addNeed(n);
          for (const [n, w] of answer.prefer) prefer.set(n, (prefer.get(n) ?? 0) + (important ? w * quiz.factor : w));
        }
      }
    }
    const profile = j.profile === undefined ? defaultProfile : profileIndex.get(j.profile);
    if (profile === undefined) throw new Error(`unknown profile ${j.profile}`);
    return {
      needs: needList,
      prefer: [...prefer].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]),
      profile,
      asOf: j.as_of === undefined ? today : parseDate(j.as_of),
      limit: j.limit ?? 0,
    };
  }

  // The values in effect on `date` of messenger m's `used` attributes, into `row` (fill_row).
  function fillRow(m, used, date, row) {
    for (const a of used) {
      const e = asOf(m, a, date);
      row[a] = e < 0 ? null : values[e];
    }
  }

  // A verdict column (core/verdict_cache.hpp): bit m % 32 of word m >>> 5 set
  // when messenger m passes, of word words + (m >>> 5) when its verdict is
  // unknown.
  const words = (messengers.length + 31) >>> 5;
  const verdictAt = (column, m) => {
    const bit = 1 << (m & 31);
    if (column[m >>> 5] & bit) return PASS;
    return column[words + (m >>> 5)] & bit ? UNKNOWN : FAIL;
  };
  const put = (column, m, v) => {
    const bit = 1 << (m & 31);
    const k = m >>> 5;
    column[k] = v === PASS ? column[k] | bit : column[k] & ~bit;
    column[words + k] = v === UNKNOWN ? column[words + k] | bit : column[words + k] & ~bit;
  };
  // Calls visit(m) for each set bit m of `bits`, in ascending order.
  const eachBit = (bits, visit) => {
    for (let k = 0; k < words; k++) {
      for (let b = bits[k]; b !== 0; b &= b - 1) visit((k << 5) + 31 - Math.clz32(b & -b));
    }
  };

  // The verdicts of `rule` on `date`, from `from` (the same rule's column in
  // an epoch whose facts differ from `date`'s only in changes lo..hi): the
  // messengers with a change to an attribute the rule reads are evaluated
  // again, the others keep theirs (verdict_cache.cpp's update()).
  // A rule that reads one attribute only reads the change's own entry going
  // forward (`forward`: `from` is the earlier epoch), the one before it going
  // back; walked from the far end, the last written is the one in effect on
  // `date`. Other rules look their facts up as of `date`.
  function update(rule, date, from, [lo, hi], forward) {
    const used = collectAttributes(rule, []);
    const column = Uint32Array.from(from);
    const row = new Array(attrs.length).fill(null);
    for (let k = 0; k < hi - lo; k++) {
      const i = forward ? lo + k : hi - 1 - k;
      if (!used.includes(changeAttribute[i])) continue;
      if (used.length === 1) {
        const e = changeEntry[i];
        row[used[0]] = forward ? values[e] : changeHasBefore[i] ? values[e - 1] : null;
      } else {
        fillRow(changeMessenger[i], used, date, row);
      }
      put(column, changeMessenger[i], evaluate(rule, row));
    }
    return column;
  }

  // The verdict memo (core/verdict_cache.cpp): epoch → columns, needs then criteria.
  const epochs = []; // most recently used last
  function verdicts(date, needList, criterionList) {
    const epoch = epochOf(date);
    let k = epochs.findIndex((e) => e.epoch === epoch);
    let found;
    if (k >= 0) {
      found = epochs[k];
      epochs.splice(k, 1);
    } else {
      found = { epoch, columns: new Array(needs.length + criteria.length).fill(null) };
      if (epochs.length === EPOCHS_KEPT) epochs.shift();
    }
    epochs.push(found);
    // A missing column is updated from the same rule's column in another kept
    // epoch when fewer (messenger, attribute) facts change between the two
    // than there are messengers (core/verdict_cache.cpp); otherwise computed
    // in one pass with the rest.
    const missing = [];
    const want = (rule, column) => {
      if (found.columns[column] !== null || missing.some((x) => x.column === column) || !messengers.length) return;
      let from = null;
      let changes = null;
      let cost = messengers.length;
      for (const other of epochs) {
        if (other === found || other.columns[column] === null) continue;
        // FactTable::changes_between.
        const between = [changeOffsets[Math.min(other.epoch, epoch)], changeOffsets[Math.max(other.epoch, epoch)]];
        if (between[1] - between[0] < cost) { from = other; changes = between; cost = between[1] - between[0]; }
      }
      if (from) found.columns[column] = update(rule, date, from.columns[column], changes, from.epoch < epoch);
      else missing.push({ rule, column });
    };
    for (const n of needList) want(needs[n].rule, n);
    for (const c of criterionList) want(criteria[c].rule, needs.length + c);
    if (missing.length && messengers.length) {
      const used = [];
      for (const x of missing) collectAttributes(x.rule, used);
      const fresh = missing.map(() => new Uint32Array(2 * words));
      const row = new Array(attrs.length).fill(null);
      for (let m = 0; m < messengers.length; m++) {
        fillRow(m, used, date, row);
        for (let x = 0; x < missing.length; x++) put(fresh[x], m, evaluate(missing[x].rule, row));
      }
      missing.forEach((x, i) => { found.columns[x.column] = fresh[i]; });
    }
    return {
      need: (n) => found.columns[n],
      criterion: (c) => found.columns[needs.length + c],
    };
  }

  function rank(request) {
    const profile = profiles[request.profile];
    const { extra } = profile;
    const v = verdicts(request.asOf,
      [...request.needs, ...request.prefer.map(([n]) => n)],
      [...profile.minimum, ...extra, ...profile.bestCase.map((w) => w.criterion)]);
    const n = messengers.length;
    const fallback = profile.tiers.length;
    // Every messenger to start with, no bit past the last one.
    const fits = new Uint32Array(words).fill(~0);
    if (n & 31) fits[words - 1] = (1 << (n & 31)) - 1;
    const minimumMet = fits.slice();
    const tierRank = new Int32Array(n).fill(fallback);
    const score = new Float64Array(n);
    const fold = (into, passes) => { for (let k = 0; k < words; k++) into[k] &= passes[k]; };
    for (const need of request.needs) fold(fits, v.need(need));
    for (const c of profile.minimum) fold(minimumMet, v.criterion(c));
    for (let t = fallback - 1; t >= 0; t--) {
      const meets = minimumMet.slice();
      for (const c of profile.tiers[t].requires) fold(meets, v.criterion(c));
      eachBit(meets, (m) => { tierRank[m] = t; });
    }
    for (const wc of profile.bestCase) eachBit(v.criterion(wc.criterion), (m) => { score[m] += wc.weight; });
    for (const [need, w] of request.prefer) eachBit(v.need(need), (m) => { score[m] += w; });
    const fit = (m) => (fits[m >>> 5] >>> (m & 31)) & 1;
    const before = (a, b) => {
      if (fit(a) !== fit(b)) return fit(a) === 1;
      if (tierRank[a] !== tierRank[b]) return tierRank[a] < tierRank[b];
      if (score[a] !== score[b]) return score[a] > score[b];
      return idRank[a] < idRank[b];
    };
    // A full ranking is a partial sort to the end, as in C++; when at least
    // `top` messengers fit, only they are sorted.
    const top = request.limit > 0 && request.limit < n ? request.limit : n;
    let fitting = 0;
    eachBit(fits, () => { fitting++; });
    const keys = [];
    if (top <= fitting) eachBit(fits, (m) => { keys.push(m); });
    else for (let m = 0; m < n; m++) keys.push(m);
    const ranked = partialSort(keys, top, before);
    // Fit, tier and score as ranked, as Engine::recommend sets them.
    return ranked.map((m) => {
      const r = explain(request, v, m);
      r.fits = fit(m) === 1;
      r.tierRank = tierRank[m];
      r.score = score[m];
      return r;
    });
  }

  // Reasons and unmet needs for one returned messenger, read from the columns (Engine::explain).
  function explain(request, v, m) {
    const profile = profiles[request.profile];
    const r = { messenger: m, tierRank: 0, fits: true, score: 0, unmet: [], reasons: [] };
    for (const n of request.needs) {
      const s = verdictAt(v.need(n), m);
      r.reasons.push({ kind: K_NEED, id: n, status: s, weight: 0 });
      if (s !== PASS) r.unmet.push(n);
    }
    for (const c of profile.minimum) r.reasons.push({ kind: K_MINIMUM, id: c, status: verdictAt(v.criterion(c), m), weight: 0 });
    for (const c of profile.extra) r.reasons.push({ kind: K_TIER, id: c, status: verdictAt(v.criterion(c), m), weight: 0 });
    for (const wc of profile.bestCase) {
      r.reasons.push({ kind: K_BEST, id: wc.criterion, status: verdictAt(v.criterion(wc.criterion), m), weight: wc.weight });
    }
    for (const [n, w] of request.prefer) r.reasons.push({ kind: K_PREFER, id: n, status: verdictAt(v.need(n), m), weight: w });
    return r;
  }

  const factOf = (m, a, date) => {
    const e = asOf(m, a, date);
    return e < 0 ? unknownFacts[a] : facts[e];
  };

  function toJson(request, ranked) {
    const profile = profiles[request.profile];
    const prefer = {};
    for (const [n, w] of request.prefer) prefer[needs[n].id] = w;
    return {
      profile: profile.id,
      as_of: formatDate(request.asOf),
      needs: request.needs.map((n) => needs[n].id),
      prefer,
      results: ranked.map((r) => {
        const m = messengers[r.messenger];
        return {
          id: m.id,
          name: m.name,
          tier: r.tierRank < profile.tiers.length ? profile.tiers[r.tierRank].id : profile.fallback,
          fits: r.fits,
          score: r.score,
          unmet: r.unmet.map((n) => needs[n].id),
          reasons: r.reasons.map((reason) => {
            const aboutNeed = reason.kind === K_NEED || reason.kind === K_PREFER;
            const subject = aboutNeed ? needs[reason.id] : criteria[reason.id];
            const j = { kind: KIND[reason.kind], id: subject.id, status: VERDICT[reason.status] };
            if (reason.kind === K_BEST || reason.kind === K_PREFER) j.weight = reason.weight;
            j.facts = subject.attrs.map((a) => factOf(r.messenger, a, request.asOf));
            return j;
          }),
        };
      }),
    };
  }

  return {
    messengers: messengers.length,
    /** Same request object and same result object as engine.recommend(). */
    recommend(request = {}, today = todayUtc()) {
      const r = parseRequest(request, today);
      return toJson(r, rank(r));
    },
  };
}

// std::partial_sort: a max-heap (by `before`) of the first k, sift the rest
// through it, then sort the heap. Same O(n log k) work as the C++ engine.
function partialSort(items, k, before) {
  const heap = items.slice(0, k);
  const worse = (a, b) => before(a, b); // heap top = the worst of the best k
  const siftDown = (i, n) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let top = i;
      if (l < n && worse(heap[top], heap[l])) top = l;
      if (r < n && worse(heap[top], heap[r])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(i, k);
  for (let i = k; i < items.length; i++) {
    if (before(items[i], heap[0])) {
      heap[0] = items[i];
      siftDown(0, k);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

function formatDate(d) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(Math.floor(d / 10000), 4)}-${p(Math.floor(d / 100) % 100, 2)}-${p(d % 100, 2)}`;
}

function todayUtc() {
  const d = new Date();
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}
