/**
 * Words of the `.kpi` language as LANGUAGE.md lists them. The colouring and the fallback
 * completion read this list; once the dsl's services exist, they are the source of truth
 * for completion and this list only drives the colours.
 */
export const DECLARATION_KEYWORDS = ["scheme", "metric", "indicator", "group", "gate", "rating", "simulation"] as const;

export const OPERATOR_WORDS = ["and", "or", "not"] as const;

export const PROPERTY_KEYS = [
  "version", "period", "missing", "note", "basis",
  "type", "source", "observes", "audit",
  "group", "aspect", "value", "better", "floor", "target", "cap", "weight", "ratchet", "step",
  "when", "min", "quota", "reward",
  "staff", "periods", "seed", "team", "saints", "honest", "reactive", "maniacs", "hard", "luck",
] as const;

export const ENUM_WORDS = [
  "month", "quarter", "year", "exclude", "zero",
  "count", "ratio", "number", "points", "money",
  "system", "self", "survey", "supervisor",
  "volume", "timeliness", "quality", "satisfaction", "conduct", "cost",
  "higher", "lower", "of", "score",
] as const;

export const FUNCTIONS = ["min", "max", "abs"] as const;

/** SIMULATOR.md §1, for completion until the dsl's services offer their own list. */
export const OBSERVABLE_HINTS: readonly { name: string; description: string }[] = [
  { name: "cases.received", description: "cases assigned" },
  { name: "cases.closed", description: "cases reported closed (genuine + falsely closed)" },
  { name: "cases.closed_on_time", description: "cases reported closed within the deadline" },
  { name: "cases.closed_hard", description: "hard cases reported closed" },
  { name: "cases.backlog", description: "cases open at period end" },
  { name: "cases.reopened", description: "closed cases later found defective (rushed or falsely closed, when caught)" },
  { name: "cases.days", description: "mean days from arrival to reported closure" },
  { name: "cases.value", description: "money value of closed cases (revenue, for sales schemes)" },
  { name: "survey.satisfaction", description: "share of surveyed citizens reporting satisfaction (0..1)" },
  { name: "supervisor.score", description: "supervisor's assessment, 0..100 points" },
  { name: "audit.failures", description: "falsifications found by audits of audit-ed metrics" },
];
