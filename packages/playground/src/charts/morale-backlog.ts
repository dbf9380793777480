import type { ChartConfiguration } from "chart.js";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { num, pct } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";

export const MORALE_CAPTION =
  "Staff morale and the hard cases left waiting, period after period — falling morale and a growing pile are the costs a score does not show.";

export function moraleBacklogConfig(view: SimulationView, palette: Palette): ChartConfiguration<"line"> {
  const options = baseOptions<"line">(palette);
  return {
    type: "line",
    data: {
      labels: view.perPeriod.map((p) => String(p.period)),
      datasets: [
        {
          label: "Morale",
          data: view.perPeriod.map((p) => p.summary.morale),
          borderColor: palette.series[2],
          backgroundColor: palette.series[2],
          yAxisID: "y",
          pointRadius: 2,
        },
        {
          label: "Hard cases waiting, per staff member",
          data: view.perPeriod.map((p) => p.summary.hardBacklog),
          borderColor: palette.series[4],
          backgroundColor: palette.series[4],
          borderDash: [6, 3],
          yAxisID: "backlog",
          pointRadius: 2,
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: { ...options.scales?.x, title: { display: true, text: "Period", color: palette.text } },
        y: { ...options.scales?.y, min: 0, max: 1, ticks: { color: palette.text, callback: (v) => pct(Number(v)) }, title: { display: true, text: "Morale (%)", color: palette.text } },
        backlog: {
          position: "right",
          min: 0,
          ticks: { color: palette.text },
          grid: { drawOnChartArea: false },
          title: { display: true, text: "Hard cases waiting (per person)", color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            label: (ctx) => (ctx.dataset.yAxisID === "y" ? `Morale ${pct(ctx.parsed.y)}` : `${num(ctx.parsed.y, 2)} hard cases waiting`),
          },
        },
      },
    },
  };
}

export function moraleTable(view: SimulationView): DataTable {
  return {
    columns: ["Period", "Morale", "Hard cases waiting, per person"],
    rows: view.perPeriod.map((p) => [String(p.period), pct(p.summary.morale, 1), num(p.summary.hardBacklog, 2)]),
  };
}
