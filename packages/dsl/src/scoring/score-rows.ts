/**
 * Scoring a table of staff as `goodhart score` does: every row through the compiled scorer,
 * then quotas per pool (the optional `unit` column, else the whole table).
 */
import type { Scheme } from "../semantics/model.ts";
import { compile } from "./compile.ts";
import { applyQuotas } from "./quotas.ts";
import type { Row, RowResult } from "./types.ts";

export interface StaffInput {
  id: string;
  unit: string | null;
  row: Row;
}

export interface ScoredStaff extends Omit<RowResult, "rating"> {
  id: string;
  unit: string | null;
  rating: string;
  ratingBeforeQuota: string;
}

export interface ScoreReport {
  scheme: string | null;
  staff: ScoredStaff[];
  ratings: Record<string, number>;
}

export function scoreRows(scheme: Scheme, input: StaffInput[]): ScoreReport {
  const compiled = compile(scheme);
  const results = input.map((s) => compiled.score(s.row));
  const ratingIndex = new Map(scheme.ratings.map((r, i) => [r.name, i]));
  const before = results.map((r) => ratingIndex.get(r.rating)!);
  const after = new Array<number>(input.length);
  const pools = new Map<string | null, number[]>();
  input.forEach((s, i) => {
    const key = s.unit;
    if (!pools.has(key)) pools.set(key, []);
    pools.get(key)!.push(i);
  });
  for (const members of pools.values()) {
    const out = applyQuotas(
      scheme,
      members.map((i) => results[i]!.score),
      members.map((i) => before[i]!),
    );
    members.forEach((i, k) => {
      after[i] = out[k]!;
    });
  }
  const ratings: Record<string, number> = Object.create(null);
  for (const r of scheme.ratings) ratings[r.name] = 0;
  const staff = input.map((s, i): ScoredStaff => {
    const r = results[i]!;
    const rating = scheme.ratings[after[i]!]!.name;
    ratings[rating]!++;
    return { id: s.id, unit: s.unit, score: r.score, rating, ratingBeforeQuota: r.rating, gates: r.gates, groups: r.groups, indicators: r.indicators };
  });
  return { scheme: scheme.title, staff, ratings };
}
