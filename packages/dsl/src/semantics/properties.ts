/**
 * Which properties each kind of declaration takes, and what kind of value each expects.
 * The checker (KPI004/KPI005), completion and hover all read this table.
 */
import type { DeclarationKind } from "../syntax/ast.ts";

export type ValueKind =
  | { kind: "string" }
  | { kind: "enum"; words: readonly string[] }
  | { kind: "number"; min?: number; max?: number; integer?: boolean; percentLike?: boolean }
  | { kind: "expr" }
  | { kind: "ref"; target: DeclarationKind }
  | { kind: "observable" }
  | { kind: "step" }
  | { kind: "gateCap" }
  | { kind: "quota" }
  /** One or more CSV column names separated by commas: `pool unit, role`. */
  | { kind: "columns" };

export interface PropertySpec {
  key: string;
  value: ValueKind;
  required?: boolean;
  repeatable?: boolean;
  doc: string;
}

const note: PropertySpec = { key: "note", value: { kind: "string" }, doc: "Free text: why this declaration exists. Shown by hover and diff." };
const basis: PropertySpec = {
  key: "basis",
  value: { kind: "string" },
  doc: 'The rule or regulation this implements, e.g. `basis "Decree 335/2025/NĐ-CP, art. 12"`.',
};

/**
 * The largest population and run the simulator accepts. The checker holds a `simulation`
 * block to them and the simulator's parameter schema reads them from here.
 */
export const SIMULATION_LIMITS = { staff: 100_000_000, periods: 1000 } as const;

export const ASPECTS = ["volume", "timeliness", "quality", "satisfaction", "conduct", "cost"] as const;
export const METRIC_TYPES = ["count", "ratio", "number", "points", "money"] as const;
export const METRIC_SOURCES = ["system", "self", "survey", "supervisor", "audit"] as const;

export const PROPERTIES: Record<DeclarationKind, readonly PropertySpec[]> = {
  scheme: [
    { key: "version", value: { kind: "string" }, doc: 'The scheme\'s version, e.g. `version "2026.1"`.' },
    { key: "period", value: { kind: "enum", words: ["month", "quarter", "year"] }, doc: "How often staff are scored: `month` (default), `quarter` or `year`." },
    {
      key: "missing",
      value: { kind: "enum", words: ["exclude", "zero"] },
      doc: "What an undefined indicator does: `exclude` (default) leaves it out and rescales its siblings' weights; `zero` gives it 0 points.",
    },
    {
      key: "pool",
      value: { kind: "columns" },
      doc: "The quota pools: staff sharing the values of these CSV columns are rated against one another's quotas, e.g. `pool unit, role` (one agency and one group of similar jobs). Default `unit`; a listed column the data lacks is an error.",
    },
    note,
    basis,
  ],
  metric: [
    { key: "type", value: { kind: "enum", words: METRIC_TYPES }, required: true, doc: "What the metric counts: `count`, `ratio` (0..1), `number`, `points` or `money`." },
    {
      key: "source",
      value: { kind: "enum", words: METRIC_SOURCES },
      doc: "Who produces the figure: `system`, `self` (the staff member reports it), `survey`, `supervisor` or `audit`. It decides what staff can do to it.",
    },
    { key: "observes", value: { kind: "observable" }, doc: "The simulator observable this metric reads, e.g. `observes cases.closed`." },
    { key: "audit", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of this metric's records independently re-checked, e.g. `audit 5%`." },
    note,
    basis,
  ],
  indicator: [
    { key: "group", value: { kind: "ref", target: "group" }, doc: "The group this indicator belongs to; without it, the indicator sits at the top level." },
    { key: "aspect", value: { kind: "enum", words: ASPECTS }, doc: "What the indicator measures: volume, timeliness, quality, satisfaction, conduct or cost." },
    { key: "value", value: { kind: "expr" }, required: true, doc: "The measured value: an expression over metrics, e.g. `value resolved_on_time / resolved`." },
    { key: "better", value: { kind: "enum", words: ["higher", "lower"] }, doc: "Whether a higher (default) or a lower value is better." },
    { key: "floor", value: { kind: "number" }, doc: "0 points at or worse than this value." },
    { key: "target", value: { kind: "number" }, doc: "100 points at or better than this value." },
    { key: "cap", value: { kind: "number", min: 0 }, doc: "Most points the indicator can earn (default 100); above 100 extends the line past the target." },
    { key: "weight", value: { kind: "number", min: 0 }, required: true, doc: "Relative share among the indicator's siblings." },
    { key: "ratchet", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Simulation only: share of over-achievement added to next period's target." },
    { key: "step", value: { kind: "step" }, repeatable: true, doc: "Step scoring, `step THRESHOLD -> POINTS`: the first step met (most demanding first) gives its points." },
    note,
    basis,
  ],
  group: [
    { key: "weight", value: { kind: "number", min: 0 }, required: true, doc: "Relative share among the group's siblings." },
    { key: "group", value: { kind: "ref", target: "group" }, doc: "The parent group: groups nest." },
    note,
    basis,
  ],
  gate: [
    { key: "when", value: { kind: "expr" }, required: true, doc: "The condition, e.g. `when audit_failures > 0`. A condition that reads an undefined value does not hold." },
    { key: "cap", value: { kind: "gateCap" }, required: true, doc: "`cap rating BAND` lowers the rating to at most BAND; `cap score N` lowers the score to at most N." },
    note,
    basis,
  ],
  rating: [
    { key: "min", value: { kind: "number" }, doc: "Lowest score for this band. A band without `min` is the fallback." },
    { key: "quota", value: { kind: "quota" }, doc: "At most this share of the pool (`quota 15%`), or of another band (`quota 20% of good`)." },
    { key: "reward", value: { kind: "number", percentLike: true }, doc: "Bonus as a share of salary (`reward 15%`); negative for a penalty." },
    note,
    basis,
  ],
  simulation: [
    { key: "staff", value: { kind: "number", min: 1, max: SIMULATION_LIMITS.staff, integer: true }, doc: "Number of simulated staff." },
    { key: "periods", value: { kind: "number", min: 1, max: SIMULATION_LIMITS.periods, integer: true }, doc: "Number of periods simulated." },
    { key: "seed", value: { kind: "number", min: 0, integer: true }, doc: "Random seed: the same seed gives the same results." },
    { key: "team", value: { kind: "number", min: 1, integer: true }, doc: "Team size: the pool for quotas." },
    { key: "saints", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of saints, who never game." },
    { key: "honest", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of honest triers, who game only in soft, deniable ways." },
    { key: "reactive", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of reactive gamers, who game when target and reward make it pay." },
    { key: "maniacs", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of rational maniacs, who manipulate whenever it pays." },
    { key: "hard", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "Share of cases that are hard." },
    { key: "luck", value: { kind: "number", min: 0, max: 1, percentLike: true }, doc: "How much of a period's outcome is chance rather than ability (0..1)." },
    { key: "sanction", value: { kind: "number", min: 0, percentLike: true }, doc: "Disciplinary cost of being caught falsifying, as a share of salary (`sanction 5%`), in a period in which an audit finds a false record." },
    note,
    basis,
  ],
};

export function propertySpec(kind: DeclarationKind, key: string): PropertySpec | undefined {
  return PROPERTIES[kind].find((p) => p.key === key);
}
