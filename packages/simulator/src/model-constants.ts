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
  // The casework (world.ts).
  { name: "caseload", default: 40, unit: "cases per period", low: 20, high: 80, positive: true, source: "assumed", meaning: "new cases each person receives per period" },
  { name: "hardTime", default: 3, unit: "easy cases", low: 2, high: 5, positive: true, source: "assumed", meaning: "work a hard case takes, in easy cases" },
  { name: "hardValue", default: 3, unit: "easy cases", low: 2, high: 5, positive: true, source: "assumed", meaning: "real value of a hard case, in easy cases" },
  { name: "hardOnTime", default: 0.6, unit: "share", low: 0.2, high: 0.8, max: 1, source: "assumed", meaning: "share of fresh hard cases worked normally that still meet the deadline (the rest wait on papers or other agencies; rushing cuts the wait)" },
  { name: "queueDelay", default: 0.3, unit: "share", low: 0, high: 1, max: 1, source: "assumed", meaning: "share of fresh closures that miss the deadline per unit of the queue a person cannot get through (cases wait longer in a long queue)" },
  { name: "hardMixLuck", default: 0.5, unit: "share", low: 0, high: 1, source: "assumed", meaning: "how much a period's share of hard cases varies with luck (relative SD at luck 100%)" },
  { name: "caseValue", default: 5000, unit: "money per easy case", low: 1000, high: 20000, positive: true, source: "assumed", meaning: "money value of an easy case, for cases.value (revenue schemes)" },
  { name: "capacity", default: 70, unit: "work units per period", low: 60, high: 85, positive: true, source: "assumed", meaning: "work an average person does at full effort in a period" },
  { name: "abilitySpread", default: 0.25, unit: "share", low: 0.1, high: 0.4, max: 1, source: "assumed", meaning: "standard deviation of throughput between people" },
  { name: "abandon", default: 0.35, unit: "share per period", low: 0.2, high: 0.5, max: 1, source: "assumed", meaning: "share of cases still open at a period's end that leave the queue (withdrawn, expired, passed on): what makes the world settle" },
  { name: "startBacklog", default: 0.15, unit: "share of caseload", low: 0, high: 0.4, source: "assumed", meaning: "open cases each person starts with (hard ones at twice their share of new cases)" },
  { name: "rushDefects", default: 0.4, unit: "share", low: 0.2, high: 0.6, max: 1, source: "assumed", meaning: "defect rate of rushed work" },
  { name: "baseDefects", default: 0.03, unit: "share", low: 0.01, high: 0.08, max: 1, source: "assumed", meaning: "defect rate of normal work" },
  { name: "defectsFound", default: 0.5, unit: "share", low: 0.25, high: 0.8, max: 1, source: "assumed", meaning: "share of defects discovered (reopened) within the period" },
  { name: "complaints", default: 0.3, unit: "share", low: 0.1, high: 0.5, max: 1, source: "assumed", meaning: "share of false closures that come back through citizens' complaints" },
  { name: "daysEasy", default: 6, unit: "days", low: 3, high: 10, positive: true, source: "assumed", meaning: "days from arrival to closure of a fresh easy case worked normally" },
  { name: "daysHard", default: 14, unit: "days", low: 8, high: 25, positive: true, source: "assumed", meaning: "days from arrival to closure of a fresh hard case worked normally" },
  { name: "daysPeriod", default: 30, unit: "days", low: 7, high: 31, positive: true, source: "assumed", meaning: "length of a period: the wait a carried case adds" },
  { name: "daysFalse", default: 2, unit: "days", low: 0, high: 5, source: "assumed", meaning: "days recorded for a case falsely marked done" },
  { name: "daysBorrowed", default: 28, unit: "days", low: 15, high: 31, source: "assumed", meaning: "days recorded for a case reported closed a period early (timing)" },
  { name: "satisfactionBase", default: 0.9, unit: "share", low: 0.8, high: 0.95, max: 1, source: "assumed", meaning: "satisfaction with defect-free, on-time work" },
  { name: "satisfactionDefects", default: 0.8, unit: "share per defect rate", low: 0.4, high: 1.2, source: "assumed", meaning: "satisfaction lost per unit of defect rate" },
  { name: "satisfactionLate", default: 0.25, unit: "share per late share", low: 0.1, high: 0.5, source: "assumed", meaning: "satisfaction lost per unit of the late share of closures" },
  { name: "satisfactionFalse", default: 0.6, unit: "share per false share", low: 0.3, high: 1, source: "assumed", meaning: "satisfaction lost per unit of the false share of closures" },
  { name: "satisfactionNoise", default: 0.06, unit: "share", low: 0.02, high: 0.12, source: "assumed", meaning: "standard deviation of a period's survey result at luck 100%" },
  { name: "pressureGain", default: 0.08, unit: "share", low: 0.04, high: 0.15, max: 1, source: "assumed", meaning: "satisfaction added by pressuring surveyed citizens" },
  { name: "supervisorBase", default: 65, unit: "points", low: 55, high: 75, source: "assumed", meaning: "supervisor's assessment of average, defect-free work" },
  { name: "supervisorSlope", default: 30, unit: "points per relative output", low: 15, high: 45, source: "assumed", meaning: "points a supervisor adds per unit of output above average (relative)" },
  { name: "supervisorQuality", default: 40, unit: "points per defect rate", low: 20, high: 60, source: "assumed", meaning: "points lost per unit of defect rate (the supervisor notices half)" },
  { name: "supervisorBelief", default: 0.5, unit: "share", low: 0.2, high: 0.8, max: 1, source: "assumed", meaning: "share of false and borrowed closures the supervisor believes" },
  { name: "leniency", default: 8, unit: "points", low: 0, high: 15, min: -100, source: "assumed", meaning: "supervisor's upward bias on a 0–100 assessment" },
  { name: "supervisorNoise", default: 8, unit: "points", low: 4, high: 15, source: "assumed", meaning: "standard deviation of the supervisor's assessment" },
  { name: "supervisedLeniency", default: 0.05, unit: "share", low: 0, high: 0.15, min: -1, source: "assumed", meaning: "upward bias of a supervisor's reading of any other observable" },
  { name: "supervisedNoise", default: 0.1, unit: "share", low: 0.05, high: 0.2, source: "assumed", meaning: "relative standard deviation of a supervisor's reading of any other observable" },
  // The people (population.ts).
  { name: "motivationSaint", default: 0.85, unit: "share", low: 0.7, high: 1, max: 1, source: "Bevan & Hood (2006), ordering only; value assumed", meaning: "mean intrinsic motivation of saints" },
  { name: "motivationHonest", default: 0.6, unit: "share", low: 0.4, high: 0.8, max: 1, source: "Bevan & Hood (2006), ordering only; value assumed", meaning: "mean intrinsic motivation of honest triers" },
  { name: "motivationReactive", default: 0.4, unit: "share", low: 0.2, high: 0.6, max: 1, source: "Bevan & Hood (2006), ordering only; value assumed", meaning: "mean intrinsic motivation of reactive gamers" },
  { name: "motivationManiac", default: 0.15, unit: "share", low: 0, high: 0.3, max: 1, source: "Bevan & Hood (2006), ordering only; value assumed", meaning: "mean intrinsic motivation of rational maniacs" },
  { name: "motivationSpread", default: 0.35, unit: "share", low: 0.1, high: 0.5, max: 1, source: "assumed", meaning: "width of the uniform spread of motivation around its type's mean" },
  // The choice (choice.ts, chunk.ts).
  { name: "effortCost", default: 3, unit: "% of salary", low: 1.5, high: 6, source: "assumed", meaning: "cost of effort² at morale 1" },
  { name: "intrinsic", default: 10, unit: "% of salary", low: 5, high: 20, source: "assumed", meaning: "value a fully motivated person puts on a normal period's real work" },
  { name: "temperature", default: 0.6, unit: "% of salary", low: 0.3, high: 1.2, positive: true, source: "assumed", meaning: "noise in choices (bounded rationality), logit scale" },
  { name: "gamingCostHonest", default: 6, unit: "% of salary", low: 4, high: 10, source: "assumed", meaning: "moral cost to an honest trier of one soft gaming act at its reference dose" },
  { name: "gamingCostReactive", default: 4.5, unit: "% of salary", low: 3, high: 7, source: "assumed", meaning: "moral cost to a reactive gamer of one gaming act at its reference dose (falsifying: the act, before its cases)" },
  { name: "gamingCostManiac", default: 3, unit: "% of salary", low: 1.5, high: 5, source: "assumed", meaning: "moral cost to a rational maniac of one gaming act at its reference dose (falsifying: the act, before its cases)" },
  { name: "falseCaseCostReactive", default: 0.2, unit: "% of salary per false record", low: 0.1, high: 0.5, source: "assumed", meaning: "moral cost to a reactive gamer of each false record (closure or time)" },
  { name: "falseCaseCostManiac", default: 0.08, unit: "% of salary per false record", low: 0.03, high: 0.2, source: "assumed", meaning: "moral cost to a rational maniac of each false record (closure or time)" },
  { name: "falsifyActShare", default: 0.4, unit: "share", low: 0.2, high: 0.8, max: 1, source: "assumed", meaning: "share of a type's act cost that deciding to falsify at all carries, before its false records" },
  { name: "falseCaseScale", default: 8, unit: "false records", low: 3, high: 16, positive: true, source: "Mazar, Amir & Ariely (2008): people cheat a little, not as much as pays; value assumed", meaning: "false records at which each further one weighs twice the first (the moral cost of lying grows faster than its size)" },
  { name: "falseTimeShare", default: 0.5, unit: "share", low: 0.25, high: 1, max: 1, source: "assumed", meaning: "moral cost of a late closure recorded as on time, against a case marked done that was not" },
  { name: "cherryPickShare", default: 0.5, unit: "share", low: 0.25, high: 1, max: 1, source: "assumed", meaning: "share of a soft act's moral cost that setting hard cases aside carries (the most deniable game: the same work in another order)" },
  { name: "foresightHonest", default: 0.5, unit: "share", low: 0, high: 1, max: 1, source: "assumed", meaning: "weight an honest trier puts on a ratchet's future cost (gamers 1, saints 0)" },
  { name: "discount", default: 0.9, unit: "per period", low: 0.8, high: 0.97, max: 1, source: "assumed", meaning: "weight of next period against this one, for the ratchet's future cost" },
  { name: "outcomeNoise", default: 2, unit: "points", low: 0, high: 5, source: "assumed", meaning: "how far a person's score may still turn out from what they expect when they choose (0: known exactly)" },
  { name: "hopeSpread", default: 4, unit: "points", low: 2, high: 8, positive: true, source: "assumed", meaning: "spread of score a person expects beyond luck, smoothing the expected reward of their usual work" },
  // Morale.
  { name: "moraleStart", default: 0.7, unit: "share", low: 0.5, high: 0.9, max: 1, source: "assumed", meaning: "mean morale at the start" },
  { name: "moraleStartSpread", default: 0.2, unit: "share", low: 0, high: 0.4, max: 1, source: "assumed", meaning: "width of the uniform spread of starting morale" },
  { name: "moraleCeiling", default: 0.9, unit: "share", low: 0.7, high: 1, max: 1, source: "assumed", meaning: "morale a person settles at when their usual work is expected to earn the best reward" },
  { name: "moraleSensitivity", default: 0.1, unit: "per % of salary", low: 0.02, high: 0.12, source: "Locke & Latham (2002), direction only; value assumed", meaning: "how fast settled morale falls with the expected shortfall from the best reward" },
  { name: "moraleRate", default: 0.3, unit: "share per period", low: 0.1, high: 0.6, max: 1, source: "assumed", meaning: "share of the gap to settled morale closed each period" },
  { name: "moraleThroughput", default: 0.15, unit: "share", low: 0.05, high: 0.3, max: 1, source: "assumed", meaning: "throughput lost at morale 0 against morale 1" },
  { name: "moraleEffort", default: 0.5, unit: "share", low: 0.2, high: 0.8, max: 1, source: "assumed", meaning: "how much low morale raises the cost of effort and lowers the value of real work" },
  { name: "moraleConscience", default: 0.5, unit: "share", low: 0, high: 0.8, max: 1, source: "Bandura (1999), Ordóñez et al. (2009), direction only; value assumed", meaning: "share of moral cost a person no longer feels at morale 0 (the disheartened care less about gaming)" },
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
