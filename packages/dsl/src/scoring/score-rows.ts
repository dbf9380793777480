/**
 * Scoring a table of staff as `goodhart score` does: every row through the compiled scorer,
 * then quotas per pool — the staff sharing the values of the scheme's `pool` columns
 * (`unit` by default; a table without that column is one pool).
 */
import type { Scheme } from "../semantics/model.ts";
import { compile } from "./compile.ts";
import { applyQuotas } from "./quotas.ts";
import type { Row, RowResult } from "./types.ts";

export interface StaffInput {
  id: string;
  unit: string | null;
  /**
   * The values of the scheme's pool columns (column → value, null for an empty cell). When
   * absent, the pool is the `unit` value alone.
   */
  pool?: Record<string, string | null>;
  row: Row;
}

/** The values of a pool's columns, in the scheme's `pool` order. */
export type PoolValues = Record<string, string | null>;

export interface ScoredStaff extends Omit<RowResult, "rating"> {
  id: string;
  unit: string | null;
  /**
   * The quota pool this staff member was rated in, each pool column's value; present when the
   * scheme declares `pool` (otherwise `unit` alone names it, as before).
   */
  pool?: PoolValues;
  rating: string;
  ratingBeforeQuota: string;
}

export interface ScoreReport {
  scheme: string | null;
  staff: ScoredStaff[];
  ratings: Record<string, number>;
}

/** Each pool column's value for one staff member. */
export function poolValues(scheme: Scheme, s: StaffInput): PoolValues {
  const out: PoolValues = Object.create(null);
  for (const c of scheme.pool.columns) out[c] = s.pool && c in s.pool ? (s.pool[c] ?? null) : c === "unit" ? s.unit : null;
  return out;
}

/** A stable key for a pool: equal exactly when every pool column's value is equal. */
export function poolKey(scheme: Scheme, values: PoolValues): string {
  return JSON.stringify(scheme.pool.columns.map((c) => values[c] ?? null));
}

/** The label of the pool whose every column is empty (or absent): the whole table. */
export const WHOLE_TABLE = "(whole table)";

/** A pool for people: `unit=A, role=clerk`; `(whole table)` when every value is empty. */
export function poolLabel(scheme: Scheme, values: PoolValues): string {
  const parts = scheme.pool.columns.filter((c) => values[c] !== null && values[c] !== undefined).map((c) => `${c}=${values[c]}`);
  return parts.length === 0 ? WHOLE_TABLE : parts.join(", ");
}

/** Members of each pool (indexes into `input`), pools in order of first appearance. */
export function groupPools(scheme: Scheme, input: readonly StaffInput[]): { values: PoolValues; members: number[] }[] {
  const pools = new Map<string, { values: PoolValues; members: number[] }>();
  input.forEach((s, i) => {
    const values = poolValues(scheme, s);
    const key = poolKey(scheme, values);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = { values, members: [] }));
    pool.members.push(i);
  });
  return [...pools.values()];
}

export function scoreRows(scheme: Scheme, input: StaffInput[]): ScoreReport {
  const compiled = compile(scheme);
  const results = input.map((s) => compiled.score(s.row));
  const ratingIndex = new Map(scheme.ratings.map((r, i) => [r.name, i]));
  const before = results.map((r) => ratingIndex.get(r.rating)!);
  const after = new Array<number>(input.length);
  const pools = groupPools(scheme, input);
  const poolOf = new Array<PoolValues>(input.length);
  for (const { values, members } of pools) {
    const out = applyQuotas(
      scheme,
      members.map((i) => results[i]!.score),
      members.map((i) => before[i]!),
    );
    members.forEach((i, k) => {
      after[i] = out[k]!;
      poolOf[i] = values;
    });
  }
  const ratings: Record<string, number> = Object.create(null);
  for (const r of scheme.ratings) ratings[r.name] = 0;
  const staff = input.map((s, i): ScoredStaff => {
    const r = results[i]!;
    const rating = scheme.ratings[after[i]!]!.name;
    ratings[rating]!++;
    return {
      id: s.id,
      unit: s.unit,
      ...(scheme.pool.declared ? { pool: { ...poolOf[i]! } } : {}),
      score: r.score,
      rating,
      ratingBeforeQuota: r.rating,
      gates: r.gates,
      groups: r.groups,
      indicators: r.indicators,
    };
  });
  return { scheme: scheme.title, staff, ratings };
}
