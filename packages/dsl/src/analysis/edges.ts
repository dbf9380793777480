/**
 * Bunching at thresholds: the threshold effect (Bevan & Hood 2006) leaves a mark in the data —
 * more staff just on the good side of a line than just short of it (the spike at 8 minutes;
 * 26.6% of A&E patients leaving in the last 20 of 240 minutes where 8.3% was expected).
 * `edges` counts, for every threshold in a scheme, the staff just above and just below it.
 *
 * Thresholds: each rating band's `min` (on the score before quotas, after gates), each step
 * threshold, and each floor/target line's target (both on the indicator's value).
 *
 * Band width, on each side of threshold t:
 * - scores: 2% of |t|, at least 0.5 points;
 * - indicator values: 2% of |t|, at least 2% of the indicator's own scale (|target − floor|,
 *   or the spread of its step thresholds), and never 0 (1e-9 if everything is 0).
 * "Above" means on the side that meets the threshold (for `better lower`, at or under it):
 * `above` counts t ≤ v < t + w (higher) or t − w < v ≤ t (lower); `below` counts the same
 * width on the other side, exclusive of t. The ratio above/below is about 1 when staff are
 * spread evenly across the line and well above 1 when they bunch at it.
 */
import type { Indicator, Scheme } from "../semantics/model.ts";
import { compile } from "../scoring/compile.ts";
import { t, type Lang } from "../i18n/translate.ts";
import type { Row } from "../scoring/types.ts";
import { isRatioValue } from "../semantics/lints/shared.ts";
import { round9 } from "../scoring/exact.ts";
import { percentText } from "../format/percent.ts";

const RELATIVE_WIDTH = 0.02;
const MIN_SCORE_WIDTH = 0.5;

export interface Edge {
  kind: "band" | "step" | "target";
  /** The rating band, or the indicator, the threshold belongs to. */
  name: string;
  threshold: number;
  width: number;
  better: "higher" | "lower";
  /** Whether the measured quantity is a share (shown as a percent). */
  percent: boolean;
  above: number;
  below: number;
  /** above / below; null when both are 0, Infinity when only `below` is 0. */
  ratio: number | null;
}

export interface EdgeReport {
  /** The scheme's title (null without one), as the other reports of `score` name it. */
  scheme: string | null;
  staff: number;
  edges: Edge[];
}

function count(values: readonly (number | null)[], t: number, w: number, better: "higher" | "lower"): { above: number; below: number } {
  let above = 0;
  let below = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (better === "higher") {
      if (v >= t && v < t + w) above++;
      else if (v < t && v > t - w) below++;
    } else if (v <= t && v > t - w) above++;
    else if (v > t && v < t + w) below++;
  }
  return { above, below };
}

function ratioOf(above: number, below: number): number | null {
  if (below === 0) return above === 0 ? null : Infinity;
  return above / below;
}

function scale(i: Indicator): number {
  if (i.steps.length === 0) return Math.abs(i.target! - i.floor!);
  const ts = i.steps.map((s) => s.threshold);
  return Math.max(...ts) - Math.min(...ts);
}

// Rounded to nine decimals, as scores are (exact.ts): 2% of 70 is 1.4, not 1.4000000000000001.
function valueWidth(i: Indicator, t: number): number {
  return round9(Math.max(RELATIVE_WIDTH * Math.abs(t), RELATIVE_WIDTH * scale(i), 1e-9));
}

export function scoreWidth(t: number): number {
  return round9(Math.max(RELATIVE_WIDTH * Math.abs(t), MIN_SCORE_WIDTH));
}

export function edges(scheme: Scheme, rows: readonly Row[]): EdgeReport {
  const compiled = compile(scheme);
  const results = rows.map((r) => compiled.score(r));
  const out: Edge[] = [];
  const scores = results.map((r) => r.score);
  for (const band of scheme.ratings) {
    if (band.min === null) continue;
    const width = scoreWidth(band.min);
    const { above, below } = count(scores, band.min, width, "higher");
    out.push({
      kind: "band",
      name: band.name,
      threshold: band.min,
      width,
      better: "higher",
      percent: false,
      above,
      below,
      ratio: ratioOf(above, below),
    });
  }
  for (const i of scheme.indicators) {
    const values = results.map((r) => r.indicators[i.name]?.value ?? null);
    const ratio = isRatioValue(scheme, i.value);
    const thresholds: { kind: "step" | "target"; t: number }[] =
      i.steps.length > 0 ? i.steps.map((s) => ({ kind: "step", t: s.threshold })) : [{ kind: "target", t: i.target! }];
    for (const { kind, t } of thresholds) {
      const width = valueWidth(i, t);
      const { above, below } = count(values, t, width, i.better);
      out.push({ kind, name: i.name, threshold: t, width, better: i.better, percent: ratio, above, below, ratio: ratioOf(above, below) });
    }
  }
  return { scheme: scheme.title, staff: rows.length, edges: out };
}

function num(x: number, ratio: boolean): string {
  return ratio ? percentText(x, 2) : String(Math.round(x * 10000) / 10000);
}

/** The report as text; `band` names a rating band for the reader (its name by default). */
export function renderEdges(report: EdgeReport, lang: Lang = "en", band: (name: string) => string = (name) => name): string {
  const header = (["threshold", "at", "band", "met", "missed", "ratio"] as const).map((c) => t(lang, `edges.col.${c}`));
  const rows = report.edges.map((e) => [
    e.kind === "band" ? t(lang, "edges.rating", { name: band(e.name) }) : t(lang, "edges.indicator", { name: e.name, kind: e.kind }),
    `${e.better === "higher" ? "≥" : "≤"} ${num(e.threshold, e.percent)}`,
    num(e.width, e.percent),
    String(e.above),
    String(e.below),
    e.ratio === null ? "-" : e.ratio === Infinity ? "∞" : (Math.round(e.ratio * 100) / 100).toFixed(2),
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join("  ");
  const flagged = report.edges.filter((e) => e.above >= 3 && (e.ratio === Infinity || (e.ratio !== null && e.ratio >= 2)));
  const lines = [t(lang, "edges.heading", { staff: String(report.staff) }), line(header), ...rows.map(line)];
  if (flagged.length > 0) {
    const list = flagged
      .map((e) =>
        e.kind === "band"
          ? t(lang, "edges.flag.rating", { name: band(e.name) })
          : t(lang, "edges.flag.at", { name: e.name, threshold: num(e.threshold, e.percent) }),
      )
      .join(", ");
    lines.push(t(lang, "edges.bunching", { list }));
  }
  return lines.join("\n");
}
