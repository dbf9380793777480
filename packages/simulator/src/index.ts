/**
 * @goodhart/simulator — a synthetic workforce that games the scheme it is scored by.
 * Browser-safe: no file, clock, DOM or node: imports here. Worker threads are in the
 * `@goodhart/simulator/node` entry (node.ts).
 */
import type { Scheme } from "@goodhart/dsl";
import type { SimulationParamsInput } from "./params.ts";
import type { SimulationResult } from "./result.ts";
import { simulateWith, startSimulation, type SimulateOptions, type Stepper } from "./run.ts";

/** Simulates a scheme (text or resolved) on a synthetic population; see docs/model.md. */
export function simulate(scheme: string | Scheme, params?: SimulationParamsInput, opts?: SimulateOptions): SimulationResult {
  return simulateWith(scheme, params, opts);
}

/** A run stepped by the caller, one period per `step()` (to yield between periods in a UI). */
export function startRun(scheme: string | Scheme, params?: SimulationParamsInput): Stepper {
  return startSimulation(scheme, params);
}

export {
  simulationParamsSchema,
  modelConstantsSchema,
  POPULATION_DEFAULTS,
  DEFAULT_MEMORY_LIMIT_MB,
  SimulationParamsError,
  type SimulationParams,
  type SimulationParamsInput,
  type ModelConstants,
  type PopulationSetting,
} from "./params.ts";
export { SchemeError } from "./prepare.ts";
export { estimateBytes, SimulationTooLargeError } from "./memory.ts";
export { OBSERVABLE_NAMES } from "./observables.ts";
export { CANDIDATES, GAMING_KINDS, type Candidate, type GamingKind } from "./candidates.ts";
export { TYPES, type StaffType } from "./population.ts";
export { simulateWith, startSimulation, type SimulateOptions, type Progress, type Stepper } from "./run.ts";
export {
  simulationResultSchema,
  summarySchema,
  gamingSchema,
  indicatorSummarySchema,
  typeSummarySchema,
  staffDetailSchema,
  type SimulationResult,
  type Summary,
  type IndicatorSummary,
  type TypeSummary,
  type StaffDetail,
} from "./result.ts";
export { MODEL_CONSTANTS, MODEL_CONSTANT_NAMES, modelConstant, type ModelConstant, type ModelConstantName } from "./model-constants.ts";
export {
  findExploits,
  findExploitsIn,
  compareExploits,
  exploitCost,
  bandWords,
  exploitSentence,
  perverseTexts,
  reportIn,
  type Baseline,
  type Exploit,
  type ExploitOptions,
  type ExploitReport,
  type ExploitChanges,
  type MetricChange,
  type Perverse,
  type Who,
} from "./exploits/index.ts";
export { chooseSimulation, blockSettings, resolveParams, SETTINGS_RULE } from "./scenario/settings.ts";
export {
  runPoint,
  runSweep,
  resolveScenario,
  grid,
  applyPoint,
  settingPath,
  inThreadRunner,
  replicateJobs,
  checkReplicates,
  type RunJob,
  type BatchRunner,
  type BatchControl,
  type PointOptions,
  type SweepOptions,
  type SweepAxis,
  type SweepPoint,
  type Yield,
} from "./scenario/run.ts";
export { estimate, t975, type Estimate, type Interval } from "./replicates/interval.ts";
export { combineResults, combineSummaries, replicateSeeds, type Intervals, type ReplicatedResult } from "./replicates/combine.ts";
export {
  SUMMARY_FIGURES,
  HEADLINE_FIGURES,
  figureByKey,
  figureNotInScheme,
  figureAxis,
  figureValue,
  intervalAt,
  formatFigure,
  supportedDigits,
  type Figure,
  type FigureShape,
  type HeadlineFigure,
  type FigureFormat,
  type FormatOptions,
} from "./figures.ts";
export { oneAtATime, swingOf, type SensitivityReport, type SensitivityRow, type SensitivityOptions } from "./sensitivity/oat.ts";
export { saltelliPlan, sobolIndices, type SobolIndex, type SobolPlan } from "./sensitivity/sobol.ts";
export { sobolOverConstants, type SobolReport, type SobolRow, type SobolOptions } from "./sensitivity/sobol-model.ts";
