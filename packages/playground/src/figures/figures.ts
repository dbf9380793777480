/**
 * The playground's reading of the simulator's figure catalogue (label, unit, format, range,
 * meaning: @goodhart/simulator's figures.ts, the one place a figure is defined). What is the
 * playground's own is only which figures its cards and sweep charts show, and in what order,
 * and the em dash it writes for a value that is not there.
 */
import { figureAxis as axisOf, figureByKey, formatFigure, type Figure, type HeadlineFigure } from "@goodhart/simulator";
import type { Lang } from "@goodhart/dsl";

export type FigureKey = HeadlineFigure;

/** The order figures appear in: headline cards, compare table. */
export const FIGURE_ORDER: readonly FigureKey[] = [
  "meanTrueValue",
  "gamingRate",
  "falsifiedShare",
  "scoreTruthCorrelation",
  "meanScore",
  "morale",
  "hardBacklog",
  "scoreAbilityCorrelation",
];

/** The figures a sweep plots, one small chart each (the trainer's story). */
export const SWEEP_FIGURES: readonly FigureKey[] = [
  "gamingRate",
  "falsifiedShare",
  "meanTrueValue",
  "scoreTruthCorrelation",
  "meanScore",
  "morale",
];

/** A headline figure with its words in `lang`. */
export function figure(key: FigureKey, lang: Lang = "en"): Figure {
  return figureByKey(key, lang)!;
}

/** A figure's value as the catalogue writes it; `digits` overrides its decimals (axis ticks). */
export function formatFigureValue(key: FigureKey, v: number | null | undefined, digits?: number): string {
  const f = figure(key);
  return formatFigure(digits === undefined ? f : { ...f, digits }, v, { missing: "—" });
}

/** The same with the unit spelled out where the number alone is ambiguous: "46.90 cases per person per period". */
export function withUnit(key: FigureKey, v: number | null | undefined, lang: Lang = "en"): string {
  const f = figure(key, lang);
  const text = formatFigureValue(key, v);
  return text === "—" || !f.showUnit ? text : `${text} ${f.unit}`;
}

/** An axis that stays inside the values the figure can take. */
export function figureAxis(key: FigureKey, values: readonly (number | null)[]): { min: number | undefined; max: number | undefined } {
  return axisOf(figure(key), values);
}
