import type { ChartConfiguration } from "chart.js";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { figureByKey, formatFigure } from "@goodhart/simulator";
import { t, type Lang } from "@goodhart/dsl";
import { num } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";

export const moraleCaption = (lang: Lang = "en"): string => t(lang, "ui.chart.morale.caption");

// Morale is an index 0..1, written as the figure catalogue writes it everywhere.
const morale = (v: number | null | undefined) => formatFigure(figureByKey("morale")!, v, { missing: "—" });

export function moraleBacklogConfig(view: SimulationView, palette: Palette, lang: Lang = "en"): ChartConfiguration<"line"> {
  const options = baseOptions<"line">(palette);
  const m = figureByKey("morale", lang)!;
  const backlog = figureByKey("hardBacklog", lang)!;
  return {
    type: "line",
    data: {
      labels: view.perPeriod.map((p) => String(p.period)),
      datasets: [
        {
          label: m.label,
          data: view.perPeriod.map((p) => p.summary.morale),
          borderColor: palette.series[2],
          backgroundColor: palette.series[2],
          yAxisID: "y",
          pointRadius: 2,
        },
        {
          label: `${backlog.label} (${backlog.unit})`,
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
        x: { ...options.scales?.x, title: { display: true, text: t(lang, "ui.chart.period"), color: palette.text } },
        y: {
          ...options.scales?.y,
          min: 0,
          max: 1,
          ticks: { color: palette.text, callback: (v) => num(Number(v), 1) },
          title: { display: true, text: `${m.label} (${m.unit})`, color: palette.text },
        },
        backlog: {
          position: "right",
          min: 0,
          ticks: { color: palette.text },
          grid: { drawOnChartArea: false },
          title: { display: true, text: `${backlog.label} (${backlog.unit})`, color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            label: (ctx) =>
              ctx.dataset.yAxisID === "y" ? `${m.label} ${morale(ctx.parsed.y)}` : `${backlog.label}: ${num(ctx.parsed.y, 2)}`,
          },
        },
      },
    },
  };
}

export function moraleTable(view: SimulationView, lang: Lang = "en"): DataTable {
  const backlog = figureByKey("hardBacklog", lang)!;
  return {
    columns: [t(lang, "ui.chart.period"), figureByKey("morale", lang)!.label, `${backlog.label} (${backlog.unit})`],
    rows: view.perPeriod.map((p) => [String(p.period), morale(p.summary.morale), num(p.summary.hardBacklog, 2)]),
  };
}
