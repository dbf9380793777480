/**
 * The result document (`goodhart simulate --json`), plus documented extras, as zod schemas:
 * the types below are inferred from them, so a consumer across a boundary (the playground's
 * page, reading what its worker sends) validates against the same definition.
 */
import { z } from "zod";
import { AMOUNT_KINDS } from "./candidates.ts";
import { TYPES } from "./population.ts";

const figure = z.number().nullable();

export const gamingSchema = z.object({
  falsify: figure,
  rush: figure,
  cherryPick: figure,
  pressure: figure,
  timing: figure,
  holdBack: figure,
});

export const summarySchema = z.object({
  /** Mean total score over staff-periods with a score (points, 0..100+). */
  meanScore: figure,
  /** Mean true value per staff-period, in case-equivalents (one easy case resolved well = 1). */
  meanTrueValue: figure,
  /** Share of staff-periods with any gaming action. */
  gamingRate: figure,
  /** Share of staff-periods using each gaming action. */
  gaming: gamingSchema,
  /** Share of reported closures that were false. */
  falsifiedShare: figure,
  /** Spearman rank correlation of score with true value (mean over periods). */
  scoreTruthCorrelation: figure,
  /** Spearman rank correlation of score with ability (mean over periods). */
  scoreAbilityCorrelation: figure,
  /** Share of staff-periods per rating band, after quotas. */
  ratings: z.record(z.string(), figure),
  /** Mean morale at the end of the (last) period, 0..1. */
  morale: figure,
  /** Hard cases genuinely open at the end of the (last) period, per staff member. */
  hardBacklog: figure,
  /** Extras: mean chosen effort (0.7 coast … 1 full); falsifications found by audits and closures reported, per staff-period. */
  meanEffort: figure,
  auditFailures: figure,
  meanReported: figure,
  /**
   * Extra: what gaming did, in cases per staff-period — false closures, late closures recorded
   * as on time, rushed closures, cases set aside and left open (cherry-picking), closures
   * reported a period early, closures withheld — and cases abandoned from the queue.
   */
  amounts: z.object(Object.fromEntries(AMOUNT_KINDS.map((k) => [k, figure])) as Record<(typeof AMOUNT_KINDS)[number], typeof figure>),
});

export const indicatorSummarySchema = z.object({
  meanValue: figure,
  meanPoints: figure,
  /** Count just meeting the threshold ÷ count just missing it (null when none just miss). */
  bunching: figure,
  threshold: figure,
  bandWidth: figure,
  justMeeting: z.number(),
  justMissing: z.number(),
});

export const typeSummarySchema = z.object({ staff: z.number(), gamingRate: figure, meanScore: figure, meanTrueValue: figure });

/** Per-staff values of the last period, for the playground's charts (small runs only). */
export const staffDetailSchema = z.object({
  score: z.array(figure),
  trueValue: z.array(figure),
  ability: z.array(figure),
  type: z.array(z.enum(TYPES)),
  rating: z.array(z.string()),
  morale: z.array(figure),
  gaming: z.array(z.number()),
  /** Each indicator's measured value per staff member. */
  indicators: z.record(z.string(), z.array(figure)),
});

export const simulationResultSchema = z.object({
  staff: z.number(),
  periods: z.number(),
  seed: z.number(),
  settings: z.object({
    team: z.number(),
    saints: z.number(),
    honest: z.number(),
    reactive: z.number(),
    maniacs: z.number(),
    hard: z.number(),
    luck: z.number(),
    sanction: z.number(),
  }),
  summary: summarySchema,
  indicators: z.record(z.string(), indicatorSummarySchema),
  perPeriod: z.array(z.object({ period: z.number(), summary: summarySchema })),
  byType: z.object(
    Object.fromEntries(TYPES.map((t) => [t, typeSummarySchema])) as Record<(typeof TYPES)[number], typeof typeSummarySchema>,
  ),
  notes: z.array(z.string()),
  lastPeriod: staffDetailSchema.optional(),
});

export type Summary = z.infer<typeof summarySchema>;
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;
export type TypeSummary = z.infer<typeof typeSummarySchema>;
export type StaffDetail = z.infer<typeof staffDetailSchema>;
export type SimulationResult = z.infer<typeof simulationResultSchema>;
