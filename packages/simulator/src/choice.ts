/**
 * The choice: utility of each candidate and a logit (softmax) draw between them. Utility is in
 * percent of salary per period, the unit of a rating's `reward`.
 */
import { CANDIDATES, REFERENCE, SOFT_ACTIONS, type Candidate } from "./candidates.ts";
import type { ModelConstants } from "./model-constants.ts";
import { expLogit } from "./rng.ts";

/** Does type t (saint, honest, reactive, maniac) ever weigh candidate c? (Bevan & Hood 2006) */
export function weighs(type: number, c: Candidate): boolean {
  const soft = c.rush > 0 || c.defer > 0 || c.deferOld > 0 || c.pressure > 0 || c.timing > 0 || c.holdBack > 0;
  const falsifies = c.falsify > 0 || c.backdate > 0;
  if (type === 0) return !soft && !falsifies; // saints never game
  if (type === 1) return !falsifies; // honest triers game only softly
  return true;
}

/** The fixed moral cost of one gaming act at its reference dose, by type (% of salary). */
function actCost(type: number, k: ModelConstants): number {
  return type === 1 ? k.gamingCostHonest : type === 2 ? k.gamingCostReactive : type === 3 ? k.gamingCostManiac : Infinity;
}

/** Moral cost of each false record (closure or time), by type (% of salary); Infinity: never. */
export function falseRecordCosts(k: ModelConstants): Float64Array {
  return Float64Array.of(Infinity, Infinity, k.falseCaseCostReactive, k.falseCaseCostManiac);
}

/**
 * The part of a candidate's moral cost that does not depend on its outcome (% of salary): each
 * soft action costs half its type's act cost plus half in proportion to its dose (setting hard
 * cases aside, the most deniable, a share cherryPickShare of that); deciding to falsify costs a
 * share falsifyActShare of the act cost once, and then each false record more
 * (falseRecordCost, charged in chunk.ts once the outcome says how many there are).
 */
function moralCost(type: number, c: Candidate, k: ModelConstants): number {
  if (!weighs(type, c)) return Infinity;
  const act = actCost(type, k);
  let cost = 0;
  for (const key of SOFT_ACTIONS) {
    if (c[key] > 0) cost += act * (key === "defer" ? k.cherryPickShare : 1) * (0.5 + (0.5 * c[key]) / REFERENCE[key]);
  }
  if (c.falsify > 0 || c.backdate > 0) cost += act * k.falsifyActShare;
  return cost;
}

/**
 * Moral cost of a period's false records (% of salary): per record by type, a late closure
 * recorded on time weighing falseTimeShare of a case marked done, and convex in their number
 * (each further record weighs more: people lie a little, not as much as would pay).
 */
export function falseRecordCost(perRecord: number, closures: number, times: number, k: ModelConstants): number {
  const n = closures + times;
  return n > 0 ? perRecord * (closures + k.falseTimeShare * times) * (1 + n / k.falseCaseScale) : 0;
}

/** Which actions a candidate uses (not their doses): candidates alike in this are one family. */
function family(c: Candidate): string {
  return (
    SOFT_ACTIONS.map((key) => (c[key] > 0 ? key : "")).join(",") +
    (c.falsify > 0 ? ",falsify" : "") +
    (c.backdate > 0 ? ",backdate" : "") +
    (c.holdFresh > 0 ? ",fresh" : "")
  );
}

/**
 * The size correction of a logit over ladders (Ben-Akiva & Lerman 1985, §9.3): the doses of one
 * action are one choice cut into steps, so each of a family's n candidates enters the draw with
 * weight 1/n, i.e. utility − temperature·ln n. Without it every added dose would add to the
 * share that choice noise alone gives to gaming. The three effort levels without any gaming are
 * one family too (the actions they share: none), so honest work weighs as one choice, like each
 * way of gaming; a family of one is not corrected (ln 1 = 0).
 */
export function familyCorrection(k: ModelConstants): Float64Array {
  const families = CANDIDATES.map(family);
  const size = (f: string): number => families.filter((g) => g === f).length;
  return Float64Array.from(families, (f) => k.temperature * Math.log(size(f)));
}

/** MORAL[type * K + k]: the moral cost by type and candidate, precomputed per run so the hot loop only indexes it. */
export function moralTable(k: ModelConstants): Float64Array {
  const n = CANDIDATES.length;
  const t = new Float64Array(4 * n);
  for (let type = 0; type < 4; type++) for (let c = 0; c < n; c++) t[type * n + c] = moralCost(type, CANDIDATES[c]!, k);
  return t;
}

/**
 * How much of their moral cost a person still feels at morale m: 1 − moraleConscience × (1 − m).
 * The disheartened care less about gaming a scheme they think unfair (moral disengagement:
 * Bandura 1999; goals out of reach breed unethical behaviour: Ordóñez et al. 2009).
 */
export function conscience(morale: number, k: ModelConstants): number {
  return 1 - k.moraleConscience * (1 - morale);
}

/** How much of a ratchet's future cost each type weighs (myopic saints … forward-looking gamers). */
export function foresight(k: ModelConstants): Float64Array {
  return Float64Array.of(0, k.foresightHonest, 1, 1);
}

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
    // −40 ≤ x ≤ 0 (best is the highest), within expLogit's range.
    weights[row] = x < -40 ? 0 : expLogit(x);
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
