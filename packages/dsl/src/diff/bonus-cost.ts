/**
 * What a scheme pays for a ratings split: a fact about the scheme's rewards, so it lives with
 * the scheme. `goodhart diff --simulate` prices each side's simulated split with it.
 */
import type { Scheme } from "../semantics/model.ts";

/**
 * The expected bonus per staff-period as a share of salary: each band's `reward` times the
 * share of staff-periods rated in it (after quotas). Null when no band share is known.
 */
export function bonusCost(scheme: Scheme, ratings: Record<string, unknown> | undefined): number | null {
  if (!ratings) return null;
  let sum = 0;
  let known = false;
  for (const r of scheme.ratings) {
    const share = ratings[r.name];
    if (typeof share !== "number") continue;
    known = true;
    sum += share * r.reward;
  }
  return known ? sum : null;
}
