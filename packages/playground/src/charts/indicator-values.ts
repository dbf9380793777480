import type { ChartConfiguration } from "chart.js";
import type { IndicatorFacts, IndicatorSummary, SimulationView } from "../sim/result.ts";
import { thresholdLegend, type ThresholdLine } from "./chart-setup.ts";
import { baseOptions } from "./common.ts";
import { num, pct } from "./format.ts";
import { histogram, type Histogram } from "./histogram.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";
import { t, type Lang } from "@goodhart/dsl";

/** The caption under an indicator's chart: of its values, or (without per-staff values) of the two bands at its threshold. */
export const indicatorCaption = (perStaff: boolean, lang: Lang = "en"): string =>
  t(lang, perStaff ? "ui.chart.indicator.caption" : "ui.chart.indicator.bandCaption");

const valueText = (facts: IndicatorFacts) => (v: number) => (facts.percent ? pct(v, 1) : num(v, 2));

function thresholdLines(facts: IndicatorFacts, palette: Palette, lang: Lang): ThresholdLine[] {
  const fmt = valueText(facts);
  const lines: ThresholdLine[] = [];
  if (facts.floor !== null)
    lines.push({
      value: facts.floor,
      label: t(lang, "ui.chart.indicator.floor", { value: fmt(facts.floor) }),
      color: palette.floor,
      dash: [5, 4],
    });
  if (facts.target !== null)
    lines.push({
      value: facts.target,
      label: t(lang, "ui.chart.indicator.target", { value: fmt(facts.target) }),
      color: palette.threshold,
    });
  for (const step of facts.steps) {
    lines.push({
      value: step.threshold,
      label: t(lang, "ui.chart.indicator.step", { value: fmt(step.threshold), points: step.points }),
      color: palette.threshold,
      dash: [2, 2],
    });
  }
  return lines;
}

/**
 * "Bunching" in words: how many more staff sit just past the threshold than just short of
 * it. Honest work spreads out; a pile just past the line is people aiming at the number.
 */
export function bunchingSentence(s: IndicatorSummary | undefined, facts: IndicatorFacts, lang: Lang = "en"): string | null {
  const b = s?.bunching;
  if (b === null || b === undefined || !Number.isFinite(b) || s?.threshold === null || s?.threshold === undefined) return null;
  const at = valueText(facts)(s.threshold);
  if (b >= 1.5) return t(lang, "ui.chart.indicator.bunching", { ratio: num(b, 1), at });
  if (b <= 1 / 1.5) return t(lang, "ui.chart.indicator.noBunching", { at, ratio: num(b, 2) });
  return t(lang, "ui.chart.indicator.littleBunching", { at, ratio: num(b, 1) });
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

function bins(view: SimulationView, facts: IndicatorFacts, marks: readonly number[]): Histogram {
  const values = view.perStaff.indicatorValues[facts.name];
  // A share cannot leave 0–100%: the axis stays inside what the value can be.
  return values
    ? histogram(values, marks, 40, facts.percent ? { min: 0, max: 1 } : undefined)
    : bandBins(view.indicators[facts.name], facts.better);
}

const countWord = (view: SimulationView, facts: IndicatorFacts, lang: Lang) =>
  t(lang, (view.perStaff.indicatorValues[facts.name]?.length ?? 0) > view.staff ? "ui.chart.indicator.staffEach" : "ui.chart.staff");

export function indicatorValuesConfig(
  view: SimulationView,
  facts: IndicatorFacts,
  palette: Palette,
  lang: Lang = "en",
): ChartConfiguration<"bar", Bin[]> {
  const summary = view.indicators[facts.name];
  const lines = thresholdLines(facts, palette, lang);
  const fmt = valueText(facts);
  if (summary?.meanValue !== null && summary?.meanValue !== undefined) {
    lines.push({
      value: summary.meanValue,
      label: t(lang, "ui.chart.indicator.mean", { value: fmt(summary.meanValue) }),
      color: palette.text,
      dash: [1, 3],
    });
  }
  const h = bins(
    view,
    facts,
    lines.map((l) => l.value),
  );
  const options = baseOptions<"bar">(palette);
  // Shares: round tenths inside 0–100%, so the ticks read 20%, 40%… and never leave the scale.
  const rawFirst = h.edges[0];
  const rawLast = h.edges.length > 0 ? h.edges[h.edges.length - 1]! + h.width : undefined;
  const first = facts.percent && rawFirst !== undefined ? Math.max(0, Math.floor(rawFirst * 10 + 1e-9) / 10) : rawFirst;
  const last = facts.percent && rawLast !== undefined ? Math.min(1, Math.ceil(rawLast * 10 - 1e-9) / 10) : rawLast;
  return {
    type: "bar",
    data: {
      datasets: [
        {
          label: countWord(view, facts, lang),
          data: h.edges.map((e, i) => ({ x: e + h.width / 2, y: h.counts[i]! })),
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
          min: first,
          max: last,
          grid: { color: palette.grid },
          offset: false,
          ticks: { color: palette.text, callback: (v) => fmt(Number(v)) },
          title: {
            display: true,
            text: t(lang, "ui.chart.indicator.axis", { percent: facts.percent ? " (%)" : "", better: facts.better }),
            color: palette.text,
          },
        },
        y: { ...options.scales?.y, min: 0, title: { display: true, text: countWord(view, facts, lang), color: palette.text } },
      },
      plugins: {
        ...options.plugins,
        legend: {
          display: true,
          position: "bottom",
          labels: {
            color: palette.text,
            boxWidth: 18,
            usePointStyle: true,
            generateLabels: () => [
              {
                text: countWord(view, facts, lang),
                fillStyle: palette.accent,
                strokeStyle: palette.accent,
                lineWidth: 0,
                pointStyle: "rect",
                fontColor: palette.text,
                hidden: false,
              },
              ...thresholdLegend(lines, palette.text),
            ],
          },
        },
        thresholds: { lines, textColor: palette.text },
        tooltip: {
          callbacks: {
            title: (items) => {
              const x = items[0]?.parsed.x;
              return typeof x === "number" ? `${fmt(x - h.width / 2)} – ${fmt(x + h.width / 2)}` : "";
            },
            label: (ctx) => t(lang, "ui.chart.indicator.tooltip", { count: String(ctx.parsed.y) }),
          },
        },
      },
    },
  };
}

export function indicatorTable(view: SimulationView, facts: IndicatorFacts, lang: Lang = "en"): DataTable {
  const h = bins(
    view,
    facts,
    thresholdLines(facts, { floor: "", threshold: "", text: "" } as Palette, lang).map((l) => l.value),
  );
  const fmt = valueText(facts);
  return {
    columns: [t(lang, "ui.chart.indicator.col.value"), countWord(view, facts, lang)],
    rows: h.edges.map((e, i) => [`${fmt(e)} – ${fmt(e + h.width)}`, String(h.counts[i])]),
  };
}
