import type { ChartConfiguration } from "chart.js";
import type { BandFacts, SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { pct } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";

export const RATING_BANDS_CAPTION = "How many staff end up in each rating band, after quotas — the pay-out the scheme makes.";

/** A band as a person reads it: its label (`"Hoàn thành tốt"`), else its name, with the score it needs. */
export function bandText(b: BandFacts): string {
  const name = b.label ?? b.name;
  return b.min === null ? name : `${name} (score ≥ ${b.min})`;
}

function bandsOf(view: SimulationView): BandFacts[] {
  return view.facts.bands.length > 0
    ? view.facts.bands
    : Object.keys(view.summary.ratings).map((name) => ({ name, label: null, min: null }));
}

export function ratingBandsConfig(view: SimulationView, palette: Palette): ChartConfiguration<"bar"> {
  const bands = bandsOf(view);
  const options = baseOptions<"bar">(palette);
  return {
    type: "bar",
    data: {
      labels: bands.map((b) => wrapLabel(bandText(b))),
      datasets: [
        {
          label: "Share of staff",
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
          title: { display: true, text: "Share of staff (%)", color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => `${pct(ctx.parsed.x, 1)} of staff` } },
      },
    },
  };
}

export function ratingBandsTable(view: SimulationView): DataTable {
  return { columns: ["Band", "Share of staff"], rows: bandsOf(view).map((b) => [bandText(b), pct(view.summary.ratings[b.name], 1)]) };
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
