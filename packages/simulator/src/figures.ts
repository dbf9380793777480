/**
 * The figure catalogue: every figure a run reports, with its label, unit, format and a
 * one-sentence meaning — the one place the CLI's text, the diff tables, the lessons and the
 * playground's cards read them from. Keys are paths in the result document relative to
 * `summary` (`falsifiedShare`, `gaming.rush`, `ratings.good`) or `indicators.NAME.FIELD`.
 * The words (label, unit, meaning) are in the message catalogues, one per language, under
 * `figure.KEY.*`; what a figure is (format, digits, range, which way is better) is here.
 *
 * Rounding: a figure is shown with its format's digits, or fewer when an interval says the
 * last ones are noise — no more decimals than the first significant digit of the interval's
 * half-width (in the unit shown) supports.
 */
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import { GAMING_KINDS } from "./candidates.ts";
import type { Interval } from "./replicates/interval.ts";

/** `share`: 0..1 shown as a percent; `number`: plain decimals; `ratio`: ×n. */
export type FigureFormat = "share" | "number" | "ratio";

/** What a figure is, apart from its words: how it is written and the values it can take. */
export interface FigureShape {
  format: FigureFormat;
  /** Decimals shown (of the percent, for a share). */
  digits: number;
  /** The values it can take; null = unbounded on that side (charts keep their axes inside). */
  range: { min: number | null; max: number | null };
  /** Whether more is better for the public (null = neither). */
  better: "higher" | "lower" | null;
  /** Whether the value needs its unit beside it to be read (a count, points), unlike a share or an index. */
  showUnit: boolean;
}

export interface Figure extends FigureShape {
  key: string;
  /** The words, in the language asked for (English by default): a plain name, */
  label: string;
  /** the unit shown beside a value or on an axis, */
  unit: string;
  /** and one sentence on what it means. */
  meaning: string;
}

const share = { format: "share", digits: 1, range: { min: 0, max: 1 }, showUnit: false } as const;
const correlation = { format: "number", digits: 2, range: { min: -1, max: 1 }, showUnit: false } as const;

/**
 * The summary's fixed figures, in the order a reader meets them. Their words are in the
 * message catalogues under `figure.KEY.label|unit|meaning`, so a language is a data change.
 */
const FIXED: readonly (FigureShape & { key: string })[] = [
  { key: "meanScore", format: "number", digits: 1, range: { min: 0, max: 100 }, better: null, showUnit: true },
  { key: "meanTrueValue", format: "number", digits: 2, range: { min: 0, max: null }, better: "higher", showUnit: true },
  { key: "gamingRate", ...share, better: "lower" },
  { key: "falsifiedShare", ...share, better: "lower" },
  { key: "scoreTruthCorrelation", ...correlation, better: "higher" },
  { key: "scoreAbilityCorrelation", ...correlation, better: "higher" },
  // An index 0..1, written as one everywhere (the CLI, the diff, the playground's cards and charts).
  { key: "morale", format: "number", digits: 2, range: { min: 0, max: 1 }, better: "higher", showUnit: false },
  { key: "hardBacklog", format: "number", digits: 2, range: { min: 0, max: null }, better: "lower", showUnit: true },
  { key: "meanEffort", format: "number", digits: 2, range: { min: 0.7, max: 1 }, better: null, showUnit: false },
  { key: "auditFailures", format: "number", digits: 3, range: { min: 0, max: null }, better: null, showUnit: true },
  { key: "meanReported", format: "number", digits: 1, range: { min: 0, max: null }, better: null, showUnit: true },
  ...GAMING_KINDS.map((k) => ({ key: `gaming.${k}`, ...share, better: "lower" as const })),
];

function words(lang: Lang, prefix: string, params: Record<string, string> = {}): Pick<Figure, "label" | "unit" | "meaning"> {
  const w = (part: string) => t(lang, `${prefix}.${part}` as MessageKey, params);
  return { label: w("label"), unit: w("unit"), meaning: w("meaning") };
}

/** The summary's fixed figures with their English words. */
export const SUMMARY_FIGURES: readonly Figure[] = FIXED.map((f) => ({ ...f, ...words("en", `figure.${f.key}`) }));

