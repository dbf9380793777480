import type { ChartConfiguration } from "chart.js";
import { HEADLINES, type SweepPoint } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { num, pct } from "./format.ts";
import type { Palette } from "./palette.ts";

export const SWEEP_CAPTION =
  "The headline figures as the chosen number varies, everything else held fixed — where the lines bend is where the scheme starts to backfire.";

const SHARE_KEYS = new Set(["gamingRate", "falsifiedShare", "morale"]);

type XY = { x: number; y: number | null };

export function sweepConfig(points: SweepPoint[], literal: { percent: boolean; label: string }, palette: Palette): ChartConfiguration<"line", XY[]> {
  const options = baseOptions<"line">(palette);
  const fmtX = (v: number) => (literal.percent ? pct(v, 1) : num(v, 2));
  return {
    type: "line",
    data: {
      datasets: HEADLINES.map((h, i) => ({
        label: h.label,
        data: points.map((p) => ({ x: p.value, y: p.summary[h.key] })),
        borderColor: palette.series[i],
        backgroundColor: palette.series[i],
        yAxisID: h.key === "meanScore" || h.key === "meanTrueValue" ? "level" : "y",
        pointRadius: 3,
      })),
    },
    options: {
      ...options,
      scales: {
        x: { type: "linear", grid: { color: palette.grid }, ticks: { color: palette.text, callback: (v) => fmtX(Number(v)) }, title: { display: true, text: literal.label, color: palette.text } },
        y: { ...options.scales?.y, title: { display: true, text: "Share or correlation", color: palette.text }, ticks: { color: palette.text, callback: (v) => num(Number(v), 2) } },
        level: { position: "right", ticks: { color: palette.text }, grid: { drawOnChartArea: false }, title: { display: true, text: "Score / real value", color: palette.text } },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            title: (items) => (typeof items[0]?.parsed.x === "number" ? `${literal.label} = ${fmtX(items[0].parsed.x)}` : ""),
            label: (ctx) => {
              const key = HEADLINES[ctx.datasetIndex]?.key ?? "";
              return `${ctx.dataset.label}: ${SHARE_KEYS.has(key) ? pct(ctx.parsed.y, 1) : num(ctx.parsed.y, 2)}`;
            },
          },
        },
      },
    },
  };
}
