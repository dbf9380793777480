/**
 * Which properties each kind of declaration takes, and what kind of value each expects.
 * The checker (KPI004/KPI005), completion and hover all read this table.
 */
import {
  ASPECTS,
  BETTER,
  DECLARATION_KINDS,
  type DeclarationKind,
  METRIC_SOURCES,
  METRIC_TYPES,
  MISSING_POLICIES,
  PERIODS,
} from "../syntax/vocabulary.ts";
import { en, type MessageKey } from "../i18n/en.ts";

export type ValueKind =
  | { kind: "string" }
  | { kind: "enum"; words: readonly string[] }
  /** `above`: the value must be greater than it (`cap 0` would make an indicator worth nothing). */
  | { kind: "number"; min?: number; above?: number; max?: number; integer?: boolean; percentLike?: boolean }
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
  /** The description's key in the message catalogues (hover, completion, KPI005). */
  docKey: MessageKey;
  /** The description in English. */
  doc: string;
}

const note: PropertyRow = { key: "note", value: { kind: "string" }, docKey: "prop.note" };
const basis: PropertyRow = {
  key: "basis",
  value: { kind: "string" },
  docKey: "prop.basis",
};

/**
 * The largest population and run the simulator accepts. The checker holds a `simulation`
 * block to them and the simulator's parameter schema reads them from here.
 */
export const SIMULATION_LIMITS = { staff: 100_000_000, periods: 1000 } as const;

/** A share of the population, 0..1, written as a percentage (`saints 10%`). */
const populationShare = (key: "saints" | "honest" | "reactive" | "maniacs" | "hard" | "luck"): PropertyRow => ({
  key,
  value: { kind: "number", min: 0, max: 1, percentLike: true },
  docKey: `prop.simulation.${key}`,
});

const ROWS: Record<DeclarationKind, readonly PropertyRow[]> = {
  scheme: [
    { key: "version", value: { kind: "string" }, docKey: "prop.scheme.version" },
    { key: "period", value: { kind: "enum", words: PERIODS }, docKey: "prop.scheme.period" },
    {
      key: "missing",
      value: { kind: "enum", words: MISSING_POLICIES },
      docKey: "prop.scheme.missing",
    },
    {
      key: "pool",
      value: { kind: "columns" },
      docKey: "prop.scheme.pool",
    },
    note,
    basis,
  ],
  metric: [
    { key: "type", value: { kind: "enum", words: METRIC_TYPES }, required: true, docKey: "prop.metric.type" },
    {
      key: "source",
      value: { kind: "enum", words: METRIC_SOURCES },
      docKey: "prop.metric.source",
    },
    { key: "observes", value: { kind: "observable" }, docKey: "prop.metric.observes" },
    {
      key: "audit",
      value: { kind: "number", min: 0, max: 1, percentLike: true },
      docKey: "prop.metric.audit",
    },
    note,
    basis,
  ],
  indicator: [
    { key: "group", value: { kind: "ref", target: "group" }, docKey: "prop.indicator.group" },
    { key: "aspect", value: { kind: "enum", words: ASPECTS }, docKey: "prop.indicator.aspect" },
    { key: "value", value: { kind: "expr" }, required: true, docKey: "prop.indicator.value" },
    { key: "better", value: { kind: "enum", words: BETTER }, docKey: "prop.indicator.better" },
    { key: "floor", value: { kind: "number" }, docKey: "prop.indicator.floor" },
    { key: "target", value: { kind: "number" }, docKey: "prop.indicator.target" },
    { key: "cap", value: { kind: "number", above: 0 }, docKey: "prop.indicator.cap" },
    { key: "weight", value: { kind: "number", min: 0 }, required: true, docKey: "prop.indicator.weight" },
    {
      key: "ratchet",
      value: { kind: "number", min: 0, max: 1, percentLike: true },
      docKey: "prop.indicator.ratchet",
    },
    { key: "step", value: { kind: "step" }, repeatable: true, docKey: "prop.indicator.step" },
    note,
    basis,
  ],
  group: [
    { key: "weight", value: { kind: "number", min: 0 }, required: true, docKey: "prop.group.weight" },
    { key: "group", value: { kind: "ref", target: "group" }, docKey: "prop.group.group" },
    note,
    basis,
  ],
  gate: [
    { key: "when", value: { kind: "expr" }, required: true, docKey: "prop.gate.when" },
    { key: "cap", value: { kind: "gateCap" }, required: true, docKey: "prop.gate.cap" },
    note,
    basis,
  ],
  rating: [
    { key: "min", value: { kind: "number" }, docKey: "prop.rating.min" },
    { key: "quota", value: { kind: "quota" }, docKey: "prop.rating.quota" },
    { key: "reward", value: { kind: "number", percentLike: true }, docKey: "prop.rating.reward" },
    note,
    basis,
  ],
  simulation: [
    {
      key: "staff",
      value: { kind: "number", min: 1, max: SIMULATION_LIMITS.staff, integer: true },
      docKey: "prop.simulation.staff",
    },
    {
      key: "periods",
      value: { kind: "number", min: 1, max: SIMULATION_LIMITS.periods, integer: true },
      docKey: "prop.simulation.periods",
    },
    { key: "seed", value: { kind: "number", min: 0, integer: true }, docKey: "prop.simulation.seed" },
    { key: "team", value: { kind: "number", min: 1, integer: true }, docKey: "prop.simulation.team" },
    populationShare("saints"),
    populationShare("honest"),
    populationShare("reactive"),
    populationShare("maniacs"),
    populationShare("hard"),
    populationShare("luck"),
    {
      key: "sanction",
      value: { kind: "number", min: 0, percentLike: true },
      docKey: "prop.simulation.sanction",
    },
    note,
    basis,
  ],
};

