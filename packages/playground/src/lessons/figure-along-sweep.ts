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

type XY = { x: number; y: number | null };

export function figureAlongSweepConfig(
  points: readonly { value: number; figure: number | null }[],
  current: { value: number; figure: number | null } | null,
  axis: { label: string; percent: boolean },
  metric: string,
  palette: Palette,
): ChartConfiguration<"line", XY[]> {
  const options = baseOptions<"line">(palette);
  const fmtX = (v: number) => (axis.percent ? pct(v, 0) : num(v, 0));
  const big = { size: 18 };
  return {
    type: "line",
    data: {
      datasets: [
        {
          label: figureLabel(metric),
          data: points.map((p) => ({ x: p.value, y: p.figure })),
          borderColor: palette.series[0],
          backgroundColor: palette.series[0],
          borderWidth: 4,
          pointRadius: 6,
        },
        {
          label: "Now",
          data: current ? [{ x: current.value, y: current.figure }] : [],
          borderColor: palette.threshold,
          backgroundColor: palette.threshold,
          pointRadius: 11,
          pointStyle: "rectRot",
          showLine: false,
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: { type: "linear", grid: { color: palette.grid }, ticks: { color: palette.text, font: big, callback: (v) => fmtX(Number(v)) }, title: { display: true, text: axis.label, color: palette.text, font: big } },
        y: { grid: { color: palette.grid }, ticks: { color: palette.text, font: big, callback: (v) => formatFigure(metric, Number(v), true) }, title: { display: true, text: figureLabel(metric), color: palette.text, font: big } },
      },
      plugins: {
        ...options.plugins,
        legend: { labels: { color: palette.text, font: big } },
        thresholds: current ? { lines: [{ value: current.value, label: fmtX(current.value), color: palette.threshold, dash: [6, 4] }], textColor: palette.text } : undefined,
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatFigure(metric, ctx.parsed.y)}` } },
      },
    },
  };
}
