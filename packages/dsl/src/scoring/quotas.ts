/**
 * Quotas (docs/language-reference.md §5.6) over one pool. Bands are taken from the top down; the staff beyond
 * a band's allowance — lowest scores first out, ties broken by input order — move one band
 * down, and then the next band's quota applies. Allowances are computed exactly on the
 * decimal as written (`57%` of 100 is 57), with integers, never with floating point.
 */
import type { Quota, Scheme } from "../semantics/model.ts";

/** The share as an exact fraction num/den from its literal text (`57%`, `0.2`, `12.5%`). */
export function shareFraction(q: Quota): { num: bigint; den: bigint } {
  let t = q.shareText.replaceAll("_", "");
  let scale = 0n;
  if (t.endsWith("%")) {
    t = t.slice(0, -1);
    scale = 2n;
  }
  const [int = "0", frac = ""] = t.split(".");
  const num = BigInt(`${int}${frac}` || "0");
  const den = 10n ** (BigInt(frac.length) + scale);
  return { num, den };
}

/**
 * The allowance of a band: how many of its `holders` may stay in it, given how many hold
 * each band now (`counts`, indexed like `scheme.ratings`) and the pool size.
 */
export function quotaAllowance(scheme: Scheme, band: number, counts: readonly number[], poolSize: number): number {
  const quota = scheme.ratings[band]!.quota!;
  const { num, den } = shareFraction(quota);
  const holders = counts[band]!;
  if (quota.of === null) {
    const k = (num * BigInt(poolSize)) / den;
    return Number(k < BigInt(holders) ? k : BigInt(holders));
  }
  const ofIndex = scheme.ratings.findIndex((r) => r.name === quota.of);
  // The largest k ≤ holders with k ≤ q × (count of B after the surplus holders − k moved one band down).
  const receives = ofIndex === band + 1;
  const base = BigInt(counts[ofIndex]!);
  const h = BigInt(holders);
  // k·den ≤ num·(base + (receives ? h − k : 0))  ⇔  k·(den + (receives ? num : 0)) ≤ num·(base + (receives ? h : 0))
  const left = den + (receives ? num : 0n);
  const right = num * (base + (receives ? h : 0n));
  const k = right / left;
  return Number(k < h ? k : h);
}

/** What one band's quota did to a pool: who held it then, how many could stay, who moved down. */
export interface QuotaStep {
  band: number;
  /** Counts per band just before this band's quota applied (holders include those moved in). */
  counts: number[];
  allowance: number;
  /** Indexes into the pool, best first (the rule's order): the holders, and those moved down. */
  holders: number[];
  moved: number[];
}

/**
 * Applies every band's quota to one pool. `scores` and `ratings` (indexes into
 * `scheme.ratings`, before quotas) are the pool's members in input order; the result is the
 * ratings after quotas. With `trace`, each band with a quota appends what it did.
 */
export function applyQuotas(scheme: Scheme, scores: ArrayLike<number | null>, ratings: ArrayLike<number>, trace?: QuotaStep[]): Uint8Array {
  const n = ratings.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = ratings[i]!;
  const bands = scheme.ratings.length;
  for (let band = 0; band < bands - 1; band++) {
    if (!scheme.ratings[band]!.quota) continue;
    const counts = new Array<number>(bands).fill(0);
    for (let i = 0; i < n; i++) counts[out[i]!]!++;
    const allowance = quotaAllowance(scheme, band, counts, n);
    if (counts[band]! <= allowance && !trace) continue;
    const holders: number[] = [];
    for (let i = 0; i < n; i++) if (out[i] === band) holders.push(i);
    const scoreOf = (i: number) => {
      const s = scores[i];
      return s === null || s === undefined || Number.isNaN(s) ? -Infinity : s;
    };
    holders.sort((a, b) => scoreOf(b) - scoreOf(a) || a - b);
    const moved = holders.slice(allowance);
    trace?.push({ band, counts, allowance, holders, moved });
    for (const i of moved) out[i] = band + 1;
  }
  return out;
}
