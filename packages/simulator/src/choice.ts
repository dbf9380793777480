/**
 * The choice: utility of each candidate and a logit (softmax) draw between them. Utility is in
 * percent of salary per period, the unit of a rating's `reward`.
 */
import { CANDIDATES, REFERENCE, type Candidate } from "./candidates.ts";
import { expSmall } from "./rng.ts";

/**
 * Moral cost (percent of salary) of one reference dose of each action, by type (saint, honest,
 * reactive, maniac). Infinity: never considered. Honest triers only game softly (no
 * falsification); saints not at all (Bevan & Hood 2006).
 */
export const MORAL_COST: readonly Readonly<Record<keyof typeof REFERENCE, number>>[] = [
  { rush: Infinity, defer: Infinity, falsify: Infinity, pressure: Infinity, timing: Infinity, holdBack: Infinity },
  { rush: 6, defer: 6, falsify: Infinity, pressure: 7, timing: 5, holdBack: 5 },
  { rush: 4, defer: 4, falsify: 4, pressure: 4, timing: 3, holdBack: 3 },
  { rush: 1, defer: 1, falsify: 1.5, pressure: 1, timing: 1, holdBack: 1 },
];

/** How much of a ratchet's future cost each type weighs (myopic saints … forward-looking gamers). */
export const FORESIGHT: readonly number[] = [0, 0.5, 1, 1];

export function moralCost(type: number, c: Candidate): number {
  const t = MORAL_COST[type]!;
  let cost = 0;
  for (const key of Object.keys(REFERENCE) as (keyof typeof REFERENCE)[]) {
    if (c[key] > 0) cost += t[key] * (c[key] / REFERENCE[key]);
  }
  return cost;
}

/** MORAL[type * K + k]: precomputed, the hot loop only indexes it. */
export const MORAL: Float64Array = (() => {
  const k = CANDIDATES.length;
  const t = new Float64Array(4 * k);
  for (let type = 0; type < 4; type++) for (let c = 0; c < k; c++) t[type * k + c] = moralCost(type, CANDIDATES[c]!);
  return t;
})();

/**
 * Logit weights of one person's rows from … to − 1: w = e^((U − best) / temperature), where
 * best is their highest utility.
 */
export function logitWeights(u: Float64Array, from: number, to: number, temperature: number, weights: Float64Array): void {
  let best = -Infinity;
  for (let row = from; row < to; row++) if (u[row]! > best) best = u[row]!;
  for (let row = from; row < to; row++) {
    const x = (u[row]! - best) / temperature;
    // Below e^-40 a candidate's weight cannot change a draw at double precision. Otherwise
    // −40 ≤ x ≤ 0 (best is the highest), within expSmall's range.
    weights[row] = x < -40 ? 0 : expSmall(x);
  }
}

/**
 * The logit (softmax) draw among rows offset … offset + count − 1, given their weights and a
 * uniform `draw` in [0,1). Returns the chosen row's index within them.
 */
export function logitDraw(weights: Float64Array, offset: number, count: number, draw: number): number {
  let total = 0;
  for (let k = 0; k < count; k++) total += weights[offset + k]!;
  let target = draw * total;
  for (let k = 0; k < count; k++) {
    target -= weights[offset + k]!;
    if (target < 0 && weights[offset + k]! > 0) return k;
  }
  for (let k = count - 1; k >= 0; k--) if (weights[offset + k]! > 0) return k;
  return 0;
}