/**
 * What a property left out means (docs/language-reference.md §3): lowering fills these in, and
 * the diff names them when a property is added or removed (`period quarter removed` leaves
 * the scheme monthly), so the two cannot disagree. A property not listed has no value by
 * default (a metric without `audit` is not audited; an indicator without `group` sits at the
 * top level; an `aspect` left out is inferred).
 */
export const DEFAULTS = {
  scheme: { period: "month", missing: "exclude", pool: "unit" },
  indicator: { better: "higher", cap: 100, ratchet: 0 },
  rating: { reward: 0 },
} as const satisfies Partial<Record<DeclarationKind, Record<string, string | number>>>;

/** A property's default as the rule file would write it (`month`, `100`, `0%`), or null when it has none. */
export function defaultText(kind: DeclarationKind, key: string): string | null {
  const row: Readonly<Record<string, string | number>> | undefined = (
    DEFAULTS as Partial<Record<DeclarationKind, Readonly<Record<string, string | number>>>>
  )[kind];
  // `Object.hasOwn`: a key such as `constructor` is not a property with a default.
  if (!row || !Object.hasOwn(row, key)) return null;
  const value = row[key]!;
  if (typeof value === "string") return value;
  const spec = propertySpec(kind, key)?.value;
  return spec?.kind === "number" && spec.percentLike ? `${value * 100}%` : String(value);
}

/** A row of the table: its English description is the catalogue's, filled in below. */
type PropertyRow = Omit<PropertySpec, "doc">;

export const PROPERTIES: Record<DeclarationKind, readonly PropertySpec[]> = described(ROWS);

function described(rows: Record<DeclarationKind, readonly PropertyRow[]>): Record<DeclarationKind, readonly PropertySpec[]> {
  const out: Partial<Record<DeclarationKind, readonly PropertySpec[]>> = {};
  for (const kind of DECLARATION_KINDS) out[kind] = rows[kind].map((row) => ({ ...row, doc: en[row.docKey] }));
  return out as Record<DeclarationKind, readonly PropertySpec[]>;
}

export function propertySpec(kind: DeclarationKind, key: string): PropertySpec | undefined {
  return PROPERTIES[kind].find((p) => p.key === key);
}

/** Every property key of every declaration kind, once. */
export const PROPERTY_KEYS: readonly string[] = [...new Set(DECLARATION_KINDS.flatMap((k) => PROPERTIES[k].map((p) => p.key)))];
