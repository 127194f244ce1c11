// Types for engine.mjs (hand-written: Emscripten 3.1.6 has no --emit-tsd).
// Every answer is frozen, deeply.

export type Need = string;
export type Verdict = 'pass' | 'fail' | 'unknown';
export type DataFileName = 'attributes.json' | 'catalogue.json' | 'needs.json' | 'criteria.json' | 'quiz.json';

/** An answer id, several (multi-choice), or with the "matters a lot to me" flag. */
export type Answer = string | string[] | { choice: string | string[]; important?: boolean };

export interface Request {
  needs?: Need[];
  prefer?: Record<Need, number>;
  answers?: Record<string, Answer>;
  profile?: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  as_of?: string;
  /** Return only the best N of the ranking (N >= 1). */
  limit?: number;
}

/** A fact as a reason names it: the value the rule read, and since when it holds. */
export interface FactUse {
  attr: string;
  value: unknown;
  since?: string;
}

/** A fact in full, as facts(), compare() and timeline() give it. */
export interface Fact extends FactUse {
  sources: string[];
  note?: string;
  disputed?: { value: unknown; sources: string[]; note?: string }[];
}

export interface Reason {
  kind: 'need' | 'minimum' | 'tier' | 'best_case' | 'prefer';
  id: string;
  status: Verdict;
  weight?: number;
  facts: FactUse[];
}

export interface MessengerResult {
  id: string;
  name: string;
  tier: string;
  fits: boolean;
  score: number;
  unmet: Need[];
  reasons: Reason[];
}

export interface Result {
  profile: string;
  as_of: string;
  needs: Need[];
  prefer: Record<Need, number>;
  results: MessengerResult[];
}

export interface Compared extends Result {
  results: (MessengerResult & { every_need: Reason[]; facts: Fact[] })[];
}

export interface Timeline {
  id: string;
  name: string;
  as_of: string;
  changes: { attr: string; since: string; before: Fact | null; after: Fact; current: boolean }[];
}

export interface ProfileDiff {
  as_of: string;
  from: string;
  to: string;
  rows: {
    id: string;
    name: string;
    before: { tier: string; fits: boolean };
    after: { tier: string; fits: boolean };
    tier_changed: boolean;
    fits_changed: boolean;
    /** Tier requirements whose role or status differs and that block a tier on one side. */
    criteria: DiffItem[];
    /** Needs whose status differs. */
    needs: DiffItem[];
  }[];
}

export interface DiffItem {
  id: string;
  before: { kind: Reason['kind']; status: Verdict } | null;
  after: { kind: Reason['kind']; status: Verdict } | null;
  facts: FactUse[];
}

/** The data files, validated and merged (see docs/data-format.md for each shape). */
export interface CatalogueData {
  attribute_groups: string[];
  attributes: unknown[];
  messengers: unknown[];
  need_groups: string[];
  needs: unknown[];
  criteria: unknown[];
  default_profile: string;
  profiles: unknown[];
  quiz: unknown;
}

/** catalogue() without facts and rules; each messenger has `changes`, its count of dated facts. */
export type Overview = CatalogueData;

export interface FactsAsOf {
  as_of: string;
  /** Catalogue order; `facts` in attribute order, one per attribute. */
  messengers: { id: string; name: string; facts: Fact[] }[];
}

export interface Problem { file: string; pointer: string; message: string }

export declare class EngineError extends Error {
  /** 'internal': the module itself stopped (it aborts when out of memory); the next loadEngine() starts a fresh one. */
  code: 'bad_request' | 'bad_data' | 'bad_handle' | 'internal';
  pointer: string;
  file?: string;
  problems: Problem[];
}

/** Every method throws EngineError on a bad request. */
export interface Engine {
  catalogue(): CatalogueData;
  overview(): Overview;
  recommend(request?: Request): Result;
  /** Every attribute of every messenger as of a date (YYYY-MM-DD, default today). */
  facts(asOf?: string): FactsAsOf;
  compare(request: Request, ids: string[]): Compared;
  timeline(request: Request, id: string): Timeline;
  changes(request?: Request): ProfileDiff;
}

export interface LoadOptions {
  /** The wasm bytes, when the page cannot fetch mf-engine.wasm (e.g. from file://). */
  wasmBinary?: Uint8Array | ArrayBuffer;
  /** A custom catalogue; rejects with EngineError (code "bad_data") listing every problem. */
  dataFiles?: Partial<Record<DataFileName, string>>;
}

export declare function loadEngine(options?: LoadOptions): Promise<Engine>;
