/**
 * A lesson's figure read out of a simulation: the same path works on the simulator's
 * document (Node, the lesson test) and on the playground's view of it (the browser).
 */
import { num, pct } from "../charts/format.ts";
import { FIGURES } from "../figures/figures.ts";

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

const LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.values(FIGURES).map((f) => [`summary.${f.key}`, f.label])),
  "summary.gaming.falsify": "Staff falsifying records",
  "summary.gaming.rush": "Staff rushing",
  "summary.gaming.cherryPick": "Staff cherry-picking easy cases",
  "summary.gaming.pressure": "Staff pressuring surveys",
  "summary.gaming.timing": "Staff shifting closures in time",
  "summary.gaming.holdBack": "Staff holding back output",
};

export function figureLabel(metric: string): string {
  if (LABELS[metric]) return LABELS[metric];
  const rating = /^summary\.ratings\.(.+)$/.exec(metric);
  if (rating) return `Share rated ${rating[1]}`;
  const ind = /^indicators\.(.+)\.(bunching|meanValue|meanPoints)$/.exec(metric);
  if (ind) return ind[2] === "bunching" ? `Bunching at the ${ind[1]} threshold` : ind[2] === "meanValue" ? `Mean ${ind[1]}` : `Mean points for ${ind[1]}`;
  return metric;
}

/**
 * Shares as percentages, correlations to two places, bunching as a ratio. `fine` adds a
 * digit, for axis ticks that are closer together than the headline's precision.
 */
export function formatFigure(metric: string, value: number | null, fine = false): string {
  const extra = fine ? 1 : 0;
  if (metric.endsWith(".bunching")) return value === null ? "—" : `×${num(value, 2 + extra)}`;
  if (/Correlation$/.test(metric)) return num(value, 2 + extra);
  if (/^summary\.(meanScore|meanTrueValue|hardBacklog)$/.test(metric) || metric.startsWith("indicators.")) return num(value, 1 + extra);
  return pct(value, 1 + extra);
}
