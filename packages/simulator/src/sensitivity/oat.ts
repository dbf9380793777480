/**
 * One-at-a-time sensitivity: each model constant moved to the low and then the high end of
 * its plausible range, every other setting as given, and the constants ranked by how far the
 * figure swings. The swing is the spread of the figure over the constant's low end, its
 * default (the base run) and its high end: max − min of the three, so a figure that peaks in
 * the middle of a range still counts. Every run uses the same seed(s) — common random numbers
 * — so a swing is the constant's doing, not a different draw.
 */
import type { Scheme } from "@goodhart/dsl";
import { figureValue } from "../figures.ts";
import { MODEL_CONSTANTS, type ModelConstant } from "../model-constants.ts";
import type { SimulationParamsInput } from "../params.ts";
import { estimate } from "../replicates/interval.ts";
import { checkReplicates, inThreadRunner, replicateJobs, type BatchControl, type BatchRunner, type RunJob } from "../scenario/run.ts";

export interface SensitivityRow {
  name: string;
  default: number;
  low: number;
  high: number;
  figureAtLow: number | null;
  figureAtHigh: number | null;
  swing: number | null;
}

export interface SensitivityReport {
  figure: string;
  base: number | null;
  /** Largest swing first; constants whose figure is undefined last. */
  constants: SensitivityRow[];
  replicates: number;
}

export interface SensitivityOptions extends BatchControl {
  runner?: BatchRunner;
  replicates?: number;
  /** The constants to move (default: every one in the table). */
  constants?: readonly ModelConstant[];
}

/** The mean figure of a group of replicate runs (null when it is undefined in all of them). */
function meanFigure(results: readonly { summary: object; indicators?: object }[], figure: string): number | null {
  return estimate(results.map((r) => figureValue(r, figure))).mean;
}

export function swingOf(values: readonly (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  const xs = values as number[];
  return Math.max(...xs) - Math.min(...xs);
}

export async function oneAtATime(
  scheme: string | Scheme,
  overrides: SimulationParamsInput,
  figure: string,
  opts: SensitivityOptions = {},
): Promise<SensitivityReport> {
  const replicates = checkReplicates(opts.replicates);
  const constants = opts.constants ?? (MODEL_CONSTANTS as readonly ModelConstant[]);
  const runner = opts.runner ?? inThreadRunner();
  const settings: SimulationParamsInput[] = [overrides];
  for (const c of constants) for (const v of [c.low, c.high]) settings.push({ ...overrides, model: { ...overrides.model, [c.name]: v } });
  const groups = settings.map((s) => replicateJobs(scheme, s, replicates).jobs);
  const jobs: RunJob[] = groups.flat();
  const results = await runner(jobs, opts);
  const figures: (number | null)[] = [];
  for (let g = 0, at = 0; g < groups.length; at += groups[g]!.length, g++)
    figures.push(meanFigure(results.slice(at, at + groups[g]!.length), figure));
  const base = figures[0]!;
  const rows = constants.map((c, i): SensitivityRow => {
    const atLow = figures[1 + 2 * i]!;
    const atHigh = figures[2 + 2 * i]!;
    const current = overrides.model?.[c.name as keyof typeof overrides.model] ?? c.default;
    return {
      name: c.name,
      default: current,
      low: c.low,
      high: c.high,
      figureAtLow: atLow,
      figureAtHigh: atHigh,
      swing: swingOf([atLow, base, atHigh]),
    };
  });
  rows.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1) || a.name.localeCompare(b.name));
  return { figure, base, constants: rows, replicates };
}
