import type { ChartConfiguration } from "chart.js";
import type { BandFacts, SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { pct } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";
import { bandLabel, t, type Lang } from "@goodhart/dsl";

export const ratingBandsCaption = (lang: Lang = "en"): string => t(lang, "ui.chart.bands.caption");

/**
 * A band as a person reads it, with the score it needs: in English its label (`"Hoàn thành
 * tốt"`), else its name; in another language the reader's words for it (the decree's terms for
 * its four bands, else the label).
 */
export function bandText(b: BandFacts, lang: Lang = "en"): string {
  const name = lang === "en" ? (b.label ?? b.name) : bandLabel(lang, b);
  return b.min === null ? name : t(lang, "ui.chart.bands.band", { name, min: b.min });
}

function bandsOf(view: SimulationView): BandFacts[] {
  return view.facts.bands.length > 0
    ? view.facts.bands
    : Object.keys(view.summary.ratings).map((name) => ({ name, label: null, min: null }));
}

export function ratingBandsConfig(view: SimulationView, palette: Palette, lang: Lang = "en"): ChartConfiguration<"bar"> {
  const bands = bandsOf(view);
  const options = baseOptions<"bar">(palette);
  return {
    type: "bar",
    data: {
      labels: bands.map((b) => wrapLabel(bandText(b, lang))),
      datasets: [
        {
          label: t(lang, "ui.chart.bands.share"),
          data: bands.map((b) => view.summary.ratings[b.name] ?? 0),
          backgroundColor: bands.map((_, i) => palette.series[i % palette.series.length]!),
        },
      ],
    },
    options: {
      ...options,
      // Bars run sideways so a band's label (often long, often Vietnamese) reads level.
      indexAxis: "y",
      scales: {
        y: { ...options.scales?.y },
        x: {
          ...options.scales?.x,
          min: 0,
          max: 1,
          ticks: { color: palette.text, callback: (v) => pct(Number(v)) },
          title: { display: true, text: t(lang, "ui.chart.bands.axis"), color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => t(lang, "ui.chart.bands.tooltip", { share: pct(ctx.parsed.x, 1) }) } },
      },
    },
  };
}

export function ratingBandsTable(view: SimulationView, lang: Lang = "en"): DataTable {
  return {
    columns: [t(lang, "ui.chart.bands.col.band"), t(lang, "ui.chart.bands.share")],
    rows: bandsOf(view).map((b) => [bandText(b, lang), pct(view.summary.ratings[b.name], 1)]),
  };
}

/** A long band label over several lines, so a narrow chart never cuts it off. */
function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
