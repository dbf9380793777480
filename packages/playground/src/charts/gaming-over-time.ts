import type { ChartConfiguration } from "chart.js";
import { GAMING_KINDS, type GamingKind, type SimulationView } from "../sim/result.ts";
import { figureByKey } from "@goodhart/simulator";
import { t, type Lang } from "@goodhart/dsl";
import { baseOptions } from "./common.ts";
import { pct } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";

export const gamingCaption = (lang: Lang = "en"): string => t(lang, "ui.chart.gaming.caption");

/** A gaming kind's name in `lang`, from the figure catalogue (`gaming.KIND`). */
export const gamingLabel = (kind: GamingKind, lang: Lang = "en"): string => figureByKey(`gaming.${kind}`, lang)!.label;

export const GAMING_LABELS = Object.fromEntries(GAMING_KINDS.map((k) => [k, gamingLabel(k)])) as Record<GamingKind, string>;

export function gamingOverTimeConfig(view: SimulationView, palette: Palette, lang: Lang = "en"): ChartConfiguration<"line"> {
  const options = baseOptions<"line">(palette);
  return {
    type: "line",
    data: {
      labels: view.perPeriod.map((p) => String(p.period)),
      datasets: GAMING_KINDS.map((kind, i) => ({
        label: gamingLabel(kind, lang),
        data: view.perPeriod.map((p) => p.summary.gaming[kind] ?? 0),
        borderColor: palette.series[i],
        backgroundColor: palette.series[i],
        pointRadius: 2,
        tension: 0.2,
      })),
    },
    options: {
      ...options,
      scales: {
        x: { ...options.scales?.x, title: { display: true, text: t(lang, "ui.chart.period"), color: palette.text } },
        y: {
          ...options.scales?.y,
          min: 0,
          max: shareAxisTop(view),
          ticks: { color: palette.text, callback: (v) => pct(Number(v)) },
          title: { display: true, text: t(lang, "ui.chart.gaming.axis"), color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${pct(ctx.parsed.y, 1)}` } },
      },
    },
  };
}

/** 0% up to the next tenth above the highest line (a 0–100% axis would flatten low rates). */
function shareAxisTop(view: SimulationView): number {
  let top = 0;
  for (const p of view.perPeriod) for (const k of GAMING_KINDS) top = Math.max(top, p.summary.gaming[k] ?? 0);
  return top >= 0.5 ? 1 : Math.min(1, Math.ceil((top + 0.001) * 10) / 10);
}

export function gamingTable(view: SimulationView, lang: Lang = "en"): DataTable {
  return {
    columns: [t(lang, "ui.chart.period"), ...GAMING_KINDS.map((k) => gamingLabel(k, lang))],
    rows: view.perPeriod.map((p) => [String(p.period), ...GAMING_KINDS.map((k) => pct(p.summary.gaming[k], 1))]),
  };
}