/** The figures shown first (text summaries, diff tables, sweep columns). */
export const HEADLINE_FIGURES = [
  "meanScore",
  "meanTrueValue",
  "gamingRate",
  "falsifiedShare",
  "scoreTruthCorrelation",
  "scoreAbilityCorrelation",
  "morale",
  "hardBacklog",
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

const INDICATOR_FIELDS: Record<string, FigureShape> = {
  meanValue: { format: "number", digits: 3, range: { min: null, max: null }, better: null, showUnit: false },
  meanPoints: { format: "number", digits: 1, range: { min: 0, max: 100 }, better: null, showUnit: true },
  bunching: { format: "ratio", digits: 2, range: { min: 0, max: null }, better: null, showUnit: false },
};

const BY_KEY = new Map(FIXED.map((f) => [f.key, f]));

/** A figure's key read once: a fixed summary figure, a rating band's share, or an indicator's field. */
type ParsedKey =
  | { kind: "fixed"; key: string }
  | { kind: "rating"; key: string; name: string }
  | { kind: "indicator"; key: string; name: string; field: keyof typeof INDICATOR_FIELDS }
  | null;

function parseKey(key: string): ParsedKey {
  const k = key.startsWith("summary.") ? key.slice("summary.".length) : key;
  if (BY_KEY.has(k)) return { kind: "fixed", key: k };
  const rating = /^ratings\.(.+)$/.exec(k);
  if (rating) return { kind: "rating", key: k, name: rating[1]! };
  const ind = /^indicators\.(.+)\.(meanValue|meanPoints|bunching)$/.exec(k);
  if (ind) return { kind: "indicator", key: k, name: ind[1]!, field: ind[2] as keyof typeof INDICATOR_FIELDS };
  return null;
}

/**
 * The figure a key names (`summary.` prefix optional), ratings bands and indicators included,
 * with its words in `lang`; null when none.
 */
export function figureByKey(key: string, lang: Lang = "en"): Figure | null {
  const p = parseKey(key);
  if (p === null) return null;
  if (p.kind === "fixed") return { ...BY_KEY.get(p.key)!, ...words(lang, `figure.${p.key}`) };
  if (p.kind === "rating") return { key: p.key, ...share, better: null, ...words(lang, "figure.rating", { band: p.name }) };
  return { key: p.key, ...INDICATOR_FIELDS[p.field]!, ...words(lang, `figure.indicator.${p.field}`, { name: p.name }) };
}

/**
 * A band or indicator a figure's key names that the scheme does not have (`ratings.BAND`,
 * `indicators.NAME.…`), with the names it does have; null when the key fits the scheme.
 * figureByKey takes any name, since a key is read before a scheme is; this is the check after.
 */
export function figureNotInScheme(
  key: string,
  scheme: { ratings: readonly { name: string }[]; indicators: readonly { name: string }[] },
): { kind: "rating" | "indicator"; name: string; known: string[] } | null {
  const p = parseKey(key);
  if (p === null || p.kind === "fixed") return null;
  const list = p.kind === "rating" ? scheme.ratings : scheme.indicators;
  if (list.some((x) => x.name === p.name)) return null;
  return { kind: p.kind, name: p.name, known: list.map((x) => x.name) };
}

/**
 * An axis for a figure that stays inside the values it can take: shares from 0 (to the next
 * tenth above the data when the data are low, so they do not vanish into the floor), bounded
 * figures within their bounds, counts from zero; a figure that can go negative from the lower
 * of 0 and the data.
 */
export function figureAxis(
  figure: Pick<Figure, "format" | "range">,
  values: readonly (number | null)[],
): { min: number | undefined; max: number | undefined } {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const { min, max } = figure.range;
  if (figure.format === "share") {
    const top = Math.max(0, ...finite);
    return { min: 0, max: top >= 0.5 ? 1 : Math.min(1, Math.ceil((top + 0.001) * 10) / 10) };
  }
  if (min !== null && min < 0) return { min: Math.min(0, ...finite.map((v) => Math.floor(v * 10) / 10)), max: max ?? undefined };
  return { min: min ?? undefined, max: max ?? undefined };
}

/** The value at a figure's key in a result document (or a bare summary); null when absent. */
export function figureValue(doc: { summary: object; indicators?: object }, key: string): number | null {
  const k = key.startsWith("summary.") ? key.slice("summary.".length) : key;
  let node: unknown = k.startsWith("indicators.") ? doc : doc.summary;
  for (const part of k.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "number" && Number.isFinite(node) ? node : null;
}

/** The interval at a figure's key in an `intervals` tree; null when absent. */
export function intervalAt(intervals: object | undefined, key: string): Interval | null {
  let node: unknown = intervals;
  for (const part of (key.startsWith("summary.") ? key.slice(8) : key).split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  const i = node as Partial<Interval> | undefined;
  return i && typeof i.low === "number" && typeof i.high === "number" ? { low: i.low, high: i.high } : null;
}

/** Decimals the interval supports, at most `digits`: down to the first significant digit of its half-width. */
export function supportedDigits(digits: number, interval: Interval | null, scale = 1): number {
  if (!interval || interval.low === null || interval.high === null) return digits;
  const half = ((interval.high - interval.low) / 2) * scale;
  if (!(half > 0)) return digits;
  return Math.max(0, Math.min(digits, -Math.floor(Math.log10(half))));
}

export interface FormatOptions {
  /** The figure's 95% interval: fewer digits when it is wide, and `(low–high)` after the value. */
  interval?: Interval | null;
  /** Extra decimals (axis ticks closer together than the headline's precision). */
  extraDigits?: number;
  /** Text for an undefined value (default `n/a`). */
  missing?: string;
}

/** A figure's value as shown: `6.0%`, `0.42`, `×1.30`; with an interval `6.0% (5.1–6.8)`. */
export function formatFigure(
  figure: Pick<Figure, "format" | "digits">,
  value: number | null | undefined,
  opts: FormatOptions = {},
): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return opts.missing ?? "n/a";
  const scale = figure.format === "share" ? 100 : 1;
  const digits = supportedDigits(figure.digits + (opts.extraDigits ?? 0), opts.interval ?? null, scale);
  const plain = (x: number) => (x * scale).toFixed(digits);
  const main = figure.format === "share" ? `${plain(value)}%` : figure.format === "ratio" ? `×${plain(value)}` : plain(value);
  const i = opts.interval;
  if (!i || i.low === null || i.high === null) return main;
  return `${main} (${plain(i.low)}–${plain(i.high)})`;
}
