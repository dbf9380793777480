/**
 * Words of the `.kpi` language as LANGUAGE.md lists them, for the Monarch colouring only
 * (completion comes from the dsl's services). Monarch runs on the main thread, where the
 * dsl is deliberately not loaded.
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

