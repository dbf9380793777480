/**
 * The engines commands borrow from other packages, behind one seam: the simulator's errors
 * become usage errors (they are about the settings given), and an engine that has not landed
 * yet says so plainly (exit 2) instead of failing the build.
 */
import type { Scheme, ScoreReport, StaffInput } from "@goodhart/dsl";
import { simulate, SimulationParamsError, SimulationTooLargeError, type SimulationParamsInput, type SimulationResult } from "@goodhart/simulator";
import { UsageError } from "./errors.ts";

export function notAvailable(what: string, command: string): UsageError {
  return new UsageError(`'goodhart ${command}' is not available yet: ${what} is not part of this build`, command);
}

export interface AnalysisEngine {
  explainStaff(scheme: Scheme, staff: StaffInput[], report: ScoreReport, index: number): string;
  edgesOf(scheme: Scheme, staff: StaffInput[], report: ScoreReport): string;
}

export async function analysisEngine(): Promise<AnalysisEngine> {
  throw notAvailable("the score explanation engine (explain/edges)", "score");
}

export type SimulationOverrides = Pick<SimulationParamsInput, "staff" | "periods" | "seed" | "team" | "saints" | "honest" | "reactive" | "maniacs" | "hard" | "luck">;

export interface RunOptions {
  signal?: AbortSignal;
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
}

/** Runs the simulator on scheme text; bad settings become a usage error naming them. */
export function runSimulation(command: string, schemeText: string, overrides: SimulationOverrides, options: RunOptions = {}): SimulationResult {
  try {
    return simulate(schemeText, overrides, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.(p.period / p.periods),
    });
  } catch (e) {
    if (e instanceof SimulationParamsError || e instanceof SimulationTooLargeError) throw new UsageError(e.message, command);
    throw e;
  }
}
