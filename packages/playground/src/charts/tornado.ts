/**
 * The tornado chart of a one-at-a-time sensitivity run: one row per model constant, largest
 * swing on top, a bar from the figure's base value to its value with the constant at the low
 * end of its plausible range and one to its value at the high end. The widest bars are the
 * assumptions a conclusion rests on.
 */
import type { ChartConfiguration } from "chart.js";
import { figure, formatFigureValue, type FigureKey } from "../figures/figures.ts";
import { t, type Lang } from "@goodhart/dsl";
import type { SensitivityReport } from "@goodhart/simulator";
import { baseOptions } from "./common.ts";
import type { DataTable } from "./data-table.ts";
import type { Palette } from "./palette.ts";
import { digitsForSpread } from "../uncertainty/interval-text.ts";

/** Enough decimals that the widest swing reads with two significant digits. */
export function tornadoDigits(report: SensitivityReport, key: FigureKey): number {
  const widest = report.constants.reduce((m, r) => Math.max(m, r.swing ?? 0), 0);
  return digitsForSpread(key, widest);
}

/** Rows a chart shows; the data table lists every constant. */
export const TORNADO_ROWS = 15;

export const tornadoCaption = (lang: Lang = "en"): string => t(lang, "ui.tornado.caption");

type Bar = [number, number] | null;

export interface TornadoColours {
  low: string;
  high: string;
}

function bar(base: number | null, at: number | null): Bar {
  return base === null || at === null ? null : [base, at];
}

export function tornadoConfig(
  report: SensitivityReport,
  key: FigureKey,
  palette: Palette,
  colours: TornadoColours,
  lang: Lang = "en",
): ChartConfiguration<"bar", Bar[], string> {
  const rows = report.constants.filter((r) => r.swing !== null).slice(0, TORNADO_ROWS);
  const options = baseOptions<"bar">(palette);
  const f = figure(key, lang);
  const digits = tornadoDigits(report, key);
  const fmt = (v: number) => formatFigureValue(key, v, digits);
  return {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        {
          label: t(lang, "ui.tornado.low"),
          data: rows.map((r) => bar(report.base, r.figureAtLow)),
          backgroundColor: colours.low,
          grouped: false,
          barPercentage: 0.8,
        },
        {
          label: t(lang, "ui.tornado.high"),
          data: rows.map((r) => bar(report.base, r.figureAtHigh)),
          backgroundColor: colours.high,
          grouped: false,
          barPercentage: 0.45,
        },
      ],
    },
    options: {
      ...options,
      indexAxis: "y",
      scales: {
        x: {
          type: "linear",
          grid: { color: palette.grid },
          // Fitted to the bars, not from zero: a tornado compares swings, which from zero would be slivers.
          ticks: { color: palette.text, maxTicksLimit: 6, callback: (v) => fmt(Number(v)) },
          title: { display: true, text: `${f.label} (${f.unit})`, color: palette.text },
        },
        y: { ...options.scales?.y, ticks: { color: palette.text, autoSkip: false, font: { family: "ui-monospace, monospace" } } },
      },
      plugins: {
        ...options.plugins,
        legend: { position: "bottom", labels: { color: palette.text, boxWidth: 12 } },
        thresholds:
          report.base === null
            ? { lines: [], textColor: palette.text }
            : {
                lines: [
                  {
                    value: report.base,
                    label: t(lang, "ui.tornado.defaults", { value: fmt(report.base) }),
                    color: palette.text,
                    dash: [4, 3],
                  },
                ],
                textColor: palette.text,
              },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const row = rows[ctx.dataIndex];
              if (!row) return "";
              const end = ctx.datasetIndex === 0 ? row.low : row.high;
              const at = ctx.datasetIndex === 0 ? row.figureAtLow : row.figureAtHigh;
              return `${row.name} = ${end}: ${f.label} ${at === null ? "—" : fmt(at)}`;
            },
          },
        },
      },
    },
  };
}

export function tornadoTable(report: SensitivityReport, key: FigureKey, lang: Lang = "en"): DataTable {
  const digits = tornadoDigits(report, key);
  const fmt = (v: number | null) => formatFigureValue(key, v, digits);
  return {
    columns: [
      t(lang, "ui.tornado.col.constant"),
      t(lang, "ui.tornado.col.default"),
      t(lang, "ui.tornado.col.range"),
      t(lang, "ui.tornado.col.atLow", { figure: figure(key, lang).label }),
      t(lang, "ui.tornado.col.atHigh"),
      t(lang, "ui.tornado.col.swing"),
    ],
    rows: report.constants.map((r) => [
      r.name,
      String(r.default),
      `${r.low} – ${r.high}`,
      fmt(r.figureAtLow),
      fmt(r.figureAtHigh),
      r.swing === null ? "—" : fmt(r.swing),
    ]),
  };
}
