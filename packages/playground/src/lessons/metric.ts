/**
 * A lesson's figure read out of a simulation: the same path works on the simulator's
 * document (Node, the lesson test) and on the playground's view of it (the browser).
 */
import { figureByKey, formatFigure as formatByCatalogue } from "@goodhart/simulator";
import type { Lang } from "@goodhart/dsl";

/** The part of a result every figure comes from; both result shapes have it. */
export interface FigureSource {
  summary: object;
  indicators: Record<string, object>;
}

export function figureOf(doc: FigureSource, metric: string): number | null {
  let node: unknown = doc;
  for (const part of metric.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "number" && Number.isFinite(node) ? node : null;
}

/** The figure's name in `lang`, from the simulator's figure catalogue; the path itself when it names none. */
export function figureLabel(metric: string, lang: Lang = "en"): string {
  return figureByKey(metric, lang)?.label ?? metric;
}

/** As the catalogue writes the figure; `fine` adds a digit, for axis ticks closer together than the headline's precision. */
export function formatFigure(metric: string, value: number | null, fine = false): string {
  const f = figureByKey(metric);
  if (!f) return value === null ? "—" : String(value);
  return formatByCatalogue(f, value, { missing: "—", extraDigits: fine ? 1 : 0 });
}
