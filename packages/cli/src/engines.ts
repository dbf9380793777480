/**
 * The engines some commands need but that other parts of the project provide. Until one
 * lands, its commands say so plainly (exit 2) instead of failing to build.
 */
import type { Scheme, ScoreReport, StaffInput } from "@goodhart/dsl";
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

/** The summary figures of SIMULATOR.md §5 that the CLI prints; the rest passes through. */
export interface SimulationSummaryLike {
  [field: string]: unknown;
}

export interface SimulationResultLike {
  staff: number;
  periods: number;
  seed: number;
  summary: SimulationSummaryLike;
  indicators?: Record<string, Record<string, unknown>>;
  notes?: string[];
  [field: string]: unknown;
}

/** Population overrides from the command line; the scheme's `simulation` block fills the rest. */
export type SimulationOverrides = Partial<Record<"staff" | "periods" | "seed" | "team" | "saints" | "honest" | "reactive" | "maniacs" | "hard" | "luck", number>>;

export interface SimulationEngine {
  run(
    schemeText: string,
    overrides: SimulationOverrides,
    options: { workers?: number; signal?: AbortSignal; onProgress?: (fraction: number) => void },
  ): Promise<SimulationResultLike>;
}

export async function simulationEngine(command: string): Promise<SimulationEngine> {
  throw notAvailable("the simulator", command);
}
