/**
 * The resolved scheme: what the checker hands to scoring, the simulator and the services.
 * Every reference is resolved to a name that exists; every number is a plain number
 * (percent literals already divided by 100). Built only from a file without errors.
 */
import type { Expr, Range } from "../syntax/ast.ts";
import type { ASPECTS, BETTER, METRIC_SOURCES, METRIC_TYPES, MISSING_POLICIES, PERIODS } from "../syntax/vocabulary.ts";

export type Period = (typeof PERIODS)[number];
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
export type MetricType = (typeof METRIC_TYPES)[number];
export type MetricSource = (typeof METRIC_SOURCES)[number];
export type Aspect = (typeof ASPECTS)[number];
export type Better = (typeof BETTER)[number];

export interface Metric {
  name: string;
  label: string | null;
  type: MetricType;
  source: MetricSource | null;
  observes: string | null;
  /** Share of records re-checked, 0..1; null when not audited. */
  audit: number | null;
  note: string | null;
  basis: string | null;
  range: Range;
}

export interface Step {
  threshold: number;
  points: number;
}

export interface Indicator {
  name: string;
  label: string | null;
  /** Parent group name, or null for the top level. */
  group: string | null;
  /** As written, or inferred (see semantics/aspects.ts); null when neither. */
  aspect: Aspect | null;
  aspectInferred: boolean;
  value: Expr;
  better: Better;
  floor: number | null;
  target: number | null;
  cap: number;
  /** Ordered from the most demanding threshold to the least. Empty for floor/target scoring. */
  steps: Step[];
  weight: number;
  ratchet: number;
  /** Share of the total score, 0..1 (weight over siblings' sum, times the parents' shares). */
  effectiveWeight: number;
  note: string | null;
  basis: string | null;
  range: Range;
}

export interface Group {
  name: string;
  label: string | null;
  group: string | null;
  weight: number;
  effectiveWeight: number;
  note: string | null;
  basis: string | null;
  range: Range;
}

export type GateCap = { kind: "score"; limit: number } | { kind: "rating"; rating: string };

export interface Gate {
  name: string;
  label: string | null;
  when: Expr;
  cap: GateCap;
  note: string | null;
  basis: string | null;
  range: Range;
}

export type Quota = { share: number; shareText: string; of: string | null };

export interface Rating {
  name: string;
  label: string | null;
  /** null for the fallback band. */
  min: number | null;
  quota: Quota | null;
  /** Share of salary, e.g. 0.15; 0 when absent. */
  reward: number;
  note: string | null;
  basis: string | null;
  range: Range;
}

export interface SimulationSettings {
  name: string;
  staff: number | null;
  periods: number | null;
  seed: number | null;
  team: number | null;
  saints: number | null;
  honest: number | null;
  reactive: number | null;
  maniacs: number | null;
  hard: number | null;
  luck: number | null;
  /** Disciplinary cost of being caught falsifying, share of salary. */
  sanction: number | null;
}

/** A member of a group (or of the top level), in declaration order. */
export type Member = { kind: "indicator"; name: string } | { kind: "group"; name: string };

/**
 * Quota pools (docs/language-reference.md §5.6): the staff sharing the values of these CSV columns are one
 * pool. `declared` is false for the default, `unit`, which the data may leave out (then the
 * whole table is one pool); a declared column the data lacks is an error.
 */
export interface PoolSpec {
  columns: string[];
  declared: boolean;
}

export interface Scheme {
  title: string | null;
  version: string | null;
  period: Period;
  missing: MissingPolicy;
  pool: PoolSpec;
  note: string | null;
  basis: string | null;
  metrics: Metric[];
  /** In declaration order. */
  indicators: Indicator[];
  groups: Group[];
  gates: Gate[];
  /** Best first; the fallback band last. */
  ratings: Rating[];
  /** Members of the top level (key "") and of each group, in declaration order. */
  members: Map<string, Member[]>;
  /** Indicator names ordered so that an indicator comes after every indicator its value reads. */
  evaluationOrder: string[];
  simulations: SimulationSettings[];
}
