/**
 * The engines commands borrow from other packages, behind one seam: the simulator's errors
 * become usage errors (they are about the settings given), and large runs go to worker
 * threads.
 */
import { simulate, SimulationParamsError, SimulationTooLargeError, type SimulationParamsInput, type SimulationResult } from "@goodhart/simulator";
// Node-only entry, deliberately not exported by the browser-safe simulator index.
import { simulateParallel } from "../../simulator/src/parallel-node.ts";
import { UsageError } from "./errors.ts";

export type SimulationOverrides = Pick<SimulationParamsInput, "staff" | "periods" | "seed" | "team" | "saints" | "honest" | "reactive" | "maniacs" | "hard" | "luck">;

export interface RunOptions {
  signal?: AbortSignal;
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Worker threads; undefined lets the population size decide. */
  workers?: number;
  /** The population size when the scheme's `simulation` block sets it (flags win). */
  staff?: number;
}

/** Below this many staff a worker pool costs more to start than it saves. */
const PARALLEL_FROM_STAFF = 8192;

/**
 * In the bundle, the worker is dist/simulate-worker.mjs beside this file; from source (tests)
 * the simulator finds its own TypeScript worker.
 */
function workerUrl(): URL | undefined {
  return import.meta.url.endsWith(".mjs") ? new URL("./simulate-worker.mjs", import.meta.url) : undefined;
}

/** Runs the simulator on scheme text; bad settings become a usage error naming them. */
export async function runSimulation(command: string, schemeText: string, overrides: SimulationOverrides, options: RunOptions = {}): Promise<SimulationResult> {
  const onProgress = (p: { period: number; periods: number }) => options.onProgress?.(p.period / p.periods);
  try {
    const staff = overrides.staff ?? options.staff ?? 0;
    const parallel = options.workers !== undefined ? options.workers > 1 : staff >= PARALLEL_FROM_STAFF;
    // Results are byte-identical whatever the number of workers, so this is only about speed.
    if (parallel) return await simulateParallel(schemeText, overrides, { workers: options.workers, workerUrl: workerUrl(), onProgress, signal: options.signal });
    return simulate(schemeText, overrides, { signal: options.signal, onProgress });
  } catch (e) {
    if (e instanceof SimulationTooLargeError) throw new UsageError(tooLarge(e), command);
    if (e instanceof SimulationParamsError) throw new UsageError(e.message, command);
    throw e;
  }
}

/** The simulator's advice names its own setting; on the command line the lever is --staff. */
function tooLarge(e: SimulationTooLargeError): string {
  const mb = (x: number) => Math.ceil(x).toLocaleString("en-US");
  return `a simulation of ${e.staff.toLocaleString("en-US")} staff needs about ${mb(e.estimatedMB)} MB, more than the ${mb(e.limitMB)} MB a run may use; simulate at most ${e.fits.toLocaleString("en-US")} staff (--staff ${e.fits})`;
}

/** For a command whose engine has not landed yet: a plain message and exit 2. */
export function notAvailable(what: string, command: string): UsageError {
  return new UsageError(`'goodhart ${command}' is not available yet: ${what} is not part of this build`, command);
}
