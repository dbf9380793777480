/**
 * Combining N replicate results into one document: every numeric figure becomes its mean over
 * the replicates in which it is defined, and every summary figure gains its 95% interval
 * (interval.ts). The shape of the document is the shape of one result, plus `replicates` and
 * `intervals`; nested figures (`gaming`, `ratings`) get nested intervals.
 */
import type { SimulationResult, Summary } from "../result.ts";
import { estimate, type Interval } from "./interval.ts";
import { figureByKey } from "../figures.ts";

/** Intervals in the shape of the summary: a figure → {low, high}; a group of figures → its own map. */
export type Intervals = { [figure: string]: Interval | Intervals };

export type ReplicatedResult = Omit<SimulationResult, "lastPeriod"> & {
  replicates: number;
  /** The seed of each replicate, in order. */
  seeds: number[];
  intervals: Intervals;
};

type Tree = number | null | string | boolean | undefined | Tree[] | { [k: string]: Tree };

function isRecord(v: unknown): v is Record<string, Tree> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Numeric leaves averaged (over the defined ones), anything else taken from the first. */
function meanTree(trees: readonly Tree[]): Tree {
  const first = trees[0];
  if (typeof first === "number" || (first === null && trees.some((t) => typeof t === "number")))
    return estimate(trees as (number | null)[]).mean;
  if (Array.isArray(first)) return first.map((_, i) => meanTree(trees.map((t) => (Array.isArray(t) ? t[i] : undefined))));
  if (isRecord(first)) {
    const keys = [...new Set(trees.flatMap((t) => (isRecord(t) ? Object.keys(t) : [])))];
    return Object.fromEntries(keys.map((k) => [k, meanTree(trees.map((t) => (isRecord(t) ? t[k] : undefined)))]));
  }
  return first;
}

/**
 * A t-interval kept within the values its figure can take: a share's mean is never below 0, so
 * an interval of 0.2% ± 0.4% over three replicates reads 0–0.6%, not −0.2–0.6%.
 */
function within(key: string, e: Interval): Interval {
  const range = figureByKey(key)?.range;
  const clip = (x: number | null): number | null => {
    if (x === null) return null;
    let v = x;
    if (range?.min !== null && range?.min !== undefined && v < range.min) v = range.min;
    if (range?.max !== null && range?.max !== undefined && v > range.max) v = range.max;
    return v;
  };
  return { low: clip(e.low), high: clip(e.high) };
}

function intervalTree(trees: readonly Tree[], prefix = ""): Intervals {
  const keys = [...new Set(trees.flatMap((t) => (isRecord(t) ? Object.keys(t) : [])))];
  const out: Intervals = {};
  for (const k of keys) {
    const values = trees.map((t) => (isRecord(t) ? t[k] : undefined));
    if (values.some(isRecord)) out[k] = intervalTree(values, `${prefix}${k}.`);
    else out[k] = within(`${prefix}${k}`, estimate(values as (number | null)[]));
  }
  return out;
}

/** Summaries of several runs → mean summary and intervals (used for sweep points too). */
export function combineSummaries(summaries: readonly Summary[]): { summary: Summary; intervals: Intervals } {
  const trees = summaries as unknown as Tree[];
  return { summary: meanTree(trees) as unknown as Summary, intervals: intervalTree(trees) };
}

/** N results of one scenario, seeds `seeds`, as one document. */
export function combineResults(results: readonly SimulationResult[], seeds: readonly number[]): ReplicatedResult {
  if (results.length === 0) throw new RangeError("no replicates to combine");
  const stripped = results.map(({ lastPeriod: _detail, ...rest }) => rest);
  const mean = meanTree(stripped as unknown as Tree[]) as unknown as Omit<SimulationResult, "lastPeriod">;
  const { intervals } = combineSummaries(results.map((r) => r.summary));
  return {
    ...mean,
    staff: results[0]!.staff,
    periods: results[0]!.periods,
    seed: results[0]!.seed,
    replicates: results.length,
    seeds: [...seeds],
    intervals,
  };
}

/** The seeds of N replicates: the run's own seed first, so replicate 1 is the single run. */
export function replicateSeeds(seed: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => seed + i);
}
