/**
 * Messages between the page and the simulation worker. Every request carries a sequence
 * number; answers repeat it so the page can drop answers to requests it no longer wants.
 */
import { z } from "zod";
import { indicatorSummarySchema, summarySchema } from "@goodhart/simulator";
import { populationSchema } from "./population.ts";

const runRequestSchema = z.object({
  type: z.literal("run"),
  seq: z.number(),
  text: z.string(),
  population: populationSchema,
  /**
   * After the first result, run this many seeds in all (seed, seed + 1, …) and answer
   * `replicates` messages with the running mean and 95% intervals, so typing stays fast.
   */
  replicates: z.number().int().min(1).max(50).optional(),
});
const sweepRequestSchema = z.object({
  type: z.literal("sweep"),
  seq: z.number(),
  text: z.string(),
  population: populationSchema,
  /** The literal's offsets in `text`; each value replaces that slice. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  percent: z.boolean(),
  values: z.array(z.number().finite()).min(1).max(101),
  /**
   * After a first pass over every value, further passes on seeds seed + 1, … up to this many
   * in all, each answering `sweepPoint` again with the running mean and its intervals.
   */
  replicates: z.number().int().min(1).max(20).optional(),
});
const sensitivityRequestSchema = z.object({
  type: z.literal("sensitivity"),
  seq: z.number(),
  text: z.string(),
  population: populationSchema,
  /** A summary figure's key (`falsifiedShare`, `gaming.rush`). */
  figure: z.string().min(1).max(200),
});
const cancelRequestSchema = z.object({ type: z.literal("cancel"), seq: z.number() });
export const simRequestSchema = z.discriminatedUnion("type", [
  runRequestSchema,
  sweepRequestSchema,
  sensitivityRequestSchema,
  cancelRequestSchema,
]);
export type SimRequest = z.infer<typeof simRequestSchema>;

const fig = z.number().nullable();
const interval = z.object({ low: fig, high: fig });
/** The simulator's intervals: a figure → {low, high}; a group of figures (gaming, ratings) → its own map. */
const intervalsSchema = z.record(z.string(), z.union([interval, z.record(z.string(), interval)]));

const sensitivityRowSchema = z.object({
  name: z.string(),
  default: z.number(),
  low: z.number(),
  high: z.number(),
  figureAtLow: fig,
  figureAtHigh: fig,
  swing: fig,
});
/** The simulator's one-at-a-time report (its `SensitivityReport`), checked as it crosses from the worker. */
const sensitivityReportSchema = z.object({
  figure: z.string(),
  base: fig,
  constants: z.array(sensitivityRowSchema),
  replicates: z.number(),
});

const poolMoveSchema = z.object({
  id: z.string(),
  score: fig,
  from: z.string(),
  to: z.string(),
  rank: z.number(),
  holders: z.number(),
  allowance: z.number(),
  tiedWith: z.string().nullable(),
});
const poolBandSchema = z.object({ band: z.string(), quota: z.string(), holders: z.number(), allowance: z.number(), ofCount: fig });
const poolEntrySchema = z.object({
  label: z.string(),
  size: z.number(),
  before: z.record(z.string(), z.number()),
  after: z.record(z.string(), z.number()),
  bands: z.array(poolBandSchema),
  moved: z.array(poolMoveSchema),
});
const poolFlagSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("unreachable"),
    label: z.string(),
    size: z.number(),
    band: z.string(),
    quota: z.string(),
    counted: z.enum(["pool", "of", "bandAndOf"]),
    have: z.number(),
    needed: fig,
  }),
  z.object({
    kind: z.literal("sameScore"),
    score: z.number(),
    bands: z.array(z.object({ band: z.string(), ids: z.array(z.string()), pools: z.array(z.string()) })),
  }),
]);
/** The dsl's pool report for a simulated run, each team one pool (see pools/simulated-pools.ts). */
const simulatedPoolsSchema = z.object({
  report: z.object({ pools: z.array(poolEntrySchema), flags: z.array(poolFlagSchema) }),
  team: z.number(),
  mismatched: z.number(),
});
export type SimulatedPoolsView = z.infer<typeof simulatedPoolsSchema>;

const indicatorFactsSchema = z.object({
  name: z.string(),
  label: z.string().nullable(),
  better: z.enum(["higher", "lower"]),
  floor: fig,
  target: fig,
  steps: z.array(z.object({ threshold: z.number(), points: z.number() })),
  percent: z.boolean(),
});

export const viewSchema = z.object({
  staff: z.number(),
  periods: z.number(),
  seed: z.number(),
  summary: summarySchema,
  indicators: z.record(z.string(), indicatorSummarySchema),
  perPeriod: z.array(z.object({ period: z.number(), summary: summarySchema })),
  perStaff: z.object({
    score: z.instanceof(Float64Array),
    trueValue: z.instanceof(Float64Array),
    type: z.instanceof(Uint8Array),
    rating: z.instanceof(Uint8Array),
    indicatorValues: z.record(z.string(), z.instanceof(Float64Array)),
  }),
  facts: z.object({
    indicators: z.array(indicatorFactsSchema),
    bands: z.array(z.object({ name: z.string(), label: z.string().nullable(), min: fig })),
    notSimulated: z.array(z.string()),
  }),
});

export const simResponseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), seq: z.number(), fraction: z.number() }),
  z.object({ type: z.literal("result"), seq: z.number(), view: viewSchema, ms: z.number() }),
  z.object({
    type: z.literal("replicates"),
    seq: z.number(),
    done: z.number(),
    total: z.number(),
    summary: summarySchema,
    intervals: intervalsSchema,
  }),
  z.object({
    type: z.literal("sweepPoint"),
    seq: z.number(),
    index: z.number(),
    value: z.number(),
    summary: summarySchema,
    replicates: z.number().int().min(1),
    intervals: intervalsSchema.optional(),
  }),
  z.object({ type: z.literal("sensitivity"), seq: z.number(), report: sensitivityReportSchema, ms: z.number() }),
  z.object({ type: z.literal("pools"), seq: z.number(), pools: simulatedPoolsSchema.nullable() }),
  z.object({ type: z.literal("sweepSkipped"), seq: z.number(), value: z.number(), message: z.string() }),
  z.object({ type: z.literal("sweepDone"), seq: z.number(), ms: z.number() }),
  z.object({ type: z.literal("error"), seq: z.number(), message: z.string() }),
  z.object({ type: z.literal("cancelled"), seq: z.number() }),
]);
export type SimResponse = z.infer<typeof simResponseSchema>;
