/**
 * The 95% interval of a figure over replicates: a Student t-interval over the replicate values,
 * mean ± t(0.975, n−1) · s / √n, with s the sample standard deviation. Replicates are
 * independent runs (seed, seed + 1, …), so their figures are independent draws; the t
 * quantile (rather than 1.96) keeps the interval honest at the small n a user asks for.
 */

/** t(0.975, df) for df = 1 … 30 (standard tables). */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139, 2.200985, 2.178813, 2.160369,
  2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
  2.048407, 2.04523, 2.042272,
];
const Z975 = 1.959963984540054;

/** The 97.5% quantile of Student's t with `df` degrees of freedom. */
export function t975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, got ${df}`);
  const k = Math.floor(df);
  if (k <= T975.length) return T975[k - 1]!;
  // Cornish–Fisher expansion in 1/df; within 1e-5 of the exact quantile beyond df = 30.
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * k) + (5 * z5 + 16 * z3 + 3 * z) / (96 * k ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * k ** 3);
}

export interface Interval {
  low: number | null;
  high: number | null;
}

export interface Estimate extends Interval {
  mean: number | null;
  /** Replicates in which the figure was defined. */
  n: number;
}

/** Mean and 95% t-interval of the defined values; fewer than two values give no interval. */
export function estimate(values: readonly (number | null | undefined)[]): Estimate {
  const xs = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: null, low: null, high: null, n };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean, low: null, high: null, n };
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const half = (t975(n - 1) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half, n };
}
