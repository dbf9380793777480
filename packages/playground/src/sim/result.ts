/**
 * What the charts read: the SIMULATOR.md §5 document plus per-staff arrays, and the scheme
 * facts a chart needs to draw (thresholds, band order). Built in the simulation worker from
 * the simulator's output, so the UI never depends on the simulator's internals.
 */
export const GAMING_KINDS = ["falsify", "rush", "cherryPick", "pressure", "timing", "holdBack"] as const;
export type GamingKind = (typeof GAMING_KINDS)[number];

/** null where a figure is undefined (no staff scored, no closures reported, …). */
export interface Summary {
  meanScore: number | null;
  meanTrueValue: number | null;
  gamingRate: number | null;
  gaming: Record<GamingKind, number | null>;
  falsifiedShare: number | null;
  scoreTruthCorrelation: number | null;
  scoreAbilityCorrelation: number | null;
  ratings: Record<string, number | null>;
  morale: number | null;
  hardBacklog: number | null;
}

export interface IndicatorSummary {
  meanValue: number | null;
  meanPoints: number | null;
  bunching: number | null;
  /** The threshold bunching is measured at, the band width, and the counts either side. */
  threshold?: number | null;
  bandWidth?: number | null;
  justMeeting?: number;
  justMissing?: number;
}

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

export type SweepPoint = { value: number; summary: Summary };
