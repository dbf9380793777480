/**
 * The engines commands borrow from other packages, behind one seam: runs go through the
 * simulator's scenario layer on Node's batch runner (worker threads), and the simulator's
 * setting errors become usage errors (they are about the flags given).
 */
import {
  checkReplicates,
  replicateJobs,
  runPoint,
  runSweep,
  SimulationParamsError,
  SimulationTooLargeError,
  type ReplicatedResult,
  type SimulationParamsInput,
  type SimulationResult,
  type SweepAxis,
  type SweepOptions,
  type SweepPoint,
  type BatchRunner,
} from "@goodhart/simulator";
import { nodeRunner } from "@goodhart/simulator/node";
import type { Message } from "@goodhart/dsl";
import { settingsError } from "./settings-error.ts";
import { UsageError } from "./errors.ts";

export interface RunOptions {
  signal?: AbortSignal;
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Worker threads; undefined lets the work decide. */
  workers?: number;
  /** Independent seeds; 1 or undefined is one run. */
  replicates?: number;
}

/**
 * In the bundle, the workers are dist/simulate-worker.mjs and dist/run-worker.mjs beside this
 * file; from source (tests) the simulator finds its own TypeScript entries.
 */
function bundled(name: string): URL | undefined {
  return import.meta.url.endsWith(".mjs") ? new URL(`./${name}.mjs`, import.meta.url) : undefined;
}

export function cliRunner(workers?: number): BatchRunner {
  return nodeRunner({ workers, chunkWorkerUrl: bundled("simulate-worker"), runWorkerUrl: bundled("run-worker") });
}

async function asUsage<T>(command: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof SimulationTooLargeError) throw new UsageError(tooLarge(e), command);
    if (e instanceof SimulationParamsError) throw new UsageError(settingsError(e), command);
    throw e;
  }
}

/** The simulator's advice names its own setting; on the command line the lever is --staff. */
function tooLarge(e: SimulationTooLargeError): Message {
  const mb = (x: number) => Math.ceil(x).toLocaleString("en-US");
  return {
    key: "cli.tooLarge",
    params: {
      staff: e.staff.toLocaleString("en-US"),
      mb: mb(e.estimatedMB),
      limit: mb(e.limitMB),
      fits: e.fits.toLocaleString("en-US"),
      flag: String(e.fits),
    },
  };
}

/** One scenario (N replicates with intervals when asked); bad settings become a usage error naming them. */
export function runScenario(
  command: string,
  schemeText: string,
  overrides: SimulationParamsInput,
  options: RunOptions = {},
): Promise<SimulationResult | ReplicatedResult> {
  return asUsage(command, () =>
    runPoint(schemeText, overrides, {
      replicates: options.replicates,
      runner: cliRunner(options.workers),
      signal: options.signal,
      onProgress: options.onProgress,
    }),
  );
}

/** A sweep grid through the scenario layer. */
export function runCliSweep(
  command: string,
  text: string,
  axes: readonly SweepAxis[],
  overrides: SimulationParamsInput,
  options: RunOptions & Pick<SweepOptions, "onPoint">,
): Promise<SweepPoint[]> {
  return asUsage(command, () =>
    runSweep(text, axes, overrides, {
      replicates: options.replicates,
      runner: cliRunner(options.workers),
      signal: options.signal,
      onProgress: options.onProgress,
      onPoint: options.onPoint,
    }),
  );
}

/**
 * `diff --simulate [--replicates N]`: both schemes on the settings given (the caller resolves
 * them once, from the old scheme), on the same seeds — seed, seed + 1, … — so `old[i]` and
 * `new[i]` are a pair. With replicates every run of both sides is one batch, which keeps all
 * workers busy; one run a side goes as a single run does.
 */
export async function simulateBoth(
  command: string,
  oldText: string,
  newText: string,
  settings: SimulationParamsInput,
  options: RunOptions = {},
): Promise<{ seeds: number[]; old: SimulationResult[]; new: SimulationResult[] }> {
  return asUsage(command, async () => {
    const replicates = checkReplicates(options.replicates);
    const a = replicateJobs(oldText, settings, replicates);
    const b = replicateJobs(newText, settings, replicates);
    const runner = cliRunner(options.workers);
    const control = { signal: options.signal };
    if (replicates === 1) {
      const [o] = await runner(a.jobs, { ...control, onProgress: (f) => options.onProgress?.(f / 2) });
      const [n] = await runner(b.jobs, { ...control, onProgress: (f) => options.onProgress?.(0.5 + f / 2) });
      return { seeds: [], old: [o!], new: [n!] };
    }
    const all = await runner([...a.jobs, ...b.jobs], { ...control, onProgress: options.onProgress });
    return { seeds: a.seeds, old: all.slice(0, replicates), new: all.slice(replicates) };
  });
}
