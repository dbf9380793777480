import type { ChartConfiguration } from "chart.js";
import type { IndicatorFacts, IndicatorSummary, SimulationView } from "../sim/result.ts";
import type { ThresholdLine } from "./chart-setup.ts";
import { baseOptions } from "./common.ts";
import { num, pct } from "./format.ts";
import { histogram, type Histogram } from "./histogram.ts";
import type { Palette } from "./palette.ts";

export const INDICATOR_CAPTION =
  "What staff report on this indicator, with its thresholds marked — a spike just past a line is people hitting the number rather than doing the work.";

export const INDICATOR_BAND_CAPTION =
  "Staff-periods just short of this indicator's threshold and just past it, with floor, target and mean marked — a taller bar just past the line is people hitting the number rather than doing the work.";

export function thresholdLines(facts: IndicatorFacts, palette: Palette): ThresholdLine[] {
  const fmt = (v: number) => (facts.percent ? pct(v, 1) : num(v, 2));
  const lines: ThresholdLine[] = [];
  if (facts.floor !== null) lines.push({ value: facts.floor, label: `floor ${fmt(facts.floor)}`, color: palette.floor, dash: [5, 4] });
  if (facts.target !== null) lines.push({ value: facts.target, label: `target ${fmt(facts.target)}`, color: palette.threshold });
  for (const step of facts.steps) {
    lines.push({ value: step.threshold, label: `${fmt(step.threshold)} → ${step.points}`, color: palette.threshold, dash: [2, 2] });
  }
  return lines;
}

type Bin = { x: number; y: number };

/**
 * Without per-staff values, the two bands either side of the threshold that the simulator
 * counts for `bunching`: the same evidence, at coarser grain.
 */
function bandBins(s: IndicatorSummary | undefined, better: "higher" | "lower"): Histogram {
  if (!s || s.threshold === null || s.threshold === undefined || !s.bandWidth) return { edges: [], width: 0, counts: [], missing: 0 };
  const w = s.bandWidth;
  const below = better === "higher" ? (s.justMissing ?? 0) : (s.justMeeting ?? 0);
  const above = better === "higher" ? (s.justMeeting ?? 0) : (s.justMissing ?? 0);
  return { edges: [s.threshold - w, s.threshold], width: w, counts: [below, above], missing: 0 };
}

export function indicatorValuesConfig(view: SimulationView, facts: IndicatorFacts, palette: Palette): ChartConfiguration<"bar", Bin[]> {
  const values = view.perStaff.indicatorValues[facts.name];
  const summary = view.indicators[facts.name];
  const lines = thresholdLines(facts, palette);
  if (summary?.meanValue !== null && summary?.meanValue !== undefined) {
    lines.push({ value: summary.meanValue, label: `mean ${facts.percent ? pct(summary.meanValue, 1) : num(summary.meanValue, 2)}`, color: palette.text, dash: [1, 3] });
  }
  const h = values ? histogram(values, lines.map((l) => l.value)) : bandBins(summary, facts.better);
  const fmt = (v: number) => (facts.percent ? pct(v, 1) : num(v, 2));
  const options = baseOptions<"bar">(palette);
  return {
    type: "bar",
    data: {
      datasets: [
        {
          label: "Staff-periods",
          data: h.edges.map((e, i) => ({ x: e + h.width / 2, y: h.counts[i] })),
          backgroundColor: palette.accent,
          barPercentage: 1,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: {
          type: "linear",
          grid: { color: palette.grid },
          offset: false,
          ticks: { color: palette.text, callback: (v) => fmt(Number(v)) },
          title: { display: true, text: `Measured value (${facts.better} is better)`, color: palette.text },
        },
        y: { ...options.scales?.y, min: 0, title: { display: true, text: "Staff-periods", color: palette.text } },
      },
      plugins: {
        ...options.plugins,
        legend: { display: false },
        thresholds: { lines, textColor: palette.text },
        tooltip: {
          callbacks: {
            title: (items) => {
              const x = items[0]?.parsed.x;
              return typeof x === "number" ? `${fmt(x - h.width / 2)} – ${fmt(x + h.width / 2)}` : "";
            },
            label: (ctx) => `${ctx.parsed.y} staff-periods`,
          },
        },
      },
    },
  };
}
