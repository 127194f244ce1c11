// JSON Schema tests for data/*.json (node --test).
//
// (a) every real data file validates against data/schema/<file>.schema.json;
// (b) every case in tests/fixtures/malformed/cases.json, applied as an
//     RFC 6902 patch to the real data file, is rejected by the schema at the
//     case's pointer (schema: true) or accepted by it (schema: false: a
//     cross-reference problem only `messenger-fit validate` can see);
// (c) the case list itself is well formed.
//
// Pointer matching rule for schema: true cases (strict on purpose). Let P be
// the case's pointer and K the ajv keywords that correspond to the case's
// validator message (KEYWORDS below, e.g. "bad url" -> pattern). An ajv error
// *hits* P when its keyword is in K and
//   - its instancePath equals P, or
//   - P names a member that is missing or unexpected (required,
//     additionalProperties): the error's instancePath is P's parent and the
//     member it names (missingProperty / additionalProperty) is P's last
//     segment.
// The case passes when at least one error hits P AND every error lies on P's
// path: its instancePath is P, an ancestor of P (combinators such as oneOf,
// anyOf, if/then report at the enclosing value) or a descendant of P.
// An error anywhere else means the patch broke more than the case claims.
// Requiring the keyword keeps noise from failed oneOf branches (e.g. a leaf
// branch's "additionalProperty: all" for {"all": []}) from counting as a hit.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = join(root, "data");
const schemaDir = join(dataDir, "schema");
const casesPath = join(root, "tests", "fixtures", "malformed", "cases.json");

const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));

// The substrings `messenger-fit validate` emits (docs: the C++ validator).
const MESSAGES = [
  "missing required field", "expected boolean", "expected string", "expected number",
  "expected array", "expected object", "bad id", "duplicate id", "unknown attribute",
  "not one of", "bad date", "impossible date", "not after previous", "since required",
  "at least one source", "bad url", "unknown need", "unknown criterion", "unknown profile",
  "operator does not fit", "must be >= 0", "unknown kind", "unknown key", "values required",
  "must not be empty", "exactly one operator",
];

// Which ajv keywords express each message a schema can catch. Messages not
// listed here are cross-reference problems: a schema: true case using one of
// them fails.
const KEYWORDS = {
  "missing required field": ["required"],
  "expected boolean": ["type"],
  "expected string": ["type"],
  "expected number": ["type"],
  "expected array": ["type"],
  "expected object": ["type"],
  "bad id": ["pattern"],
  "not one of": ["enum"],
  "bad date": ["pattern"],
  "since required": ["required"],
  "at least one source": ["minItems"],
  "bad url": ["pattern"],
  "must be >= 0": ["minimum"],
  "unknown kind": ["enum"],
  "unknown key": ["additionalProperties"],
  "values required": ["required"],
  "must not be empty": ["minItems", "minLength"],
  "exactly one operator": ["oneOf"],
};

