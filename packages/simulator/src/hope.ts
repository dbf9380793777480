/**
 * What a person expects their usual work to earn: the reward of each rating band weighted by
 * the chance of scoring in it, over the luck of an ordinary period. Smooth in the score and so
 * in every target, which is what keeps morale (docs/model.md §6) and the ratchet's cost (§7)
 * continuous in the scheme: a target moved by one point moves them by a little.
 */
import type { CompiledScheme, Scheme } from "@goodhart/dsl";
import { expDet } from "./rng.ts";

export interface RewardBands {
  /** Band minimums, ascending (bands with a `min`). */
  mins: Float64Array;
  /** Reward gained on reaching each of those minimums (percent of salary). */
  steps: Float64Array;
  /** Reward below every minimum: the fallback band's. */
  base: number;
  /** The best reward on offer: what a person hopes for. */
  best: number;
  /** The worst reward a rating can bring. */
  worst: number;
  /** Do the bands pay differently at all? */
  spread: boolean;
}

/** Each rating's reward in percent of salary, in the compiled scheme's rating order (index = rating). */
export function ratingRewards(scheme: Scheme, compiled: CompiledScheme): Float64Array {
  const byName = new Map(scheme.ratings.map((r) => [r.name, r.reward * 100]));
  return Float64Array.from(compiled.ratings.map((r) => byName.get(r) ?? 0));
}

export function rewardBands(scheme: Scheme, compiled: CompiledScheme): RewardBands {
  const byName = new Map(scheme.ratings.map((r) => [r.name, r]));
  const bands = compiled.ratings.map((name) => byName.get(name)).filter((r) => r !== undefined);
  const withMin = bands.filter((r) => r.min !== null).sort((a, b) => a.min! - b.min!);
  const fallback = bands.find((r) => r.min === null);
  const base = (fallback ?? withMin[0])?.reward ?? 0;
  const mins: number[] = [];
  const steps: number[] = [];
  let below = base * 100;
  for (const r of withMin) {
    mins.push(r.min!);
    steps.push(r.reward * 100 - below);
    below = r.reward * 100;
  }
  const rewards = bands.map((r) => r.reward * 100);
  const best = rewards.length > 0 ? Math.max(...rewards) : 0;
  const worst = rewards.length > 0 ? Math.min(...rewards) : 0;
  return { mins: Float64Array.from(mins), steps: Float64Array.from(steps), base: base * 100, best, worst, spread: best > worst };
}

/**
 * Expected reward (percent of salary) of a score seen as `low` and `high` at one standard
 * deviation of bad and good luck: normal around their mean, with their half-difference and
 * `spread` (what a person cannot foresee beyond luck) as its standard deviation. NaN when the
 * work earns no score. Gates and quotas are left out: a person's hopes are set by the bands.
 */
export function expectedReward(b: RewardBands, low: number, high: number, spread: number): number {
  if (Number.isNaN(low) || Number.isNaN(high)) return NaN;
  const mean = 0.5 * (low + high);
  const luck = 0.5 * (high - low);
  const sd = Math.sqrt(luck * luck + spread * spread);
  let e = b.base;
  for (let i = 0; i < b.mins.length; i++) e += b.steps[i]! * normalCdf((mean - b.mins[i]!) / sd);
  return e;
}

/** Φ(x) by the logistic approximation 1 / (1 + e^(−1.702 x)) (error < 0.01), from arithmetic alone. */
function normalCdf(x: number): number {
  return 1 / (1 + expDet(-1.702 * x));
}

/** The reward of the band a score falls in, by the bands' minimums alone (no gate, no quota). */
export function bandReward(b: RewardBands, score: number): number {
  let r = b.base;
  for (let i = 0; i < b.mins.length; i++) if (score >= b.mins[i]!) r += b.steps[i]!;
  return r;
}

/**
 * Expected reward of a score known only to within `sd` points when the choice is made: the
 * month is not over, and the records may still differ a little from what a person expects.
 */
export function smoothReward(b: RewardBands, score: number, sd: number): number {
  let e = b.base;
  for (let i = 0; i < b.mins.length; i++) e += b.steps[i]! * normalCdf((score - b.mins[i]!) / sd);
  return e;
}

/**
 * smoothReward over a run's bands as a table: the hot loop weighs some twenty rows per person
 * and period, and four logistic terms per row cost more than all the rest of the weighing.
 * Cubic Hermite interpolation between knots noise/32 apart, with the exact derivative at each
 * knot: the error is below 1e-7 percent of salary (h⁴/384 · max|f⁗|), far below anything a
 * logit at temperature ≥ 0.3 can tell apart. Outside the knots every term is within e^-34 of
 * 0 or 1, as in smoothReward's own cut-off.
 */
export interface SmoothTable {
  lo: number;
  invH: number;
  /** Knot count − 1: a score at or beyond the last knot is `high`. */
  last: number;
  value: Float64Array;
  /** Derivative × knot spacing at each knot. */
  slope: Float64Array;
  low: number;
  high: number;
}

/** Knots per unit of noise, and the most knots a table may have (else the loop computes exactly). */
const KNOTS_PER_NOISE = 32;
const MAX_KNOTS = 1 << 16;
/** The logistic's cut-off, in units of noise (smoothReward: e^(−1.702·20) ≈ 2e-15). */
const CUTOFF = 20;

export function smoothTable(b: RewardBands, noise: number): SmoothTable | null {
  const n = b.mins.length;
  if (n === 0 || !(noise > 0)) return null;
  const h = noise / KNOTS_PER_NOISE;
  const lo = b.mins[0]! - CUTOFF * noise;
  const hi = b.mins[n - 1]! + CUTOFF * noise;
  const last = Math.ceil((hi - lo) / h);
  if (!(last < MAX_KNOTS)) return null;
  const value = new Float64Array(last + 1);
  const slope = new Float64Array(last + 1);
  for (let i = 0; i <= last; i++) {
    const s = lo + i * h;
    let v = b.base;
    let d = 0;
    for (let k = 0; k < n; k++) {
      const sig = normalCdf((s - b.mins[k]!) / noise);
      v += b.steps[k]! * sig;
      d += (b.steps[k]! * 1.702 * sig * (1 - sig)) / noise;
    }
    value[i] = v;
    slope[i] = d * h;
  }
  let top = b.base;
  for (let k = 0; k < n; k++) top += b.steps[k]!;
  return { lo, invH: 1 / h, last, value, slope, low: b.base, high: top };
}

/** smoothReward(b, score, noise) read from its table (score not NaN). */
export function smoothAt(t: SmoothTable, score: number): number {
  const x = (score - t.lo) * t.invH;
  if (!(x > 0)) return t.low;
  const i = Math.floor(x);
  if (i >= t.last) return t.high;
  const u = x - i;
  const u2 = u * u;
  const u3 = u2 * u;
  const { value, slope } = t;
  return (2 * u3 - 3 * u2 + 1) * value[i]! + (u3 - 2 * u2 + u) * slope[i]! + (3 * u2 - 2 * u3) * value[i + 1]! + (u3 - u2) * slope[i + 1]!;
}
