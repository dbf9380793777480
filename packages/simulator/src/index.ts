/**
 * @goodhart/simulator — a synthetic workforce that games the scheme it is scored by.
 * Browser-safe: no file, clock, DOM or node: imports here (the Node worker adapter lives in
 * parallel-node.ts and is deliberately not re-exported).
 */
import { analyze, applyQuotas, compile, type Scheme } from "@goodhart/dsl";
import type { SimulationParamsInput } from "./params.ts";
import type { DslRuntime } from "./prepare.ts";
import type { SimulationResult } from "./result.ts";
import { simulateWith, startSimulation, type SimulateOptions, type Stepper } from "./run.ts";
import { sweepWith, type SetNumber, type SweepAxis, type SweepPoint } from "./sweep.ts";

export const dslRuntime: DslRuntime = { analyze, compile, applyQuotas };

/** Simulates a scheme (text or resolved) on a synthetic population; see SIMULATOR.md. */
export function simulate(scheme: string | Scheme, params?: SimulationParamsInput, opts?: SimulateOptions): SimulationResult {
  return simulateWith(dslRuntime, scheme, params, opts);
}

/** A run stepped by the caller, one period per `step()` (to yield between periods in a UI). */
export function startRun(scheme: string | Scheme, params?: SimulationParamsInput): Stepper {
  return startSimulation(dslRuntime, scheme, params);
}

/** Re-runs the simulation over a grid of scheme literals; `setNumber` edits the text. */
export function runSweep(
  text: string,
  axes: readonly SweepAxis[],
  setNumber: SetNumber,
  params?: SimulationParamsInput,
  onPoint?: (done: number, total: number) => void,
): SweepPoint[] {
  return sweepWith((t, p) => simulate(t, p), text, axes, setNumber, params, onPoint);
}

export {
  simulationParamsSchema,
  modelConstantsSchema,
  resolveParams,
  POPULATION_DEFAULTS,
  DEFAULT_MEMORY_LIMIT_MB,
  SimulationParamsError,
  type SimulationParams,
  type SimulationParamsInput,
  type ModelConstants,
} from "./params.ts";
export { SchemeError, type DslRuntime } from "./prepare.ts";
export { estimateBytes, SimulationTooLargeError } from "./memory.ts";
export { OBSERVABLE_NAMES } from "./observables.ts";
export { CANDIDATES, GAMING_KINDS, type Candidate, type GamingKind } from "./candidates.ts";
export { TYPES, type StaffType } from "./population.ts";
export { simulateWith, startSimulation, type SimulateOptions, type Progress, type Stepper } from "./run.ts";
export { grid, sweepWith, type SweepAxis, type SweepPoint, type SetNumber } from "./sweep.ts";
export type { SimulationResult, Summary, IndicatorSummary, TypeSummary, StaffDetail } from "./result.ts";
export { MODEL_CONSTANTS, MODEL_CONSTANT_NAMES, modelConstant, type ModelConstant, type ModelConstantName } from "./model-constants.ts";
export {
  findExploits, findExploitsIn, compareExploits, exploitCost,
  type Exploit, type ExploitOptions, type ExploitReport, type ExploitChanges, type MetricChange, type Perverse, type Who,
} from "./exploits/index.ts";