// strict: true turns on every ajv strict check (unknown keywords, union types,
// required-without-properties, ...). strictTuples is the one exception: the
// catalogue history is deliberately an open tuple (prefixItems: [entry],
// items: later_entry) to say "only the first entry may omit since".
function makeAjv() {
  const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const ajv = makeAjv();
const validators = new Map();
function validatorFor(file) {
  const name = file.startsWith("i18n/") ? "i18n" : file.replace(/\.json$/, "");
  if (!validators.has(name)) {
    const path = join(schemaDir, `${name}.schema.json`);
    assert.ok(existsSync(path), `no schema for data/${file} (expected ${path})`);
    validators.set(name, ajv.compile(readJson(path)));
  }
  return validators.get(name);
}

function dataFiles() {
  const top = readdirSync(dataDir).filter((f) => f.endsWith(".json"));
  const i18nDir = join(dataDir, "i18n");
  const i18n = existsSync(i18nDir)
    ? readdirSync(i18nDir).filter((f) => f.endsWith(".json")).map((f) => `i18n/${f}`)
    : [];
  return [...top, ...i18n].sort();
}

// ---------------------------------------------------------------- JSON Pointer / Patch

function parsePointer(ptr) {
  if (ptr === "") return [];
  if (!ptr.startsWith("/")) throw new Error(`bad JSON pointer ${JSON.stringify(ptr)}`);
  return ptr.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function arrayIndex(arr, tok, forAdd) {
  if (forAdd && tok === "-") return arr.length;
  if (!/^(0|[1-9][0-9]*)$/.test(tok)) throw new Error(`bad array index ${tok}`);
  const i = Number(tok);
  if (i > arr.length || (!forAdd && i === arr.length)) throw new Error(`index ${tok} out of range`);
  return i;
}

function resolve(doc, tokens) {
  let cur = doc;
  for (const tok of tokens) {
    if (Array.isArray(cur)) cur = cur[arrayIndex(cur, tok, false)];
    else if (cur !== null && typeof cur === "object" && Object.hasOwn(cur, tok)) cur = cur[tok];
    else throw new Error(`path not found at ${JSON.stringify(tok)}`);
  }
  return cur;
}

// RFC 6902 add/remove/replace/copy/move/test on a deep copy; throws on any bad path.
function applyPatch(doc, ops) {
  let out = structuredClone(doc);
  for (const op of ops) {
    const toks = parsePointer(op.path);
    const value = op.op === "copy" || op.op === "move"
      ? structuredClone(resolve(out, parsePointer(op.from))) : op.value;
    if (op.op === "test") { assert.deepEqual(resolve(out, toks), value); continue; }
    if (op.op === "move") out = applyPatch(out, [{ op: "remove", path: op.from }]);
    if (toks.length === 0) {
      if (op.op === "remove") throw new Error("cannot remove the root");
      out = structuredClone(value);
      continue;
    }
    const parent = resolve(out, toks.slice(0, -1));
    const last = toks[toks.length - 1];
    const add = op.op === "add" || op.op === "copy" || op.op === "move";
    if (!add && op.op !== "remove" && op.op !== "replace") throw new Error(`unsupported op ${op.op}`);
    if (Array.isArray(parent)) {
      const i = arrayIndex(parent, last, add);
      if (add) parent.splice(i, 0, structuredClone(value));
      else if (op.op === "remove") parent.splice(i, 1);
      else parent[i] = structuredClone(value);
    } else if (parent !== null && typeof parent === "object") {
      if (!add && !Object.hasOwn(parent, last)) throw new Error(`${op.op}: no member ${last}`);
      if (op.op === "remove") delete parent[last];
      else parent[last] = structuredClone(value);
    } else {
      throw new Error(`${op.op}: parent of ${op.path} is not a container`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- error matching

function memberNamed(err) {
  const p = err.params ?? {};
  return p.missingProperty ?? p.additionalProperty;
}

function isPrefix(a, b) { // token arrays: a is a (non-strict) prefix of b
  return a.length <= b.length && a.every((t, i) => t === b[i]);
}

function hits(err, pointer, message) {
  if (!KEYWORDS[message].includes(err.keyword)) return false;
  const e = parsePointer(err.instancePath);
  const p = parsePointer(pointer);
  if (e.length === p.length && isPrefix(e, p)) return true;
  return e.length === p.length - 1 && isPrefix(e, p) && memberNamed(err) === p[p.length - 1];
}

function onPath(err, pointer) {
  const e = parsePointer(err.instancePath);
  const p = parsePointer(pointer);
  return isPrefix(e, p) || isPrefix(p, e);
}

const fmtErrors = (errs) => JSON.stringify(
  (errs ?? []).map((e) => ({ at: e.instancePath, kw: e.keyword, msg: e.message, params: e.params })), null, 1);

// ---------------------------------------------------------------- (a) real data

test("every data file has a schema; the schemas are exactly the six of the contract", () => {
  const files = dataFiles();
  assert.ok(files.includes("attributes.json"), "data/attributes.json missing");
  for (const f of files) validatorFor(f);
  const schemas = readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"));
  assert.deepEqual(schemas.sort(), [
    "attributes.schema.json", "catalogue.schema.json", "criteria.schema.json",
    "i18n.schema.json", "needs.schema.json", "quiz.schema.json",
  ]);
});

test("schemas compile under ajv strict mode", () => {
  for (const f of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
    const s = readJson(join(schemaDir, f));
    assert.equal(s.$schema, "https://json-schema.org/draft/2020-12/schema", f);
    makeAjv().compile(s);
  }
});

test("the rule grammar is identical in needs and criteria schemas", () => {
  const pick = (s) => Object.fromEntries(Object.entries(s.$defs)
    .filter(([k]) => k === "member" || k === "id" || k === "rule" || k.startsWith("rule_")));
  const needs = pick(readJson(join(schemaDir, "needs.schema.json")));
  const criteria = pick(readJson(join(schemaDir, "criteria.schema.json")));
  assert.ok(Object.keys(needs).length >= 14);
  assert.deepEqual(needs, criteria);
});

for (const file of dataFiles()) {
  test(`data/${file} validates against its schema`, () => {
    const validate = validatorFor(file);
    const ok = validate(readJson(join(dataDir, file)));
    assert.ok(ok, `data/${file}:\n${fmtErrors(validate.errors)}`);
  });
}

// ---------------------------------------------------------------- (b) malformed cases

const cases = readJson(casesPath);

test("cases.json: well formed, >= 26 cases, unique names, every validator message used", () => {
  assert.ok(Array.isArray(cases));
  assert.ok(cases.length >= 26, `only ${cases.length} cases`);
  const names = new Set();
  const files = new Set(["attributes.json", "catalogue.json", "needs.json", "criteria.json", "quiz.json"]);
  for (const c of cases) {
    assert.deepEqual(Object.keys(c).sort(), ["file", "message", "name", "patch", "pointer", "schema"], c.name);
    assert.equal(typeof c.name, "string");
    assert.ok(c.name.length > 0);
    assert.ok(!names.has(c.name), `duplicate case name ${c.name}`);
    names.add(c.name);
    assert.ok(files.has(c.file), `${c.name}: unknown file ${c.file}`);
    assert.ok(Array.isArray(c.patch) && c.patch.length > 0, `${c.name}: empty patch`);
    assert.equal(typeof c.schema, "boolean", c.name);
    assert.ok(MESSAGES.includes(c.message), `${c.name}: message ${JSON.stringify(c.message)} is not one the validator emits`);
    parsePointer(c.pointer);
    assert.notEqual(c.pointer, "", `${c.name}: pointer must not be the whole document`);
  }
  const unused = MESSAGES.filter((m) => !cases.some((c) => c.message === m));
  assert.deepEqual(unused, [], "validator messages without a case");
  assert.ok(cases.some((c) => c.schema) && cases.some((c) => !c.schema));
});

for (const c of cases) {
  test(`malformed: ${c.name} (${c.file}${c.pointer}, schema: ${c.schema})`, (t) => {
    const path = join(dataDir, c.file);
    if (!existsSync(path)) {
      t.skip(`data/${c.file} is not in the tree yet`);
      return;
    }
    const original = readJson(path);
    assert.ok(validatorFor(c.file)(original), `data/${c.file} itself must be valid`);
    const doc = applyPatch(original, c.patch);
    assert.notDeepEqual(doc, original, "patch changed nothing");

    // The pointer names something real: the offending value, or a member the
    // patch removed/left out (then its parent must exist).
    const toks = parsePointer(c.pointer);
    try {
      resolve(doc, toks);
    } catch {
      const parent = resolve(doc, toks.slice(0, -1));
      assert.ok(parent !== null && typeof parent === "object" && !Array.isArray(parent),
        `pointer ${c.pointer} resolves neither to a value nor to a missing member`);
    }

    const validate = validatorFor(c.file);
    const ok = validate(doc);
    if (!c.schema) {
      assert.ok(ok, `schema must accept a cross-reference-only case, got:\n${fmtErrors(validate.errors)}`);
      return;
    }
    assert.ok(KEYWORDS[c.message], `"${c.message}" is a cross-reference message: a schema cannot catch it`);
    assert.ok(!ok, "schema accepted a document it must reject");
    const errs = validate.errors;
    assert.ok(errs.some((e) => hits(e, c.pointer, c.message)),
      `no ${KEYWORDS[c.message].join("/")} error at ${c.pointer}:\n${fmtErrors(errs)}`);
    const off = errs.filter((e) => !onPath(e, c.pointer));
    assert.deepEqual(off.map((e) => e.instancePath), [], `errors off ${c.pointer}:\n${fmtErrors(off)}`);
  });
}

// ---------------------------------------------------------------- schema-only rules
// Contract rules a schema expresses but for which the validator's message is
// not fixed in cases.json; checked here against the schema alone.

const extra = [
  { file: "attributes.json", ok: false, why: "\"unknown\" is never an enum member",
    patch: [{ op: "add", path: "/attributes/9/values/-", value: "unknown" }] },
  { file: "attributes.json", ok: false, why: "values forbidden on a bool attribute",
    patch: [{ op: "add", path: "/attributes/0/values", value: ["yes", "no"] }] },
  { file: "attributes.json", ok: false, why: "values must be unique",
    patch: [{ op: "add", path: "/attributes/9/values/-", value: "none" }] },
  { file: "attributes.json", ok: true, why: "ids may contain '-'",
    patch: [{ op: "replace", path: "/attributes/0/id", value: "phone-number" }] },
  { file: "needs.json", ok: false, why: "not_empty only takes true",
    patch: [{ op: "replace", path: "/needs/0/rule", value: { attr: "audits", not_empty: false } }] },
  { file: "needs.json", ok: false, why: "set operands are members, never \"unknown\"",
    patch: [{ op: "replace", path: "/needs/0/rule", value: { attr: "platforms", has: "unknown" } }] },
  { file: "needs.json", ok: true, why: "nested combinators and every leaf form",
    patch: [{ op: "replace", path: "/needs/0/rule", value: { all: [
      { not: { attr: "tor", eq: "none" } },
      { any: [{ attr: "platforms", has_all: ["ios"] }, { attr: "platforms", has_any: ["web"] },
              { attr: "platforms", has_none: ["linux"] }, { attr: "audits", not_empty: true }] },
      { attr: "group_size_limit", gte: 100 }, { attr: "group_size_limit", lte: 1e6 },
      { attr: "network_model", in: ["p2p"] }, { attr: "server_license", eq: "AGPL-3.0" }] } }] },
  { file: "criteria.json", ok: false, why: "profile date pattern",
    patch: [{ op: "replace", path: "/profiles/0/date", value: "16.02.2023" }] },
  { file: "quiz.json", ok: false, why: "important_factor > 0",
    patch: [{ op: "replace", path: "/important_factor", value: 0 }] },
  { file: "quiz.json", ok: false, why: "at most 10 questions",
    patch: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => ({ op: "copy", from: "/questions/0", path: "/questions/0" })) },
  { file: "quiz.json", ok: false, why: "at least 6 questions",
    patch: [{ op: "replace", path: "/questions", value: [] }] },
  { file: "catalogue.json", ok: true, why: "\"unknown\" is a value for any type",
    patch: [{ op: "add", path: "/messengers/0/facts/platforms",
              value: [{ value: "unknown", sources: ["https://example.org/"], note: "checked" }] }] },
  { file: "catalogue.json", ok: false, why: "disputed entries carry no since",
    patch: [{ op: "add", path: "/messengers/0/facts/tor", value: [{ value: "none", sources: ["https://example.org/"],
      disputed: [{ value: "proxy", since: "2020-01-01", sources: ["https://example.org/"] }] }] }] },
  { file: "catalogue.json", ok: false, why: "facts values are never objects or null",
    patch: [{ op: "add", path: "/messengers/0/facts/tor", value: [{ value: null, sources: ["https://example.org/"] }] }] },
];

for (const x of extra) {
  test(`schema-only: ${x.why} (${x.file})`, (t) => {
    const path = join(dataDir, x.file);
    if (!existsSync(path)) { t.skip(`data/${x.file} is not in the tree yet`); return; }
    const validate = validatorFor(x.file);
    const ok = validate(applyPatch(readJson(path), x.patch));
    assert.equal(ok, x.ok, fmtErrors(validate.errors));
  });
}

test("i18n schema: flat map of non-empty strings with dotted keys", () => {
  const v = validatorFor("i18n/xx.json");
  assert.ok(v({ "quiz.phone.title": "Phone?", "need.platform:ios": "iOS", "ui.a-b_c": "x" }));
  assert.ok(!v({ "Quiz.phone": "x" }));
  assert.ok(!v({ "quiz.phone": "" }));
  assert.ok(!v({ quiz: { phone: "x" } }));
});

test("JSON Patch helper follows RFC 6902", () => {
  const d = { a: [1, 2], b: { "c/d": 1, "e~f": 2 } };
  assert.deepEqual(applyPatch(d, [{ op: "add", path: "/a/-", value: 3 }]).a, [1, 2, 3]);
  assert.deepEqual(applyPatch(d, [{ op: "add", path: "/a/0", value: 0 }]).a, [0, 1, 2]);
  assert.deepEqual(applyPatch(d, [{ op: "remove", path: "/b/c~1d" }]).b, { "e~f": 2 });
  assert.deepEqual(applyPatch(d, [{ op: "replace", path: "/b/e~0f", value: 9 }]).b, { "c/d": 1, "e~f": 9 });
  assert.deepEqual(applyPatch(d, [{ op: "copy", from: "/a/0", path: "/a/1" }]).a, [1, 1, 2]);
  assert.deepEqual(applyPatch(d, [{ op: "move", from: "/a", path: "/z" }]), { b: d.b, z: [1, 2] });
  assert.throws(() => applyPatch(d, [{ op: "replace", path: "/nope", value: 1 }]));
  assert.throws(() => applyPatch(d, [{ op: "remove", path: "/a/2" }]));
  assert.throws(() => applyPatch(d, [{ op: "add", path: "/a/3", value: 1 }]));
  assert.throws(() => applyPatch(d, [{ op: "add", path: "/x/y", value: 1 }]));
  assert.deepEqual(d, { a: [1, 2], b: { "c/d": 1, "e~f": 2 } }, "input not mutated");
});
