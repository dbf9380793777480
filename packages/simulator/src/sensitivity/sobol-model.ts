/**
 * Sobol' indices of a figure over the model's constants: each constant drawn uniformly over
 * its plausible range (sobol.ts's Saltelli plan), one run per point at the run's own seed, so
 * the variance is the constants' alone and not the seeds'.
 */
import type { Scheme } from "@goodhart/dsl";
import { figureValue } from "../figures.ts";
import { MODEL_CONSTANTS, type ModelConstant } from "../model-constants.ts";
import { SimulationParamsError, type SimulationParamsInput } from "../params.ts";
import { inThreadRunner, replicateJobs, type BatchControl, type BatchRunner } from "../scenario/run.ts";
import { saltelliPlan, sobolIndices } from "./sobol.ts";

export interface SobolRow {
  name: string;
  default: number;
  low: number;
  high: number;
  /** Share of the figure's variance this constant explains alone. */
  first: number;
  /** Its share including every interaction with the others. */
  total: number;
}

export interface SobolReport {
  figure: string;
  method: "sobol";
  samples: number;
  runs: number;
  /** Largest total index first. */
  constants: SobolRow[];
}

export interface SobolOptions extends BatchControl {
  runner?: BatchRunner;
  /** N of the Saltelli plan (runs = N · (constants + 2)); default 32. */
  samples?: number;
  constants?: readonly ModelConstant[];
}

export async function sobolOverConstants(
  scheme: string | Scheme,
  overrides: SimulationParamsInput,
  figure: string,
  opts: SobolOptions = {},
): Promise<SobolReport> {
  const constants = opts.constants ?? (MODEL_CONSTANTS as readonly ModelConstant[]);
  const samples = opts.samples ?? 32;
  const plan = saltelliPlan(constants.length, samples);
  const jobs = plan.points.map((u) => {
    const model = { ...overrides.model };
    constants.forEach((c, j) => Object.assign(model, { [c.name]: c.low + u[j]! * (c.high - c.low) }));
    return replicateJobs(scheme, { ...overrides, model }, 1).jobs[0]!;
  });
  const results = await (opts.runner ?? inThreadRunner())(jobs, opts);
  const values = results.map((r) => figureValue(r, figure));
  const missing = values.indexOf(null);
  if (missing >= 0)
    throw new SimulationParamsError(
      `${figure} is undefined in some runs (e.g. run ${missing + 1}), so its variance cannot be split; choose another figure`,
    );
  const indices = sobolIndices(plan, values as number[]);
  const rows = constants.map((c, i): SobolRow => ({ name: c.name, default: c.default, low: c.low, high: c.high, ...indices[i]! }));
  rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { figure, method: "sobol", samples, runs: jobs.length, constants: rows };
}
