/**
 * Running a scenario: one point (optionally N replicates) or a sweep grid, through a batch
 * runner — in this thread by default (browser-safe), on worker threads in Node
 * (`@goodhart/simulator/node`). Every run a caller asks for is a job; replicates and grid
 * points are jobs alike, so a pool keeps every core busy whichever the caller asks for.
 */
import { analyze, parseLiteralPath, setLiteral, type Scheme } from "@goodhart/dsl";
import { MODEL_CONSTANT_NAMES, modelConstant } from "../model-constants.ts";
import {
  POPULATION_DEFAULTS,
  SimulationParamsError,
  type PopulationSetting,
  type SimulationParams,
  type SimulationParamsInput,
} from "../params.ts";
import { schemeOf } from "../prepare.ts";
import type { SimulationResult, Summary } from "../result.ts";
import { simulateWith, startSimulation, type Progress } from "../run.ts";
import { combineResults, combineSummaries, replicateSeeds, type Intervals, type ReplicatedResult } from "../replicates/combine.ts";
import { resolveParams } from "./settings.ts";

export interface RunJob {
  scheme: string | Scheme;
  params: SimulationParamsInput;
}

export interface BatchControl {
  signal?: AbortSignal;
  /** Fraction of the whole batch done, 0..1. */
  onProgress?: (fraction: number) => void;
}

/** Runs every job (in any order, concurrently or not) and answers in job order. */
export type BatchRunner = (jobs: readonly RunJob[], control?: BatchControl) => Promise<SimulationResult[]>;

const cancelled = (signal: AbortSignal): unknown => signal.reason ?? new Error("The simulation was cancelled.");

/** Yields to the event loop between periods so a cancel (or a newer request) is heard. */
export type Yield = () => Promise<void>;

/** Jobs one after another in this thread; `pause` between periods lets a UI stay responsive. */
export function inThreadRunner(pause?: Yield): BatchRunner {
  return async (jobs, control = {}) => {
    const out: SimulationResult[] = [];
    for (const [i, job] of jobs.entries()) {
      if (control.signal?.aborted) throw cancelled(control.signal);
      const onProgress = (p: Progress) => control.onProgress?.((i + p.period / p.periods) / jobs.length);
      if (!pause) out.push(simulateWith(job.scheme, job.params, { signal: control.signal, onProgress }));
      else out.push(await steppedRun(job, pause, control.signal, onProgress));
    }
    return out;
  };
}

async function steppedRun(
  job: RunJob,
  pause: Yield,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void,
): Promise<SimulationResult> {
  const run = startSimulation(job.scheme, job.params);
  for (let t = 0; t < run.periods; t++) {
    await pause();
    if (signal?.aborted) throw cancelled(signal);
    run.step();
    onProgress({ period: t + 1, periods: run.periods });
  }
  return run.result();
}

export interface PointOptions extends BatchControl {
  /** Independent seeds (seed, seed + 1, …); 1 or absent is the single run, unchanged. */
  replicates?: number;
  runner?: BatchRunner;
}

export function checkReplicates(n: number | undefined): number {
  const r = n ?? 1;
  if (!Number.isInteger(r) || r < 1)
    throw new SimulationParamsError(`Invalid simulation settings: replicates must be a whole number of at least 1, got ${n}.`);
  return r;
}

/** A scheme (text or resolved) and overrides → the resolved scheme and every setting of the run. */
export function resolveScenario(
  input: string | Scheme,
  overrides: SimulationParamsInput = {},
): { scheme: Scheme; params: SimulationParams } {
  const scheme = schemeOf(input);
  return { scheme, params: resolveParams(scheme, overrides) };
}

/** The jobs of one point: one per replicate, settings resolved once, consecutive seeds from the run's own. */
export function replicateJobs(
  input: string | Scheme,
  overrides: SimulationParamsInput,
  replicates: number,
): { jobs: RunJob[]; seeds: number[] } {
  const { scheme, params } = resolveScenario(input, overrides);
  if (replicates === 1) return { jobs: [{ scheme, params }], seeds: [] };
  // The replicates take the seeds after the run's own; past 2⁵³ − 1 a double no longer tells
  // them apart (the last ones would be the same run), so the first seed says how far it may go.
  const highest = Number.MAX_SAFE_INTEGER - (replicates - 1);
  if (params.seed > highest) throw new SimulationParamsError(`Invalid simulation settings: seed must be at most ${highest}.`);
  const seeds = replicateSeeds(params.seed, replicates);
  return { jobs: seeds.map((seed) => ({ scheme, params: { ...params, seed } })), seeds };
}

