/**
 * The sweep as small multiples: one little chart per headline figure, each on its own axis
 * inside the values the figure can take, with the value the scheme has now marked.
 */
import type { ChartConfiguration } from "chart.js";
import type { SweepPoint } from "../sim/result.ts";
import { figure, figureAxis, formatFigureValue, type FigureKey } from "../figures/figures.ts";
import { percentText, t, type Lang } from "@goodhart/dsl";
import { baseOptions } from "./common.ts";
import { num } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";
import { intervalAt } from "@goodhart/simulator";
import { FEW_REPLICATES, figureText } from "../uncertainty/interval-text.ts";

/** What the small multiples show, in `lang`. */
export const sweepCaption = (lang: Lang = "en"): string => t(lang, "ui.sweep.caption");

/** A point's interval for a figure, once enough seeds are in for it to mean something. */
function pointInterval(p: SweepPoint, key: FigureKey) {
  return p.replicates >= FEW_REPLICATES ? intervalAt(p.intervals, key) : null;
}

type XY = { x: number; y: number | null };

export interface SweepAxisInfo {
  percent: boolean;
  /** A person's name for the number: "target of “Dossiers on time”". */
  label: string;
  now: number;
}

/** A swept literal's value: a percent as every other percent of a property reads (`ratchet 0.01%` is not 0%). */
export const sweepValueText = (percent: boolean) => (v: number) => (percent ? percentText(v) : num(v, Number.isInteger(v) ? 0 : 2));

export function sweepFigureConfig(
  points: readonly SweepPoint[],
  key: FigureKey,
  axis: SweepAxisInfo,
  colour: string,
  palette: Palette,
  lang: Lang = "en",
): ChartConfiguration<"line", XY[]> {
  const options = baseOptions<"line">(palette);
  const f = figure(key, lang);
  const fmtX = sweepValueText(axis.percent);
  const ys = points.flatMap((p) => [p.summary[key], pointInterval(p, key)?.low ?? null, pointInterval(p, key)?.high ?? null]);
  const y = figureAxis(key, ys);
  const xs = points.map((p) => p.value);
  return {
    type: "line",
    data: {
      datasets: [
        // The band: its low edge, then its high edge filled down to it ("-1").
        {
          label: t(lang, "ui.sweep.intervalLow", { label: f.label }),
          data: points.map((p) => ({ x: p.value, y: pointInterval(p, key)?.low ?? null })),
          borderColor: "transparent",
          backgroundColor: "transparent",
          pointRadius: 0,
          borderWidth: 0,
          spanGaps: true,
        },
        {
          label: t(lang, "ui.sweep.intervalHigh", { label: f.label }),
          data: points.map((p) => ({ x: p.value, y: pointInterval(p, key)?.high ?? null })),
          borderColor: "transparent",
          backgroundColor: `${colour}33`,
          pointRadius: 0,
          borderWidth: 0,
          fill: "-1",
          spanGaps: true,
        },
        {
          label: f.label,
          data: points.map((p) => ({ x: p.value, y: p.summary[key] })),
          borderColor: colour,
          backgroundColor: colour,
          pointRadius: 3,
          borderWidth: 2,
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: {
          type: "linear",
          min: Math.min(axis.now, ...xs),
          max: Math.max(axis.now, ...xs),
          grid: { color: palette.grid },
          ticks: { color: palette.text, callback: (v) => fmtX(Number(v)), maxTicksLimit: 6 },
          title: { display: true, text: axis.label, color: palette.text },
        },
        y: {
          ...options.scales?.y,
          min: y.min,
          max: y.max,
          ticks: {
            color: palette.text,
            maxTicksLimit: 5,
            callback: (v) => formatFigureValue(key, Number(v), f.format === "share" ? 0 : 1),
          },
          // The unit is in the small chart's title: an axis title this short would be cut.
          title: { display: false },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { display: false },
        thresholds: {
          lines: [{ value: axis.now, label: t(lang, "ui.sweep.nowLine", { value: fmtX(axis.now) }), color: palette.text, dash: [4, 3] }],
          textColor: palette.text,
        },
        tooltip: {
          filter: (item) => item.datasetIndex === 2,
          callbacks: {
            title: (items) => (typeof items[0]?.parsed.x === "number" ? `${axis.label} = ${fmtX(items[0].parsed.x)}` : ""),
            label: (ctx) => {
              const p = points[ctx.dataIndex];
              if (ctx.datasetIndex !== 2 || !p) return "";
              const v = figureText(key, ctx.parsed.y, pointInterval(p, key));
              return `${f.label}: ${v.value}${v.plusMinus ? ` ${v.plusMinus}${t(lang, "ui.sweep.seeds", { count: String(p.replicates) })}` : ""}`;
            },
          },
        },
      },
    },
  };
}

export function sweepTable(points: readonly SweepPoint[], keys: readonly FigureKey[], axis: SweepAxisInfo, lang: Lang = "en"): DataTable {
  const fmtX = sweepValueText(axis.percent);
  return {
    columns: [axis.label, ...keys.map((k) => figure(k, lang).label)],
    rows: points.map((p) => [
      `${fmtX(p.value)}${Math.abs(p.value - axis.now) < 1e-9 ? t(lang, "ui.sweep.nowRow") : ""}`,
      ...keys.map((k) => {
        const v = figureText(k, p.summary[k], pointInterval(p, k));
        return v.plusMinus ? `${v.value} ${v.plusMinus}` : v.value;
      }),
    ]),
  };
}
