/**
 * What the charts read: the simulator's result document plus per-staff arrays, and the scheme
 * facts a chart needs to draw (thresholds, band order). Built in the simulation worker from
 * the simulator's output, so the UI never depends on the simulator's internals.
 */
// The result's figures are the simulator's own types (inferred from its zod schemas), never restated.
export { GAMING_KINDS, type GamingKind, type Summary, type IndicatorSummary } from "@goodhart/simulator";
import type { IndicatorSummary, Intervals, Summary } from "@goodhart/simulator";

export interface PeriodSummary {
  period: number;
  summary: Summary;
}

/** Per staff member in the last period (NaN = no value). */
export interface StaffArrays {
  score: Float64Array;
  trueValue: Float64Array;
  /** Index into STAFF_TYPES. */
  type: Uint8Array;
  /** Index into `bands`, after quotas, in the last period. */
  rating: Uint8Array;
  /**
   * Each indicator's measured value per staff member in the last period (length = staff), or
   * every staff-period, period-major (period p of staff i at p × staff + i); NaN = undefined.
   */
  indicatorValues: Record<string, Float64Array>;
}

export interface IndicatorFacts {
  name: string;
  label: string | null;
  better: "higher" | "lower";
  floor: number | null;
  target: number | null;
  steps: { threshold: number; points: number }[];
  /** Whether the indicator's values are shares (ratio metrics), shown as percentages. */
  percent: boolean;
}

export interface BandFacts {
  name: string;
  label: string | null;
  min: number | null;
}

export interface SimulationView {
  staff: number;
  periods: number;
  seed: number;
  summary: Summary;
  indicators: Record<string, IndicatorSummary>;
  perPeriod: PeriodSummary[];
  perStaff: StaffArrays;
  facts: { indicators: IndicatorFacts[]; bands: BandFacts[]; notSimulated: string[] };
}

/** One value of a sweep: the mean over the seeds run so far, with 95% intervals from two seeds on. */
export type SweepPoint = { value: number; summary: Summary; replicates: number; intervals?: Intervals };
