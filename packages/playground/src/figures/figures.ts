/**
 * The playground's one table of headline figures: what each is called in plain words, its
 * unit, the values it can take, how it is written and what it means. Headlines, sweep,
 * compare and lessons all read it, so a figure is named the same everywhere.
 */
import { num, pct } from "../charts/format.ts";
import type { Summary } from "../sim/result.ts";

// The headline figures: the summary without its groups and the simulator's extra figures.
export type FigureKey = Exclude<keyof Summary, "gaming" | "ratings" | "amounts" | "meanEffort" | "auditFailures" | "meanReported">;

export interface Figure {
  key: FigureKey;
  /** Plain name, as a policy designer says it. */
  label: string;
  /** Unit words shown beside a value or on an axis. */
  unit: string;
  /** Shares are shown in percent; the axis of a share runs 0–100%. */
  kind: "share" | "points" | "correlation" | "cases";
  /** The values the figure can take; null = unbounded on that side. */
  range: { min: number; max: number | null };
  /** One sentence, for the headline card and the chart caption. */
  meaning: string;
  /** Whether more is better for the public (null = neither). */
  better: "higher" | "lower" | null;
}

export const FIGURES: Record<FigureKey, Figure> = {
  meanScore: { key: "meanScore", label: "Average score", unit: "points", kind: "points", range: { min: 0, max: 100 }, meaning: "the average points the scheme gives a staff member in a period (0–100)", better: null },
  meanTrueValue: {
    key: "meanTrueValue",
    label: "Real work delivered",
    unit: "cases per person per period",
    kind: "cases",
    range: { min: 0, max: null },
    meaning: "the work really done, in cases per staff member per period (an easy case counts 1)",
    better: "higher",
  },
  gamingRate: { key: "gamingRate", label: "Staff gaming", unit: "% of staff each period", kind: "share", range: { min: 0, max: 1 }, meaning: "the share of staff who used at least one trick in a period", better: "lower" },
  falsifiedShare: { key: "falsifiedShare", label: "False closures", unit: "% of reported closures", kind: "share", range: { min: 0, max: 1 }, meaning: "the share of the closures staff reported that were not really done", better: "lower" },
  scoreTruthCorrelation: {
    key: "scoreTruthCorrelation",
    label: "How well the score tracks real work",
    unit: "rank agreement, −1 to 1",
    kind: "correlation",
    range: { min: -1, max: 1 },
    meaning: "1 means the score ranks people exactly as their real work does; 0 means it tells you nothing",
    better: "higher",
  },
  scoreAbilityCorrelation: {
    key: "scoreAbilityCorrelation",
    label: "How well the score tracks ability",
    unit: "rank agreement, −1 to 1",
    kind: "correlation",
    range: { min: -1, max: 1 },
    meaning: "near 0 means the ratings rank luck, not ability",
    better: "higher",
  },
  morale: { key: "morale", label: "Morale", unit: "% at the end", kind: "share", range: { min: 0, max: 1 }, meaning: "staff morale at the end of the last period (100% = fully motivated)", better: "higher" },
  hardBacklog: { key: "hardBacklog", label: "Hard cases waiting", unit: "cases per person", kind: "cases", range: { min: 0, max: null }, meaning: "hard cases still open per staff member at the end — the work a score can hide", better: "lower" },
};

/** The order figures appear in: headlines, sweep, compare. */
export const FIGURE_ORDER: readonly FigureKey[] = ["meanTrueValue", "gamingRate", "falsifiedShare", "scoreTruthCorrelation", "meanScore", "morale", "hardBacklog", "scoreAbilityCorrelation"];

/** The figures a sweep plots, one small chart each (the trainer's story). */
export const SWEEP_FIGURES: readonly FigureKey[] = ["gamingRate", "falsifiedShare", "meanTrueValue", "scoreTruthCorrelation", "meanScore", "morale"];

/** A figure's value with its unit where the number alone would be ambiguous. */
export function formatFigureValue(key: FigureKey, v: number | null | undefined, digits?: number): string {
  const f = FIGURES[key];
  if (f.kind === "share") return pct(v, digits ?? 1);
  if (f.kind === "correlation") return num(v, digits ?? 2);
  return num(v, digits ?? (f.kind === "points" ? 1 : 2));
}

/** The same with the unit spelled out: "46.9 cases per person per period". */
export function withUnit(key: FigureKey, v: number | null | undefined): string {
  const f = FIGURES[key];
  const text = formatFigureValue(key, v);
  if (text === "—" || f.kind === "share" || f.kind === "correlation") return text;
  return `${text} ${f.unit}`;
}

/**
 * An axis for a figure that stays inside the values it can take: shares 0–100%, scores
 * 0–100, counts from zero; correlations from the lower of 0 and the data up to 1.
 */
export function figureAxis(key: FigureKey, values: readonly (number | null)[]): { min: number; max: number | undefined } {
  const f = FIGURES[key];
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (f.kind === "correlation") return { min: Math.min(0, ...finite.map((v) => Math.floor(v * 10) / 10)), max: 1 };
  if (f.kind === "share") {
    // Low shares on a 0–100% axis vanish into the floor: stop at the next tenth above the data.
    const top = Math.max(0, ...finite);
    return { min: 0, max: top >= 0.5 ? 1 : Math.min(1, Math.ceil((top + 0.001) * 10) / 10) };
  }
  if (f.kind === "points") return { min: 0, max: 100 };
  return { min: 0, max: undefined };
}
