/** Types of test/fuzz/mutations.js (plain JavaScript, shared by the browser, node and bench suites). */

/** What the kit must make of a mutation. */
export type Expectation =
  /** A valid document: the widget renders. */
  | { outcome: 'render' }
  /** A schema error, one of whose listed problems is at `path` or under it. */
  | { outcome: 'error'; kind: 'schema'; path: string }
  /** The text is not JSON. */
  | { outcome: 'error'; kind: 'json' }
  /** Either; an error must still name a path at or under `path`. */
  | { outcome: 'any'; path: string };

export type MutationCategory =
  | 'control'
  | 'type'
  | 'missing'
  | 'optional'
  | 'huge-string'
  | 'amount'
  | 'percent'
  | 'duplicate'
  | 'deep'
  | 'proto'
  | 'unicode'
  | 'empty'
  | 'text'
  | 'bom'
  | 'long-array'
  | 'large';

interface MutationBase {
  /** Stable and unique: `seed:category:detail`, e.g. `xushui:amount:NaN@$.income.total`. */
  id: string;
  /** The seed it comes from (a key of the seeds given to generateMutations). */
  seed: string;
  category: MutationCategory;
  description: string;
  expect: Expectation;
}

/** A mutated document (a JSON value; `serialize` gives its text). Shares unchanged parts with the seed: never modify it. */
export interface ValueMutation extends MutationBase {
  value: unknown;
  text?: undefined;
}

/** A JSON text, broken or not. */
export interface TextMutation extends MutationBase {
  text: string;
  value?: undefined;
}

export type Mutation = ValueMutation | TextMutation;

export declare const FUZZ_LIMITS: Readonly<{
  amountIntegerDigits: number;
  amountFractionDigits: number;
  nameLength: number;
  textLength: number;
  arrayItems: number;
  depth: number;
  issues: number;
}>;

/** The real files, by the seed names used in mutation ids. */
export declare const SEED_FILES: Readonly<{ xushui: string; shanghai: string }>;

/** A seeded PRNG (mulberry32), uniform in [0, 1). */
export declare function mulberry32(seed: number): () => number;

/** A JSON path written as the validator writes it. */
export declare function jsonPath(segments: ReadonlyArray<string | number>): string;

/** True when `path` is `prefix` or lies under it. */
export declare function pathCovers(prefix: string, path: string): boolean;

/** JSON text of a value, also for values nested too deeply for JSON.stringify. */
export declare function serialize(value: unknown): string;

/**
 * The mutations of the given parsed seeds, deterministic for given seeds and `options.seed` (default 13).
 * The first seed gets the full set, the others a shorter one.
 */
export declare function generateMutations(seeds: Record<string, unknown>, options?: { seed?: number }): Mutation[];
