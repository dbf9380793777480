/** The result document of SIMULATOR.md §5 (`goodhart simulate --json`), plus documented extras. */
import type { AmountKind, GamingKind } from "./candidates.ts";
import type { StaffType } from "./population.ts";

export interface Summary {
  /** Mean total score over staff-periods with a score (points, 0..100+). */
  meanScore: number | null;
  /** Mean true value per staff-period, in case-equivalents (one easy case resolved well = 1). */
  meanTrueValue: number | null;
  /** Share of staff-periods with any gaming action. */
  gamingRate: number | null;
  /** Share of staff-periods using each gaming action. */
  gaming: Record<GamingKind, number | null>;
  /** Share of reported closures that were false. */
  falsifiedShare: number | null;
  /** Spearman rank correlation of score with true value (mean over periods). */
  scoreTruthCorrelation: number | null;
  /** Spearman rank correlation of score with ability (mean over periods). */
  scoreAbilityCorrelation: number | null;
  /** Share of staff-periods per rating band, after quotas. */
  ratings: Record<string, number | null>;
  /** Mean morale at the end of the (last) period, 0..1. */
  morale: number | null;
  /** Hard cases genuinely open at the end of the (last) period, per staff member. */
  hardBacklog: number | null;
  /** Extras: mean chosen effort (0.7 coast … 1 full); falsifications found by audits and closures reported, per staff-period. */
  meanEffort: number | null;
  auditFailures: number | null;
  meanReported: number | null;
  /**
   * Extra: what gaming did, in cases per staff-period — false closures, late closures recorded
   * as on time, rushed closures, cases set aside and left open (cherry-picking), closures
   * reported a period early, closures withheld — and cases abandoned from the queue.
   */
  amounts: Record<AmountKind, number | null>;
}

export interface IndicatorSummary {
  meanValue: number | null;
  meanPoints: number | null;
  /** Count just meeting the threshold ÷ count just missing it (null when none just miss). */
  bunching: number | null;
  threshold: number | null;
  bandWidth: number | null;
  justMeeting: number;
  justMissing: number;
}

export interface TypeSummary {
  staff: number;
  gamingRate: number | null;
  meanScore: number | null;
  meanTrueValue: number | null;
}

/** Per-staff values of the last period, for the playground's charts (small runs only). */
export interface StaffDetail {
  score: (number | null)[];
  trueValue: (number | null)[];
  ability: (number | null)[];
  type: StaffType[];
  rating: string[];
  morale: (number | null)[];
  gaming: number[];
  /** Each indicator's measured value per staff member. */
  indicators: Record<string, (number | null)[]>;
}

export interface SimulationResult {
  staff: number;
  periods: number;
  seed: number;
  settings: {
    team: number;
    saints: number;
    honest: number;
    reactive: number;
    maniacs: number;
    hard: number;
    luck: number;
    sanction: number;
  };
  summary: Summary;
  indicators: Record<string, IndicatorSummary>;
  perPeriod: { period: number; summary: Summary }[];
  byType: Record<StaffType, TypeSummary>;
  notes: string[];
  lastPeriod?: StaffDetail;
}