/** One scenario: the plain result, or with replicates the combined document (mean + intervals). */
export async function runPoint(
  scheme: string | Scheme,
  overrides: SimulationParamsInput = {},
  opts: PointOptions = {},
): Promise<SimulationResult | ReplicatedResult> {
  const replicates = checkReplicates(opts.replicates);
  const runner = opts.runner ?? inThreadRunner();
  const { jobs, seeds } = replicateJobs(scheme, overrides, replicates);
  const results = await runner(jobs, opts);
  return replicates === 1 ? results[0]! : combineResults(results, seeds);
}

// ── sweeps ──────────────────────────────────────────────────────────────────────────────

export interface SweepAxis {
  /** A literal path (dsl grammar): `on_time.target`, `p.step.1.points`, `model.capacity`, `population.luck`. */
  path: string;
  values: readonly number[];
}

export interface SweepPoint {
  /** Each axis's value at this point, keyed by path. */
  values: Record<string, number>;
  /** With one axis its value, with several the `values` object (the CLI's `[{value, summary}]`). */
  value: number | Record<string, number>;
  summary: Summary | null;
  /** With replicates. */
  intervals?: Intervals;
  /** When the varied scheme does not check (a floor equal to its target, say). */
  errors?: string[];
}

/** Every combination of the axes' values, the first axis varying slowest. */
export function grid(axes: readonly SweepAxis[]): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const axis of axes) {
    if (axis.values.length === 0) throw new SimulationParamsError(`sweep: ${axis.path} has no values`);
    points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.path]: v })));
  }
  return points;
}

const POPULATION_KEYS = Object.keys(POPULATION_DEFAULTS) as PopulationSetting[];

/** A `model.NAME` or `population.NAME` path checked against the known names. */
export function settingPath(path: string): { kind: "model" | "population"; name: string } | null {
  const p = parseLiteralPath(path);
  if (!p || (p.kind !== "model" && p.kind !== "population")) return null;
  if (p.kind === "model" && !modelConstant(p.name))
    throw new SimulationParamsError(`${path}: no model constant named ${p.name} (known: ${MODEL_CONSTANT_NAMES.join(", ")})`);
  if (p.kind === "population" && !(POPULATION_KEYS as string[]).includes(p.name))
    throw new SimulationParamsError(`${path}: no population setting named ${p.name} (known: ${POPULATION_KEYS.join(", ")})`);
  return { kind: p.kind, name: p.name };
}

/** The scheme text and settings at one grid point: scheme literals edited, model/population paths set. */
export function applyPoint(
  text: string,
  overrides: SimulationParamsInput,
  values: Record<string, number>,
): { text: string; overrides: SimulationParamsInput } {
  let edited = text;
  let params: SimulationParamsInput = { ...overrides, model: { ...overrides.model } };
  for (const [path, value] of Object.entries(values)) {
    const setting = settingPath(path);
    if (!setting) edited = setLiteral(edited, path, value);
    else if (setting.kind === "model") params = { ...params, model: { ...params.model, [setting.name]: value } };
    else params = { ...params, [setting.name]: value };
  }
  return { text: edited, overrides: params };
}

export interface SweepOptions extends PointOptions {
  /** Called as each point is known (skipped points included), in grid order. */
  onPoint?: (point: SweepPoint, index: number, total: number) => void;
}

/**
 * Runs the simulation at every grid point, same population and seed(s) each time, so the
 * differences between points come from what was varied alone. A point whose edited scheme
 * does not check is reported with its errors, never silently dropped.
 */
export async function runSweep(
  text: string,
  axes: readonly SweepAxis[],
  overrides: SimulationParamsInput = {},
  opts: SweepOptions = {},
): Promise<SweepPoint[]> {
  const replicates = checkReplicates(opts.replicates);
  const runner = opts.runner ?? inThreadRunner();
  const points = grid(axes);
  const planned = points.map((values) => {
    const at = applyPoint(text, overrides, values);
    const analysis = analyze(at.text);
    const value = axes.length === 1 ? values[axes[0]!.path]! : values;
    if (!analysis.scheme) {
      const errors = analysis.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`);
      return { values, value, errors, jobs: [] as RunJob[] };
    }
    return { values, value, errors: null, jobs: replicateJobs(analysis.scheme, at.overrides, replicates).jobs };
  });
  const jobs = planned.flatMap((p) => p.jobs);
  const results = jobs.length > 0 ? await runner(jobs, opts) : [];
  const out: SweepPoint[] = [];
  let next = 0;
  for (const [i, p] of planned.entries()) {
    let point: SweepPoint;
    if (p.errors) point = { values: p.values, value: p.value, summary: null, errors: p.errors };
    else {
      const mine = results.slice(next, next + p.jobs.length);
      next += p.jobs.length;
      if (replicates === 1) point = { values: p.values, value: p.value, summary: mine[0]!.summary };
      else point = { values: p.values, value: p.value, ...combineSummaries(mine.map((r) => r.summary)) };
    }
    out.push(point);
    opts.onPoint?.(point, i, planned.length);
  }
  return out;
}
