// Types for dist/engine.mjs (hand-written: Emscripten 3.1.6 has no --emit-tsd).

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

export interface FactUse {
  attr: string;
  value: unknown;
  since?: string;
  sources: string[];
  note?: string;
  disputed?: { value: unknown; sources: string[]; note?: string }[];
}

export interface Reason {
  kind: 'need' | 'minimum' | 'tier' | 'best_case' | 'prefer';
  id: string;
  status: Verdict;
  weight?: number;
  /** Frozen, and the same objects in every result that shows them. */
  facts: readonly Readonly<FactUse>[];
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

/** The data files, validated and merged (see docs/data-format.md for each shape). */
export interface CatalogueData {
  attributes: unknown[];
  messengers: unknown[];
  needs: unknown[];
  criteria: unknown[];
  default_profile: string;
  profiles: unknown[];
  quiz: unknown;
}

export interface Problem { file: string; pointer: string; message: string }

export declare class EngineError extends Error {
  /** 'internal': the module itself stopped (it aborts when out of memory); the next loadEngine() starts a fresh one. */
  code: 'bad_request' | 'bad_data' | 'bad_handle' | 'internal';
  pointer: string;
  file?: string;
  problems: Problem[];
}

export interface FactsAsOf {
  as_of: string;
  /** Catalogue order; `facts` in attribute order, one per attribute. */
  messengers: { id: string; name: string; facts: FactUse[] }[];
}

export interface Engine {
  catalogue(): CatalogueData;
  /** Every attribute of every messenger as of a date (YYYY-MM-DD, default today). */
  facts(asOf?: string): FactsAsOf;
  recommend(request?: Request): Result;
  /**
   * Diagnostic: size in bytes of the wasm memory shared by every engine of the
   * page. It only grows; tests use it to check that calls do not leak.
   */
  memoryBytes(): number;
}

export interface LoadOptions {
  /** The wasm bytes, when the page cannot fetch mf-engine.wasm (e.g. from file://). */
  wasmBinary?: Uint8Array | ArrayBuffer;
  /** A custom catalogue; rejects with EngineError (code "bad_data") listing every problem. */
  dataFiles?: Partial<Record<DataFileName, string>>;
  /**
   * Refuse (EngineError, code "bad_data", naming the file) any data file
   * longer than this many characters, before the engine reads it.
   * Default MAX_DATA_FILE_LENGTH.
   */
  maxFileLength?: number;
}

/** The default of LoadOptions.maxFileLength: 350 000 000 characters (100 000 messengers are ~285 MB). */
export declare const MAX_DATA_FILE_LENGTH: number;

export declare function loadEngine(options?: LoadOptions): Promise<Engine>;
