/**
 * The lesson's one figure against the value being varied, with the room's current value
 * marked. The playground's sweep chart plots all six headline figures, and a lesson's figure
 * (bunching, a rating band, one kind of gaming) is often not among them; one line is what a
 * room can read from the back.
 */
import type { ChartConfiguration } from "chart.js";
import { baseOptions } from "../charts/common.ts";
import { num, pct } from "../charts/format.ts";
import type { Palette } from "../charts/palette.ts";
import { figureLabel, formatFigure } from "./metric.ts";
import type { Lang } from "@goodhart/dsl";

type XY = { x: number; y: number | null };

export function figureAlongSweepConfig(
  points: readonly { value: number; figure: number | null }[],
  current: { value: number; figure: number | null } | null,
  axis: { label: string; percent: boolean },
  metric: string,
  palette: Palette,
  lang: Lang = "en",
): ChartConfiguration<"line", XY[]> {
  const options = baseOptions<"line">(palette);
  const fmtX = (v: number) => (axis.percent ? pct(v, 0) : num(v, 0));
  const big = { size: 18 };
  return {
    type: "line",
    data: {
      datasets: [
        {
          label: figureLabel(metric, lang),
          data: points.map((p) => ({ x: p.value, y: p.figure })),
          borderColor: palette.series[0],
          backgroundColor: palette.series[0],
          borderWidth: 4,
          pointRadius: 6,
        },
        {
          label: "Now",
          data: current ? [{ x: current.value, y: current.figure }] : [],
          borderColor: palette.text,
          backgroundColor: palette.text,
          pointRadius: 11,
          pointStyle: "rectRot",
          showLine: false,
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: {
          type: "linear",
          grid: { color: palette.grid },
          ticks: { color: palette.text, font: big, callback: (v) => fmtX(Number(v)) },
          title: { display: true, text: axis.label, color: palette.text, font: big },
        },
        y: {
          ...honestAxis(metric, [...points.map((p) => p.figure), current?.figure ?? null]),
          grid: { color: palette.grid },
          ticks: { color: palette.text, font: big, callback: (v) => formatFigure(metric, Number(v), true) },
          title: { display: true, text: figureLabel(metric, lang), color: palette.text, font: big },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { labels: { color: palette.text, font: big } },
        thresholds: current
          ? {
              lines: [{ value: current.value, label: `now ${fmtX(current.value)}`, color: palette.text, dash: [6, 4] }],
              textColor: palette.text,
            }
          : undefined,
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatFigure(metric, ctx.parsed.y)}` } },
      },
    },
  };
}

/**
 * The y axis inside what the figure can be: shares and counts from zero (a cut axis makes a
 * one-point rise look dramatic), scores 0–100, correlations up to 1.
 */
function honestAxis(metric: string, values: readonly (number | null)[]): { min: number; max?: number } {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const top = Math.max(0, ...finite);
  if (/Correlation$/.test(metric)) return { min: Math.min(0, ...finite.map((v) => Math.floor(v * 10) / 10)), max: 1 };
  if (metric === "summary.meanScore" || metric.endsWith(".meanPoints")) return { min: 0, max: 100 };
  if (metric.endsWith(".bunching") || /^summary\.(meanTrueValue|hardBacklog)$/.test(metric) || metric.startsWith("indicators."))
    return { min: 0 };
  // A share: 0% up to the next tenth above the data (all of 0–100% would flatten a low rate).
  return { min: 0, max: top >= 0.5 ? 1 : Math.min(1, Math.ceil((top + 0.001) * 10) / 10) };
}
