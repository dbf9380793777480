/**
 * Which rows a staff member gets in a block: one per candidate their type ever weighs, and one
 * work row per distinct way of getting through the queue among those candidates (world.ts).
 * Fixed by type, so worked out once here.
 */
import { CANDIDATES } from "./candidates.ts";
import { MORAL } from "./choice.ts";

const K = CANDIDATES.length;

export const FALSIFIES = Uint8Array.from(CANDIDATES, (c) => (c.falsify > 0 ? 1 : 0));
export const FALSIFYING = FALSIFIES.reduce((n, f) => n + f, 0);

/**
 * The candidates each type ever weighs (finite moral cost), in candidate order. Only these get
 * a row: a saint's falsifying row would be scored and then ignored; such rows were a fifth of
 * all rows.
 */
export const ALLOWED: readonly Uint8Array[] = [0, 1, 2, 3].map((t) =>
  Uint8Array.from(CANDIDATES.flatMap((_, c) => (MORAL[t * K + c] === Infinity ? [] : [c]))),
);

/** Candidates alike in effort, rushing and deferral share one work row: the first such candidate. */
const PROFILE = Uint8Array.from(CANDIDATES, (c) =>
  CANDIDATES.findIndex((d) => d.effort === c.effort && d.rush === c.rush && d.defer === c.defer),
);

/** The work rows of each type: the distinct profiles among its candidates. */
export const PROFILES: readonly Uint8Array[] = ALLOWED.map((list) => Uint8Array.from(new Set(Array.from(list, (c) => PROFILE[c]!))));

/** The most work rows a staff member gets. */
export const MAX_PROFILES = Math.max(...PROFILES.map((p) => p.length));

/** WORK_SLOT[type * K + c]: which of its type's work rows candidate c's work is. */
export const WORK_SLOT = Int32Array.from({ length: 4 * K }, (_, x) => PROFILES[Math.floor(x / K)]!.indexOf(PROFILE[x % K]!));
