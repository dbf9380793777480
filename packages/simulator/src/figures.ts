/**
 * The figure catalogue: every figure a run reports, with its label, unit, format and a
 * one-sentence meaning — the one place the CLI's text, the diff tables, the lessons and the
 * playground's cards read them from. Keys are paths in the result document relative to
 * `summary` (`falsifiedShare`, `gaming.rush`, `ratings.good`) or `indicators.NAME.FIELD`.
 *
 * Rounding: a figure is shown with its format's digits, or fewer when an interval says the
 * last ones are noise — no more decimals than the first significant digit of the interval's
 * half-width (in the unit shown) supports.
 */
import { GAMING_KINDS, type GamingKind } from "./candidates.ts";
import type { Interval } from "./replicates/interval.ts";

/** `share`: 0..1 shown as a percent; `number`: plain decimals; `ratio`: ×n. */
export type FigureFormat = "share" | "number" | "ratio";

export interface Figure {
  key: string;
  label: string;
  unit: string;
  format: FigureFormat;
  /** Decimals shown (of the percent, for a share). */
  digits: number;
  meaning: string;
}

const GAMING_LABELS: Record<GamingKind, string> = {
  falsify: "falsifying",
  rush: "rushing",
  cherryPick: "cherry-picking",
  pressure: "pressuring surveys",
  timing: "shifting closures in time",
  holdBack: "holding back output",
};

/** The summary's fixed figures, in the order a reader meets them. */
export const SUMMARY_FIGURES = [
  { key: "meanScore", label: "mean score", unit: "points", format: "number", digits: 1, meaning: "The mean total score over staff-periods, as the scheme computes it." },
  { key: "meanTrueValue", label: "mean true value", unit: "case-equivalents per staff-period", format: "number", digits: 2, meaning: "The real value delivered per staff-period; one easy case resolved well is 1." },
  { key: "gamingRate", label: "gaming rate", unit: "share of staff-periods", format: "share", digits: 1, meaning: "The share of staff-periods in which someone gamed in any way that changed what was reported or done." },
  { key: "falsifiedShare", label: "falsified closures", unit: "share of reported closures", format: "share", digits: 1, meaning: "The share of reported closures that were false." },
  { key: "scoreTruthCorrelation", label: "score ~ true value", unit: "Spearman correlation", format: "number", digits: 2, meaning: "How well scores rank staff by the real value they deliver (1 perfectly, 0 not at all), mean over periods." },
  { key: "scoreAbilityCorrelation", label: "score ~ ability", unit: "Spearman correlation", format: "number", digits: 2, meaning: "How well scores rank staff by ability rather than luck, mean over periods." },
  { key: "morale", label: "morale at the end", unit: "index 0..1", format: "number", digits: 2, meaning: "Mean morale in the last period; unreachable targets wear it down." },
  { key: "hardBacklog", label: "hard backlog", unit: "cases per staff member", format: "number", digits: 2, meaning: "Hard cases genuinely open at the end, per staff member: work the scheme lets people leave." },
  { key: "meanEffort", label: "mean effort", unit: "index 0.7..1", format: "number", digits: 2, meaning: "Mean chosen effort, from coasting (0.7) to full (1)." },
  { key: "auditFailures", label: "audit findings", unit: "per staff-period", format: "number", digits: 3, meaning: "Falsifications found by audits, per staff-period." },
  { key: "meanReported", label: "closures reported", unit: "per staff-period", format: "number", digits: 1, meaning: "Closures reported per staff-period, genuine and false." },
  ...GAMING_KINDS.map((k) => ({ key: `gaming.${k}`, label: GAMING_LABELS[k], unit: "share of staff-periods", format: "share" as const, digits: 1, meaning: `The share of staff-periods ${GAMING_LABELS[k]}.` })),
] as const satisfies readonly Figure[];

/** The figures shown first (text summaries, diff tables, sweep columns). */
export const HEADLINE_FIGURES = ["meanScore", "meanTrueValue", "gamingRate", "falsifiedShare", "scoreTruthCorrelation", "scoreAbilityCorrelation", "morale", "hardBacklog"] as const;

const INDICATOR_FIELDS: Record<string, Omit<Figure, "key" | "label"> & { label: (name: string) => string }> = {
  meanValue: { label: (n) => `mean ${n}`, unit: "the indicator's unit", format: "number", digits: 3, meaning: "The indicator's mean measured value over staff-periods." },
  meanPoints: { label: (n) => `points for ${n}`, unit: "points", format: "number", digits: 1, meaning: "The indicator's mean points over staff-periods." },
  bunching: { label: (n) => `bunching at the ${n} threshold`, unit: "ratio", format: "ratio", digits: 2, meaning: "Measured values just meeting the threshold ÷ those just missing it; about 1 means no bunching." },
};

const BY_KEY = new Map<string, Figure>(SUMMARY_FIGURES.map((f) => [f.key, f]));

/** The figure a key names (`summary.` prefix optional), ratings bands and indicators included; null when none. */
export function figureByKey(key: string): Figure | null {
  const k = key.startsWith("summary.") ? key.slice("summary.".length) : key;
  const fixed = BY_KEY.get(k);
  if (fixed) return fixed;
  const rating = /^ratings\.(.+)$/.exec(k);
  if (rating) return { key: k, label: `rated ${rating[1]}`, unit: "share of staff-periods", format: "share", digits: 1, meaning: `The share of staff-periods rated ${rating[1]}, after quotas.` };
  const ind = /^indicators\.(.+)\.(meanValue|meanPoints|bunching)$/.exec(k);
  if (ind) {
    const f = INDICATOR_FIELDS[ind[2]!]!;
    return { ...f, key: k, label: f.label(ind[1]!) };
  }
  return null;
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
export function formatFigure(figure: Pick<Figure, "format" | "digits">, value: number | null | undefined, opts: FormatOptions = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return opts.missing ?? "n/a";
  const scale = figure.format === "share" ? 100 : 1;
  const digits = supportedDigits(figure.digits + (opts.extraDigits ?? 0), opts.interval ?? null, scale);
  const plain = (x: number) => (x * scale).toFixed(digits);
  const main = figure.format === "share" ? `${plain(value)}%` : figure.format === "ratio" ? `×${plain(value)}` : plain(value);
  const i = opts.interval;
  if (!i || i.low === null || i.high === null) return main;
  return `${main} (${plain(i.low)}–${plain(i.high)})`;
}
