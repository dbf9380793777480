/**
 * The choice: utility of each candidate and a logit (softmax) draw between them. Utility is in
 * percent of salary per period, the unit of a rating's `reward`.
 */
import { CANDIDATES, REFERENCE, type Candidate } from "./candidates.ts";
import { expDet } from "./rng.ts";

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
 * Logit choice over utilities u[offset + k*stride], k < K (−Infinity = not an option).
 * `draw` is a uniform in [0,1). Returns the chosen candidate index.
 */
export function logitChoice(u: Float64Array, offset: number, stride: number, count: number, temperature: number, draw: number, weights: Float64Array): number {
  let best = -Infinity;
  for (let k = 0; k < count; k++) {
    const v = u[offset + k * stride]!;
    if (v > best) best = v;
  }
  let total = 0;
  for (let k = 0; k < count; k++) {
    const v = u[offset + k * stride]!;
    const x = (v - best) / temperature;
    // Below e^-40 a candidate's weight cannot change a draw at double precision.
    const w = x < -40 ? 0 : expDet(x);
    weights[k] = w;
    total += w;
  }
  let target = draw * total;
  for (let k = 0; k < count; k++) {
    target -= weights[k]!;
    if (target < 0 && weights[k]! > 0) return k;
  }
  for (let k = count - 1; k >= 0; k--) if (weights[k]! > 0) return k;
  return 0;
}
