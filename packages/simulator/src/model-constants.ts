/**
 * The model's constants: one table, the single source of truth. The zod schema that checks a
 * caller's `model` settings, `goodhart help model`, `--model NAME=VALUE`, sensitivity analysis
 * and the table in docs/model.md are all derived from it, so a constant is described once.
 *
 * `low`..`high` is the plausible range (what sensitivity analysis explores), not a hard limit;
 * `min`/`max` are the hard limits a value is validated against.
 */
import { z } from "zod";

export interface ModelConstant {
  readonly name: string;
  readonly default: number;
  /** Unit in words, e.g. "cases per period", "% of salary", "share". */
  readonly unit: string;
  /** Plausible range explored by sensitivity analysis. */
  readonly low: number;
  readonly high: number;
  /** Hard validation limits (inclusive); `min` defaults to 0. */
  readonly min?: number;
  readonly max?: number;
  /** Must the value be above `min` (strictly)? */
  readonly positive?: boolean;
  /** A published source for the value, or "assumed". */
  readonly source: string;
  /** One line of meaning a trainer can read. */
  readonly meaning: string;
}

export const MODEL_CONSTANTS = [
  { name: "caseload", default: 40, unit: "cases per period", low: 20, high: 80, positive: true, source: "assumed", meaning: "new cases each person receives per period" },
  { name: "hardTime", default: 3, unit: "easy cases", low: 2, high: 5, positive: true, source: "assumed", meaning: "work a hard case takes, in easy cases" },
  { name: "hardValue", default: 3, unit: "easy cases", low: 2, high: 5, positive: true, source: "assumed", meaning: "real value of a hard case, in easy cases" },
  { name: "caseValue", default: 5000, unit: "money per easy case", low: 1000, high: 20000, positive: true, source: "assumed", meaning: "money value of an easy case, for cases.value (revenue schemes)" },
  { name: "capacity", default: 70, unit: "work units per period", low: 60, high: 85, positive: true, source: "assumed", meaning: "work an average person does at full effort in a period" },
  { name: "abilitySpread", default: 0.25, unit: "share", low: 0.1, high: 0.4, max: 1, source: "assumed", meaning: "standard deviation of throughput between people" },
  { name: "rushDefects", default: 0.4, unit: "share", low: 0.2, high: 0.6, max: 1, source: "assumed", meaning: "defect rate of rushed work" },
  { name: "baseDefects", default: 0.03, unit: "share", low: 0.01, high: 0.08, max: 1, source: "assumed", meaning: "defect rate of normal work" },
  { name: "defectsFound", default: 0.5, unit: "share", low: 0.25, high: 0.8, max: 1, source: "assumed", meaning: "share of defects discovered (reopened) within the period" },
  { name: "complaints", default: 0.3, unit: "share", low: 0.1, high: 0.5, max: 1, source: "assumed", meaning: "share of false closures that come back through citizens' complaints" },
  { name: "effortCost", default: 3, unit: "% of salary", low: 1.5, high: 6, source: "assumed", meaning: "cost of effort² at morale 1" },
  { name: "intrinsic", default: 10, unit: "% of salary", low: 5, high: 20, source: "assumed", meaning: "value a fully motivated person puts on a normal period's real work" },
  { name: "temperature", default: 1, unit: "% of salary", low: 0.5, high: 2, positive: true, source: "assumed", meaning: "noise in choices (bounded rationality), logit scale" },
  { name: "discount", default: 0.9, unit: "per period", low: 0.8, high: 0.97, max: 1, source: "assumed", meaning: "weight of next period against this one, for the ratchet's future cost" },
  { name: "caughtPenalty", default: 10, unit: "% of salary", low: 0, high: 30, source: "assumed", meaning: "disciplinary cost of being caught falsifying" },
  { name: "moraleStart", default: 0.7, unit: "share", low: 0.5, high: 0.9, max: 1, source: "assumed", meaning: "mean morale at the start" },
  { name: "moraleDrop", default: 0.12, unit: "per period", low: 0.05, high: 0.25, max: 1, source: "assumed", meaning: "morale lost in a period when no better band is reachable" },
  { name: "moraleGain", default: 0.04, unit: "per period", low: 0.02, high: 0.08, max: 1, source: "assumed", meaning: "morale regained in a period otherwise" },
  { name: "leniency", default: 8, unit: "points", low: 0, high: 15, min: -100, source: "assumed", meaning: "supervisor's upward bias on a 0–100 assessment" },
  { name: "supervisorNoise", default: 8, unit: "points", low: 4, high: 15, source: "assumed", meaning: "standard deviation of the supervisor's assessment" },
  { name: "pressureGain", default: 0.08, unit: "share", low: 0.04, high: 0.15, max: 1, source: "assumed", meaning: "satisfaction added by pressuring surveyed citizens" },
] as const satisfies readonly ModelConstant[];

export type ModelConstantName = (typeof MODEL_CONSTANTS)[number]["name"];
export const MODEL_CONSTANT_NAMES: readonly ModelConstantName[] = MODEL_CONSTANTS.map((c) => c.name);

export function modelConstant(name: string): ModelConstant | undefined {
  return (MODEL_CONSTANTS as readonly ModelConstant[]).find((c) => c.name === name);
}

function fieldOf(c: ModelConstant): z.ZodDefault<z.ZodNumber> {
  const min = c.min ?? 0;
  let f = z.number();
  f = c.positive ? f.gt(min, `must be above ${min}`) : f.min(min, `must be at least ${min}`);
  if (c.max !== undefined) f = f.max(c.max, `must be at most ${c.max}`);
  return f.default(c.default);
}

/** Validates a caller's `model` settings; every constant defaults to the table's value. */
export const modelConstantsSchema = z.object(
  Object.fromEntries(MODEL_CONSTANTS.map((c) => [c.name, fieldOf(c)])) as {
    [K in ModelConstantName]: z.ZodDefault<z.ZodNumber>;
  },
);
export type ModelConstants = z.infer<typeof modelConstantsSchema>;
